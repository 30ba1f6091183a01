// The case workflow (docs/design.md, "Cases") as data: which step is allowed from which status, what it leads to, and what to do
// first when a step comes too early. Every step appends {date, action, note} to the history.
import { InputError } from '../errors.js';
import { parseDate } from './dates.js';
import { currentDeadline, deadlineAfter, markProvisional, type Deadline, type WorkdayCalendar } from './case-deadlines.js';
import {
  checkLeader,
  checkStepDate,
  checkUnit,
  requireText,
  TEXT_LIMITS,
} from './case-validate.js';
import { CASE_RESULTS, SATISFACTIONS } from './model.js';
import { cleanParagraph, oneOf, parsePositiveInt } from './text.js';
import type { Case, CaseResult, CaseStatus, Config, ISODate, Satisfaction } from './model.js';

export const STEP_ACTIONS = ['受理', '不予受理', '交办', '进展', '延期', '办结', '评价'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

interface Transition {
  from: readonly CaseStatus[];
  /** null: the status stays (a note or a new deadline). */
  to: CaseStatus | null;
}

export const TRANSITIONS: Record<StepAction, Transition> = {
  受理: { from: ['登记'], to: '已受理' },
  不予受理: { from: ['登记'], to: '不予受理' },
  交办: { from: ['已受理'], to: '办理中' },
  进展: { from: ['已受理', '办理中'], to: null },
  延期: { from: ['办理中'], to: null },
  办结: { from: ['办理中'], to: '已办结' },
  评价: { from: ['已办结'], to: '已评价' },
};

/** The main line; 不予受理 leaves it. */
const MAIN_LINE: readonly CaseStatus[] = ['登记', '已受理', '办理中', '已办结', '已评价'];

/** From each status on the main line: the step that moves it on, and how to take it. */
const NEXT_STEP: Partial<Record<CaseStatus, { missing: string; how: (no: string) => string }>> = {
  登记: { missing: '尚未受理', how: (no) => `xinfang case accept ${no}（或 xinfang case reject ${no} --reason …）` },
  已受理: { missing: '尚未交办', how: (no) => `xinfang case assign ${no} --unit 责任单位 --leader 包案领导` },
  办理中: { missing: '尚未办结', how: (no) => `xinfang case close ${no} --result 解决 --reply-date YYYY-MM-DD` },
  已办结: { missing: '尚未评价', how: (no) => `xinfang case rate ${no} --satisfaction 满意` },
};

const STATUS_PHRASE: Record<CaseStatus, string> = {
  登记: '刚登记',
  已受理: '已受理',
  不予受理: '已不予受理',
  办理中: '正在办理中',
  已办结: '已办结',
  已评价: '已评价',
};

/** Throws the reason a step cannot be taken now, naming the missing step and its command. */
export function assertStepAllowed(c: Case, action: StepAction): void {
  const { from } = TRANSITIONS[action];
  if (from.includes(c.status)) return;
  const rank = MAIN_LINE.indexOf(c.status);
  const firstAllowed = Math.min(...from.map((s) => MAIN_LINE.indexOf(s)));
  if (rank >= 0 && rank < firstAllowed) {
    const next = NEXT_STEP[c.status]!;
    throw new InputError(`信访件 ${c.no} ${next.missing}，不能${action}，请先 ${next.how(c.no)}`);
  }
  throw new InputError(`信访件 ${c.no} ${STATUS_PHRASE[c.status]}，不能再${action}`);
}

export interface StepContext {
  config: Config;
  today: ISODate;
  calendar: WorkdayCalendar | null;
}

export type StepInput =
  | { action: '受理'; date: string; note?: string }
  | { action: '不予受理'; date: string; reason: string }
  | { action: '交办'; date: string; unit: string; leader: string; due?: string; note?: string }
  | { action: '进展'; date: string; note: string }
  | { action: '延期'; date: string; days: string | number; reason: string }
  | { action: '办结'; date: string; result: string; replyDate?: string; note?: string }
  | { action: '评价'; date: string; satisfaction: string; note?: string };

function lastStepDate(c: Case): ISODate {
  return c.history.length ? c.history[c.history.length - 1].date : c.receivedDate;
}

function withNote(base: string, extra?: string): string {
  const e = cleanParagraph(extra, '说明（--note）', TEXT_LIMITS.note);
  return e ? `${base}；${e}` : base;
}

/** Applies one workflow step and returns the updated case (the input is not changed). */
export function applyStep(c: Case, input: StepInput, ctx: StepContext): Case {
  assertStepAllowed(c, input.action);
  const s = ctx.config.settings;
  const date = checkStepDate(input.date, ctx.today, lastStepDate(c), `${input.action}日期`, '上一步');
  const next: Case = { ...c, history: [...c.history] };
  let note = '';
  switch (input.action) {
    case '受理':
      next.acceptedDate = date;
      note = withNote('予以受理', input.note);
      break;
    case '不予受理':
      next.rejectReason = requireText(input.reason, '不予受理理由（--reason）', TEXT_LIMITS.reason);
      note = next.rejectReason;
      break;
    case '交办': {
      next.unit = checkUnit(ctx.config, input.unit);
      next.leader = checkLeader(ctx.config, input.leader);
      const limit = deadlineAfter(s, ctx.calendar, c.acceptedDate ?? date, s.handleDays);
      next.dueDate = input.due !== undefined ? checkDue(input.due, date, limit) : limit.date;
      setProvisional(next, input.due === undefined && limit.provisional);
      note = withNote(`交办${next.unit}，包案领导${next.leader}，办理期限${markProvisional(next.dueDate, next.dueProvisional === true)}`, input.note);
      break;
    }
    case '进展':
      note = requireText(input.note, '进展情况（--note）');
      break;
    case '延期': {
      if (c.extension) {
        throw new InputError(`信访件 ${c.no} 已于 ${c.extension.date} 延期 ${c.extension.days} 天，办理期限只能延长一次`);
      }
      const days = parsePositiveInt(input.days, '延期天数（--days）');
      if (days > s.maxExtensionDays) {
        throw new InputError(`延期天数 ${days} 超过上限 ${s.maxExtensionDays} 天，请改为不超过 ${s.maxExtensionDays} 天`);
      }
      const reason = requireText(input.reason, '延期理由（--reason）', TEXT_LIMITS.reason);
      const current = currentDeadline(c, s, ctx.calendar);
      const due = current?.deadline ?? c.dueDate!;
      if (date > due) throw new InputError(`办理期限 ${due} 已过（延期日期 ${date}），延期须在办理期限内提出`);
      const extended = deadlineAfter(s, ctx.calendar, due, days);
      next.dueDate = extended.date;
      setProvisional(next, c.dueProvisional === true && (current?.provisional === true || extended.provisional));
      next.extension = { days, reason, date };
      note = `延期${days}天，办理期限由${due}延至${next.dueDate}；${reason}`;
      break;
    }
    case '办结': {
      next.result = oneOf<CaseResult>(input.result, CASE_RESULTS, '办理结果（--result）');
      next.closedDate = date;
      next.replyDate = input.replyDate !== undefined
        ? checkStepDate(input.replyDate, ctx.today, c.acceptedDate, '答复日期（--reply-date）', '受理')
        : date;
      note = withNote(`办结，结果：${next.result}，答复日期${next.replyDate}`, input.note);
      break;
    }
    case '评价':
      next.satisfaction = oneOf<Satisfaction>(input.satisfaction, SATISFACTIONS, '满意度（--satisfaction）');
      note = withNote(`信访人评价：${next.satisfaction}`, input.note);
      break;
  }
  const to = TRANSITIONS[input.action].to;
  if (to) next.status = to;
  next.history.push({ date, action: input.action, note });
  return next;
}

/** The due date the operator gave; a provisional limit (holidays of its year not entered) cannot refuse it. */
function checkDue(raw: string, assignDate: ISODate, limit: Deadline): ISODate {
  const due = parseDate(raw, '办理期限（--due）');
  if (due < assignDate) throw new InputError(`办理期限 ${due} 早于交办日期 ${assignDate}，请核对`);
  if (due > limit.date && !limit.provisional) {
    throw new InputError(`办理期限 ${due} 超过法定期限 ${limit.date}（受理后规定天数内），如需更长时间请到期前用 xinfang case extend 延期`);
  }
  return due;
}

/** A due date counted provisionally is marked so that it is counted again once its year is entered. */
function setProvisional(c: Case, provisional: boolean): void {
  if (provisional) c.dueProvisional = true;
  else delete c.dueProvisional;
}

/** The step a case waits for, for the card's 目前进展; null when the case is finished. */
export function pendingStep(c: Case): string | null {
  return NEXT_STEP[c.status]?.missing.replace('尚未', '待') ?? null;
}
