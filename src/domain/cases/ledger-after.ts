// The ledger columns of a case's life after the reply: representatives, 复查 and 复核 (request, body, late reason,
// result, reply), 化解, 终结认定, and 初信初访/重复信访. Written on export and read back on import, so the round trip
// keeps them; the review deadlines are computed again the way `case review` computes them.
import { REVIEW_RULES } from './after-reply.js';
import { addDeadlineDays, type WorkdayCalendar } from './deadlines.js';
import { maskName } from './repeat.js';
import { checkRepresentatives } from './representatives.js';
import { checkPastDate, type Problems } from './validate.js';
import { CASE_RESULTS, PETITION_KINDS, REVIEW_LEVELS } from '../model.js';
import type { Case, CaseResult, CaseStatus, Config, HistoryEntry, ISODate, PetitionKind, Review, ReviewLevel } from '../model.js';
import { cleanParagraph, cleanText, oneOf } from '../common/text.js';

const reviewHeaders = <L extends ReviewLevel>(l: L) =>
  [`${l}申请日期`, `${l}机关`, `${l}逾期理由`, `${l}结果`, `${l}答复日期`] as const;

export const AFTER_REPLY_HEADERS = [
  '代表', ...reviewHeaders('复查'), ...reviewHeaders('复核'), '化解日期', '化解情况', '终结日期', '终结文号', '信访类型',
] as const;
export type AfterReplyHeader = (typeof AFTER_REPLY_HEADERS)[number];
type Cells = Record<AfterReplyHeader, string>;

export function afterReplyCells(c: Case, opts: { showPii: boolean; kind?: PetitionKind }): Cells {
  const cells = Object.fromEntries(AFTER_REPLY_HEADERS.map((h) => [h, ''])) as Cells;
  const reps = c.representatives ?? [];
  cells.代表 = (opts.showPii ? reps : reps.map(maskName)).join('、');
  for (const r of c.reviews ?? []) {
    const [date, body, late, result, reply] = reviewHeaders(r.level);
    Object.assign(cells, { [date]: r.date, [body]: r.body, [late]: r.late, [result]: r.result ?? '', [reply]: r.replyDate ?? '' });
  }
  cells.化解日期 = c.resolution?.date ?? '';
  cells.化解情况 = c.resolution?.note ?? '';
  cells.终结日期 = c.termination?.date ?? '';
  cells.终结文号 = c.termination?.docNo ?? '';
  cells.信访类型 = opts.kind ?? '';
  return cells;
}

/** The open review a row describes (a request without its reply), which sets the status. */
export function reviewStatusOf(r: Cells): CaseStatus | null {
  if (r.复核申请日期 && !r.复核答复日期) return '复核中';
  if (r.复查申请日期 && !r.复查答复日期) return '复查中';
  return null;
}

export interface AfterReplyContext {
  config: Config;
  today: ISODate;
  calendar: WorkdayCalendar | null;
}

function readReview(r: Cells, level: ReviewLevel, ctx: AfterReplyContext, p: Problems): Review | null {
  const [dateH, bodyH, lateH, resultH, replyH] = reviewHeaders(level);
  if (!r[dateH]) {
    if (r[resultH] || r[replyH]) p.list.push(`有${resultH}或${replyH}，还须填写${dateH}`);
    return null;
  }
  const date = p.check(() => checkPastDate(r[dateH], ctx.today, dateH), null);
  const reply = r[replyH] ? p.check(() => checkPastDate(r[replyH], ctx.today, replyH), null) : null;
  const result = r[resultH] ? p.check(() => oneOf<CaseResult>(r[resultH], CASE_RESULTS, resultH), null) : null;
  if (reply && !result) p.list.push(`有${replyH}，还须填写${resultH}`);
  if (date && reply && reply < date) p.list.push(`${replyH} ${reply} 早于${dateH} ${date}`);
  if (!date) return null;
  const dueDate = p.check(() => addDeadlineDays(ctx.config.settings, ctx.calendar, date, REVIEW_RULES[level].handleDays), date);
  return {
    level,
    date,
    body: p.check(() => cleanText(r[bodyH], bodyH, 60, true), ''),
    late: p.check(() => cleanParagraph(r[lateH], lateH, 500), ''),
    dueDate,
    closedDate: reply,
    result: reply ? result : null,
    replyDate: reply,
  };
}

/** Reads the after-reply columns onto a case checked from the other columns; every problem goes to `p`. */
export function applyAfterReplyCells(r: Cells, c: Case, ctx: AfterReplyContext, p: Problems): void {
  const reps = p.check(() => checkRepresentatives(r.代表, c.persons), []);
  if (r.代表.includes('*')) p.list.push('代表姓名是脱敏的（含 *），无法导入；请导入用 --show-pii 导出的台账');
  else if (reps.length) c.representatives = reps;
  const reviews = REVIEW_LEVELS.map((l) => readReview(r, l, ctx, p)).filter((x): x is Review => x !== null);
  const replied = c.replyDate ?? c.closedDate;
  if (reviews.length && !replied) p.list.push('有复查或复核申请，还须填写办结日期和答复日期');
  if (reviews.length === 1 && reviews[0].level === '复核') p.list.push('有复核申请但没有复查申请');
  if (reviews.length === 2 && !reviews[0].replyDate) p.list.push('复查尚未答复，不能有复核申请');
  if (reviews.length) c.reviews = reviews;
  if (r.化解日期) {
    const date = p.check(() => checkPastDate(r.化解日期, ctx.today, '化解日期'), null);
    if (date) c.resolution = { date, note: p.check(() => cleanParagraph(r.化解情况, '化解情况', 1000), '') };
  } else if (r.化解情况) p.list.push('有化解情况，还须填写化解日期');
  if (r.终结日期 || r.终结文号) {
    const date = p.check(() => checkPastDate(r.终结日期, ctx.today, '终结日期'), null);
    const docNo = p.check(() => cleanText(r.终结文号, '终结文号', 50), '');
    if (date && docNo) c.termination = { date, docNo };
  }
  if (r.信访类型) {
    const kind = p.check(() => oneOf<PetitionKind>(r.信访类型, PETITION_KINDS, '信访类型'), null);
    if (kind) c.petitionKind = kind;
  }
  if ((c.resolution || c.termination) && !replied) p.list.push('有化解或终结认定，还须填写办结日期');
  if (c.resolution && c.termination) p.list.push('同一信访件不应既有化解日期又有终结日期');
}

/** The history steps the after-reply columns imply, in date order. */
export function afterReplyHistory(c: Case): HistoryEntry[] {
  const h: HistoryEntry[] = [];
  for (const r of c.reviews ?? []) {
    h.push({ date: r.date, action: r.level, note: `申请${r.level}${r.body ? `（${r.level}机关：${r.body}）` : ''}，${r.level}期限${r.dueDate}` });
    if (r.replyDate) h.push({ date: r.replyDate, action: '办结', note: `${r.level}办结，结果：${r.result}，答复日期${r.replyDate}` });
  }
  if (c.resolution) h.push({ date: c.resolution.date, action: '化解', note: c.resolution.note ? `息诉罢访（化解）；${c.resolution.note}` : '息诉罢访（化解）' });
  if (c.termination) h.push({ date: c.termination.date, action: '终结', note: `终结认定，文号${c.termination.docNo}` });
  return h;
}
