// 改派 / 改变包案领导: a case in progress moves to another unit, leader or due date, always with a reason.
import { InputError } from '../../errors.js';
import { countedDue } from './deadlines.js';
import { checkDue, setProvisional } from './step-checks.js';
import { checkLeader, checkUnit, requireText, TEXT_LIMITS } from './validate.js';
import type { Case, ISODate } from '../model.js';
import type { StepContext } from './workflow.js';
import { msg } from '../messages/index.js';

export interface ReassignInput {
  action: '改派';
  date: string;
  unit?: string;
  leader?: string;
  due?: string;
  reason: string;
}

// a flag given empty is a mistake to refuse (checkUnit / checkLeader / parseDate say so), not a flag left out
const given = (v: string | undefined): v is string => v !== undefined;

export function applyReassign(c: Case, next: Case, input: ReassignInput, date: ISODate, ctx: StepContext): string {
  if (!given(input.unit) && !given(input.leader) && !given(input.due)) {
    throw new InputError(msg('cases.reassignNothingGiven'));
  }
  const reason = requireText(input.reason, '改派原因（--reason）', TEXT_LIMITS.reason);
  const changes: string[] = [];
  if (given(input.unit)) {
    next.unit = checkUnit(ctx.config, input.unit);
    if (next.unit === c.unit) throw new InputError(msg('cases.reassignSameUnit', { no: c.no, unit: c.unit }));
    changes.push(`责任单位由${c.unit}改为${next.unit}`);
  }
  if (given(input.leader)) {
    next.leader = checkLeader(ctx.config, input.leader);
    if (next.leader === c.leader) throw new InputError(msg('cases.reassignSameLeader', { no: c.no, leader: c.leader }));
    changes.push(`包案领导由${c.leader}改为${next.leader}`);
  }
  if (given(input.due)) {
    const s = ctx.config.settings;
    const limit = countedDue(s, ctx.calendar, c.acceptedDate ?? date, c.extension?.days ?? 0);
    next.dueDate = checkDue(input.due, date, limit);
    setProvisional(next, false);
    if (next.dueDate === c.dueDate) throw new InputError(msg('cases.reassignSameDue', { no: c.no, due: c.dueDate }));
    changes.push(`办理期限由${c.dueDate ?? '—'}改为${next.dueDate}`);
  }
  return `改派：${changes.join('，')}；原因：${reason}`;
}
