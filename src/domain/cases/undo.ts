// `case undo`: takes back the last workflow step still in force (e.g. a case closed by mistake). Nothing is erased:
// the step stays in the history marked as taken back, and a 撤销 entry says when, by whom and why.
import { InputError } from '../../errors.js';
import { requireText, TEXT_LIMITS } from './validate.js';
import { STEP_FIELDS, TRANSITIONS, type StepAction } from './workflow.js';
import type { Case, HistoryEntry, ISODate } from '../model.js';
import { msg } from '../messages/index.js';

export interface UndoContext {
  today: ISODate;
  by?: string;
}

function isUndoable(h: HistoryEntry): boolean {
  return !h.undone && Object.hasOwn(TRANSITIONS, h.action) && TRANSITIONS[h.action as StepAction].undoable;
}

/** The step `case undo` would take back, or null when there is none. */
export function lastUndoableStep(c: Case): HistoryEntry | null {
  return [...c.history].reverse().find(isUndoable) ?? null;
}

export function undoLastStep(c: Case, reasonRaw: string | undefined, ctx: UndoContext): Case {
  const reason = requireText(reasonRaw, '撤销原因（--reason）', TEXT_LIMITS.reason);
  let at = c.history.length - 1;
  while (at >= 0 && !isUndoable(c.history[at])) at--;
  if (at < 0) throw new InputError(msg('cases.undoNothing', { no: c.no }));
  const step = c.history[at];
  if (!step.before) {
    throw new InputError(msg('cases.undoNoSnapshot', { no: c.no, action: step.action, date: step.date }));
  }
  if (step.date > ctx.today) throw new InputError(msg('cases.undoStepInFuture', { action: step.action, date: step.date, today: ctx.today }));
  const next = structuredClone(c);
  for (const k of STEP_FIELDS) {
    if (Object.hasOwn(step.before, k)) (next as unknown as Record<string, unknown>)[k] = structuredClone(step.before[k]);
  }
  if (!next.dueProvisional) delete next.dueProvisional;
  next.history[at] = { ...next.history[at], undone: true };
  const entry: HistoryEntry = { date: ctx.today, action: '撤销', note: `撤销${step.date}的${step.action}（${step.note}）；原因：${reason}` };
  if (ctx.by) entry.by = ctx.by;
  next.history.push(entry);
  return next;
}
