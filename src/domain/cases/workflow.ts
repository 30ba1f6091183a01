// The case workflow (docs/design.md, "Cases") as data: which step is allowed from which status, what it leads to, and
// what to do first when a step comes too early. Every step appends {date, action, note} to the history, with the fields
// it changed as they were before (so `case undo` can take it back). The steps after the written reply live in
// case-after-reply.ts.
import { InputError } from '../../errors.js';
import { currentDeadline, deadlineAfter, markProvisional, type WorkdayCalendar } from './deadlines.js';
import { applyAfterReply, closeReview, type AfterReplyInput } from './after-reply.js';
import { applyReassign, type ReassignInput } from './reassign.js';
import { checkDue, setProvisional, withNote } from './step-checks.js';
import { checkLeader, checkStepDate, checkUnit, requireText, TEXT_LIMITS } from './validate.js';
import { CASE_RESULTS, SATISFACTIONS } from '../model.js';
import { oneOf, parsePositiveInt } from '../common/text.js';
import type { Case, CaseResult, CaseStatus, Config, HistoryEntry, ISODate, Satisfaction } from '../model.js';
import { msg } from '../messages/index.js';

export const STEP_ACTIONS = ['受理', '不予受理', '交办', '进展', '延期', '办结', '评价', '复查', '复核', '化解', '终结', '改派'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

interface Transition {
  from: readonly CaseStatus[];
  /** null: the status stays (a note, a new deadline, a new unit, 化解/终结 recorded on the case). */
  to: CaseStatus | null;
  /** `case undo` may take the step back (a progress note is not a step to take back). */
  undoable: boolean;
}

const REPLIED: readonly CaseStatus[] = ['已办结', '已评价'];

export const TRANSITIONS: Record<StepAction, Transition> = {
  受理: { from: ['登记'], to: '已受理', undoable: true },
  不予受理: { from: ['登记'], to: '不予受理', undoable: true },
  交办: { from: ['已受理'], to: '办理中', undoable: true },
  进展: { from: ['已受理', '办理中', '复查中', '复核中'], to: null, undoable: false },
  延期: { from: ['办理中'], to: null, undoable: true },
  办结: { from: ['办理中', '复查中', '复核中'], to: '已办结', undoable: true },
  评价: { from: ['已办结'], to: '已评价', undoable: true },
  复查: { from: REPLIED, to: '复查中', undoable: true },
  复核: { from: REPLIED, to: '复核中', undoable: true },
  化解: { from: REPLIED, to: null, undoable: true },
  终结: { from: REPLIED, to: null, undoable: true },
  改派: { from: ['办理中'], to: null, undoable: true },
};

/** The main line; 不予受理 leaves it, 复查中/复核中 come back to 已办结. */
const MAIN_LINE: readonly CaseStatus[] = ['登记', '已受理', '办理中', '已办结', '已评价'];

/** From each status: the step that moves it on, and how to take it. */
const NEXT_STEP: Partial<Record<CaseStatus, { missing: string; how: (no: string) => string }>> = {
  登记: { missing: '尚未受理', how: (no) => `xinfang case accept ${no}（或 xinfang case reject ${no} --reason …）` },
  已受理: { missing: '尚未交办', how: (no) => `xinfang case assign ${no} --unit 责任单位 --leader 包案领导` },
  办理中: { missing: '尚未办结', how: (no) => `xinfang case close ${no} --result 解决 --reply-date YYYY-MM-DD` },
  已办结: { missing: '尚未评价', how: (no) => `xinfang case rate ${no} --satisfaction 满意` },
  复查中: { missing: '尚未答复复查意见', how: (no) => `xinfang case close ${no} --result 解决 --reply-date YYYY-MM-DD` },
  复核中: { missing: '尚未答复复核意见', how: (no) => `xinfang case close ${no} --result 解决 --reply-date YYYY-MM-DD` },
};

const STATUS_PHRASE: Record<CaseStatus, string> = {
  登记: '刚登记',
  已受理: '已受理',
  不予受理: '已不予受理',
  办理中: '正在办理中',
  已办结: '已办结',
  已评价: '已评价',
  复查中: '正在复查中',
  复核中: '正在复核中',
};

/** Throws the reason a step cannot be taken now, naming the missing step and its command. */
export function assertStepAllowed(c: Case, action: StepAction): void {
  const { from } = TRANSITIONS[action];
  if (from.includes(c.status)) return;
  const rank = MAIN_LINE.indexOf(c.status);
  const firstAllowed = Math.min(...from.map((s) => MAIN_LINE.indexOf(s)).filter((i) => i >= 0));
  const next = NEXT_STEP[c.status];
  if (next && (rank < 0 || rank < firstAllowed)) {
    throw new InputError(msg('cases.stepNotReady', { no: c.no, missing: next.missing, action, how: next.how(c.no) }));
  }
  if (action === '交办' && c.status === '办理中') {
    throw new InputError(msg('cases.assignWhileOpen', { no: c.no }));
  }
  if (action === '改派' && c.status === '已受理') {
    throw new InputError(msg('cases.reassignNotAssigned', { no: c.no, how: NEXT_STEP.已受理!.how(c.no) }));
  }
  throw new InputError(msg('cases.stepNotAllowed', { no: c.no, state: STATUS_PHRASE[c.status], action }));
}

export interface StepContext {
  config: Config;
  today: ISODate;
  calendar: WorkdayCalendar | null;
  /** Who records the step (the operator's account); kept in the history when given. */
  by?: string;
}

export type StepInput =
  | { action: '受理'; date: string; note?: string }
  | { action: '不予受理'; date: string; reason: string }
  | { action: '交办'; date: string; unit: string; leader: string; due?: string; note?: string }
  | { action: '进展'; date: string; note: string }
  | { action: '延期'; date: string; days: string | number; reason: string }
  | { action: '办结'; date: string; result: string; replyDate?: string; note?: string }
  | { action: '评价'; date: string; satisfaction: string; note?: string }
  | AfterReplyInput
  | ReassignInput;

/** The history entries that are steps still in force (not notes, letters, corrections, nor steps taken back). */
export function stepsInForce(c: Case): HistoryEntry[] {
  return c.history.filter((h) => !h.undone && (h.action === '登记' || (STEP_ACTIONS as readonly string[]).includes(h.action)));
}

function lastStepDate(c: Case): ISODate {
  const steps = stepsInForce(c);
  return steps.length ? steps[steps.length - 1].date : c.receivedDate;
}

/** The fields a workflow step may change; `case undo` restores these and nothing else. */
export const STEP_FIELDS = [
  'status', 'acceptedDate', 'rejectReason', 'unit', 'leader', 'dueDate', 'extension', 'closedDate', 'result', 'replyDate',
  'satisfaction', 'reviews', 'resolution', 'termination', 'dueProvisional',
] as const satisfies readonly (keyof Case)[];

/** What an absent optional field was, written out so it can be restored. */
const ABSENT: Partial<Case> = { reviews: [], resolution: null, termination: null, dueProvisional: false };

/** The step fields `next` changed, as they were in `prev` (the history keeps them for `case undo`). */
export function changedFields(prev: Case, next: Case): Partial<Case> {
  const before: Record<string, unknown> = {};
  for (const k of STEP_FIELDS) {
    const was = prev[k] === undefined ? ABSENT[k] : prev[k];
    const now = next[k] === undefined ? ABSENT[k] : next[k];
    if (JSON.stringify(was) !== JSON.stringify(now)) before[k] = structuredClone(was);
  }
  return before as Partial<Case>;
}

/** Applies one workflow step and returns the updated case (the input is not changed). */
export function applyStep(c: Case, input: StepInput, ctx: StepContext): Case {
  assertStepAllowed(c, input.action);
  const date = checkStepDate(input.date, ctx.today, lastStepDate(c), `${input.action}日期`, '上一步');
  const next: Case = structuredClone(c);
  const note = fillStep(c, next, input, date, ctx);
  const to = TRANSITIONS[input.action].to;
  if (to) next.status = to;
  const entry: HistoryEntry = { date, action: input.action, note };
  if (ctx.by) entry.by = ctx.by;
  if (TRANSITIONS[input.action].undoable) entry.before = changedFields(c, next);
  next.history.push(entry);
  return next;
}

/** Sets the fields of one step on `next` and returns the history note. */
function fillStep(c: Case, next: Case, input: StepInput, date: ISODate, ctx: StepContext): string {
  const s = ctx.config.settings;
  switch (input.action) {
    case '受理':
      next.acceptedDate = date;
      return withNote('予以受理', input.note);
    case '不予受理':
      next.rejectReason = requireText(input.reason, '不予受理理由（--reason）', TEXT_LIMITS.reason);
      return next.rejectReason;
    case '交办': {
      next.unit = checkUnit(ctx.config, input.unit);
      next.leader = checkLeader(ctx.config, input.leader);
      const limit = deadlineAfter(s, ctx.calendar, c.acceptedDate ?? date, s.handleDays);
      next.dueDate = input.due !== undefined ? checkDue(input.due, date, limit) : limit.date;
      setProvisional(next, input.due === undefined && limit.provisional);
      return withNote(`交办${next.unit}，包案领导${next.leader}，办理期限${markProvisional(next.dueDate, next.dueProvisional === true)}`, input.note);
    }
    case '进展':
      return requireText(input.note, '进展情况（--note）');
    case '延期': {
      if (c.extension) {
        throw new InputError(msg('cases.extendOnce', { no: c.no, date: c.extension.date, days: c.extension.days }));
      }
      const days = parsePositiveInt(input.days, '延期天数（--days）');
      if (days > s.maxExtensionDays) {
        throw new InputError(msg('cases.extendTooLong', { days, max: s.maxExtensionDays }));
      }
      const reason = requireText(input.reason, '延期理由（--reason）', TEXT_LIMITS.reason);
      const current = currentDeadline(c, s, ctx.calendar);
      const due = current?.deadline ?? c.dueDate!;
      if (date > due) throw new InputError(msg('cases.extendAfterDue', { due, date }));
      const extended = deadlineAfter(s, ctx.calendar, due, days);
      next.dueDate = extended.date;
      setProvisional(next, c.dueProvisional === true && (current?.provisional === true || extended.provisional));
      next.extension = { days, reason, date };
      return `延期${days}天，办理期限由${due}延至${next.dueDate}；${reason}`;
    }
    case '办结': {
      const result = oneOf<CaseResult>(input.result, CASE_RESULTS, '办理结果（--result）');
      if (c.status === '复查中' || c.status === '复核中') return closeReview(next, result, date, input, ctx.today);
      next.result = result;
      next.closedDate = date;
      next.replyDate = input.replyDate !== undefined
        ? checkStepDate(input.replyDate, ctx.today, c.acceptedDate, '答复日期（--reply-date）', '受理')
        : date;
      return withNote(`办结，结果：${next.result}，答复日期${next.replyDate}`, input.note);
    }
    case '评价':
      next.satisfaction = oneOf<Satisfaction>(input.satisfaction, SATISFACTIONS, '满意度（--satisfaction）');
      return withNote(`信访人评价：${next.satisfaction}`, input.note);
    case '复查':
    case '复核':
    case '化解':
    case '终结':
      return applyAfterReply(c, next, input, date, ctx);
    case '改派':
      return applyReassign(c, next, input, date, ctx);
  }
}

/** The step a case waits for, for the card's 目前进展; null when the case is finished. */
export function pendingStep(c: Case): string | null {
  return NEXT_STEP[c.status]?.missing.replace('尚未', '待') ?? null;
}
