// Life after the written reply (信访工作条例 art. 35; the 积案 work of a 化解 year): a request for 复查, then 复核,
// each within 30 days of the reply it answers and with its own 30-day deadline; 化解 (息诉罢访) and 终结认定.
import { InputError } from '../../errors.js';
import { addDeadlineDays } from './deadlines.js';
import { withNote } from './step-checks.js';
import { checkStepDate, TEXT_LIMITS } from './validate.js';
import { addDays } from '../common/dates.js';
import type { Case, CaseResult, ISODate, Review, ReviewLevel } from '../model.js';
import { cleanParagraph, cleanText } from '../common/text.js';
import type { StepContext } from './workflow.js';
import { msg } from '../messages/index.js';

export type AfterReplyInput =
  | { action: ReviewLevel; date: string; body?: string; late?: string }
  | { action: '化解'; date: string; note?: string }
  | { action: '终结'; date: string; docNo: string; note?: string };

interface ReviewRule {
  /** Days after the reply it answers within which the petitioner may ask. */
  requestDays: number;
  /** Days the reviewing body has to give its opinion. */
  handleDays: number;
  /** The review that must have been answered first. */
  after: ReviewLevel | null;
  /** The reply the window counts from, in words. */
  from: string;
}

export const REVIEW_RULES: Record<ReviewLevel, ReviewRule> = {
  复查: { requestDays: 30, handleDays: 30, after: null, from: '书面答复' },
  复核: { requestDays: 30, handleDays: 30, after: '复查', from: '复查意见' },
};

/** The request window of a review level: the reply it counts from and the last day to ask; null if none can be asked. */
export function reviewWindow(c: Case, level: ReviewLevel): { from: ISODate; lapse: ISODate } | null {
  const rule = REVIEW_RULES[level];
  const prior = rule.after ? (c.reviews ?? []).find((r) => r.level === rule.after && r.replyDate) : null;
  const from = rule.after ? (prior?.replyDate ?? null) : (c.replyDate ?? c.closedDate);
  return from ? { from, lapse: addDays(from, rule.requestDays) } : null;
}

/** The review still waiting for its opinion, if any. */
export function openReview(c: Case): Review | null {
  return (c.reviews ?? []).find((r) => r.closedDate === null) ?? null;
}

/** The last reply the petitioner was given: the last answered review's opinion, else the case's own written reply. */
export function latestReply(c: Case): { review: Review | null; result: CaseResult | null; replyDate: ISODate | null } {
  const answered = (c.reviews ?? []).filter((r) => r.closedDate !== null && r.result !== null);
  const review = answered.length ? answered[answered.length - 1] : null;
  return review ? { review, result: review.result, replyDate: review.replyDate ?? review.closedDate } : { review: null, result: c.result, replyDate: c.replyDate ?? c.closedDate };
}

/** The due date the case runs against now: the open review's while under 复查/复核, else the handling due date. */
export function runningDueDate(c: Case): ISODate | null {
  return openReview(c)?.dueDate ?? c.dueDate;
}

function refuseIfEnded(c: Case, what: string): void {
  if (c.termination) throw new InputError(msg('cases.alreadyTerminated', { no: c.no, date: c.termination.date, docNo: c.termination.docNo, action: what }));
}

function applyReview(c: Case, next: Case, level: ReviewLevel, input: { body?: string; late?: string }, date: ISODate, ctx: StepContext): string {
  refuseIfEnded(c, `申请${level}`);
  const reviews = c.reviews ?? [];
  const same = reviews.find((r) => r.level === level);
  if (same) {
    const more = level === '复查' ? msg('cases.reviewMoreAfterReview', { no: c.no }) : msg('cases.reviewFinal');
    throw new InputError(msg('cases.reviewAlreadyRequested', { no: c.no, date: same.date, level, more }));
  }
  const rule = REVIEW_RULES[level];
  const window = reviewWindow(c, level);
  if (!window) {
    throw new InputError(msg('cases.reviewNeedsAnswer', { no: c.no, after: String(rule.after), level }));
  }
  if (date < window.from) throw new InputError(msg('cases.reviewBeforeStart', { level, date, event: rule.from, eventDate: window.from }));
  const late = cleanParagraph(input.late ?? '', '逾期理由（--late）', TEXT_LIMITS.reason);
  if (date > window.lapse && !late) {
    throw new InputError(
      msg('cases.reviewLate', { level, event: rule.from, eventDate: window.from, requestDays: rule.requestDays, lapse: window.lapse }),
    );
  }
  if (date <= window.lapse && late) throw new InputError(msg('cases.reviewNotLate', { level, lapse: window.lapse }));
  const body = cleanText(input.body ?? '', `${level}机关（--body）`, 60, true);
  const dueDate = addDeadlineDays(ctx.config.settings, ctx.calendar, date, rule.handleDays);
  next.reviews = [...reviews, { level, date, body, late, dueDate, closedDate: null, result: null, replyDate: null }];
  const parts = [`申请${level}${body ? `（${level}机关：${body}）` : ''}，${level}期限${dueDate}`];
  if (late) parts.push(`逾期申请（期限已于${window.lapse}届满）：${late}`);
  return parts.join('；');
}

/** `case close` on a case under review: the review's opinion is recorded on the review, the first reply stays. */
export function closeReview(next: Case, result: CaseResult, date: ISODate, input: { replyDate?: string; note?: string }, today: ISODate): string {
  const r = openReview(next);
  if (!r) throw new InputError(msg('cases.noOpenReview', { no: next.no }));
  r.closedDate = date;
  r.result = result;
  r.replyDate = input.replyDate !== undefined ? checkStepDate(input.replyDate, today, r.date, '答复日期（--reply-date）', `${r.level}申请`) : date;
  return withNote(`${r.level}办结，结果：${result}，答复日期${r.replyDate}`, input.note);
}

export function applyAfterReply(c: Case, next: Case, input: AfterReplyInput, date: ISODate, ctx: StepContext): string {
  switch (input.action) {
    case '复查':
    case '复核':
      return applyReview(c, next, input.action, input, date, ctx);
    case '化解': {
      if (c.resolution) throw new InputError(msg('cases.alreadyResolved', { no: c.no, date: c.resolution.date }));
      refuseIfEnded(c, '记录化解');
      const note = cleanParagraph(input.note ?? '', '化解情况（--note）', TEXT_LIMITS.note);
      next.resolution = { date, note };
      return note ? `息诉罢访（化解）；${note}` : '息诉罢访（化解）';
    }
    case '终结': {
      refuseIfEnded(c, '终结认定');
      if (c.resolution) throw new InputError(msg('cases.resolvedNoTermination', { no: c.no, date: c.resolution.date }));
      const docNo = cleanText(input.docNo, '终结认定文号（--doc-no）', TEXT_LIMITS.docNo);
      next.termination = { date, docNo };
      return withNote(`终结认定，文号${docNo}`, input.note);
    }
  }
}
