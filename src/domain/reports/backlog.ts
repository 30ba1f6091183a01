// 信访积案 over the report's period, on the backlog definition of case-backlog.ts (received before the year, neither
// 化解 nor 终结, still not closed or 案结事未了) evaluated twice: on 1 January, with the cases as they stood at the end
// of the year before, and at the cut-off. Of the backlog of 1 January: how many were 化解 or 终结 in the period, and
// how many are backlog still; besides, how many older cases became backlog during it (a 复查 request, a rating of
// 不满意 or a repeat petition after their reply). A case as it stood on a day is rolled back from its own dates.
import { backlogCases } from '../cases/backlog.js';
import { makeDate, yearOf } from '../common/dates.js';
import type { Case, ISODate } from '../model.js';
import { rateNumber } from '../common/percent.js';

export interface BacklogFigures {
  /** 积案 on 1 January. */
  start: number;
  /** Of those, 化解 (息诉罢访) between 1 January and the cut-off. */
  resolved: number;
  /** Of those, 终结认定 in the period. */
  terminated: number;
  /** Of those, still 积案 at the cut-off. */
  left: number;
  /** Cases of earlier years that became 积案 during the period (not in `start`, 积案 at the cut-off). */
  added: number;
  /** resolved ÷ start × 100 (化解率); null without backlog on 1 January. */
  rate: number | null;
}

const before = (date: ISODate | null | undefined, day: ISODate): boolean => date !== null && date !== undefined && date <= day;

/** Whether the case's 评价 was given by `day`: its 评价 step in the history, or (an imported case without one) its close. */
function ratedBy(c: Case, day: ISODate): boolean {
  const steps = c.history.filter((h) => h.action === '评价' && !h.undone);
  return steps.length ? steps.some((h) => h.date <= day) : before(c.closedDate, day);
}

/** The case as it stood at the end of `day`: steps dated later taken back (null when it was not yet received). */
export function caseAsOf(c: Case, day: ISODate): Case | null {
  if (c.receivedDate > day) return null;
  const reviews = (c.reviews ?? []).filter((r) => r.date <= day).map((r) => (before(r.closedDate, day) ? r : { ...r, closedDate: null, result: null, replyDate: null }));
  const open = reviews.find((r) => r.closedDate === null);
  const closed = before(c.closedDate, day);
  const satisfaction = closed && ratedBy(c, day) ? c.satisfaction : null;
  let status = c.status;
  if (c.status !== '不予受理') {
    if (!closed) status = c.status === '登记' || c.status === '已受理' ? c.status : '办理中';
    else if (open) status = open.level === '复查' ? '复查中' : '复核中';
    else status = satisfaction ? '已评价' : '已办结';
  }
  return {
    ...c,
    status,
    closedDate: closed ? c.closedDate : null,
    replyDate: closed ? c.replyDate : null,
    satisfaction,
    reviews,
    resolution: c.resolution && c.resolution.date <= day ? c.resolution : null,
    termination: c.termination && c.termination.date <= day ? c.termination : null,
  };
}

/**
 * Until when a case may be 积案 in some year, judged from the case alone — the store keeps this for each case of a
 * year that has an answer, so a report reads only these cases of the years before it: undefined when never (closed
 * within its year with nothing more asked, or not accepted); null when there is no end yet; else the last day (its
 * close in a later year, or its 化解/终结). `repeated`: a later case names it as the same matter.
 */
export function backlogUntil(c: Case, repeated: boolean): ISODate | null | undefined {
  if (c.status === '不予受理') return undefined;
  const ended = c.resolution?.date ?? c.termination?.date ?? null;
  const reopened = repeated || (c.reviews?.length ?? 0) > 0 || c.satisfaction === '不满意';
  if (c.closedDate === null || reopened) return ended;
  return yearOf(c.closedDate) > yearOf(c.receivedDate) ? c.closedDate : undefined;
}

/**
 * The close of a case that is 积案 of later years only until it: closed (办结) in a later year than received, with
 * nothing asked since (no 复查/复核, no 不满意, no repeat, not 化解 or 终结) and naming no earlier case. Such a case is
 * 积案 on 1 January of each year up to its close and at a cut-off before it, and nothing else: its close date is all
 * the backlog figures need of it (the store counts these by date, backlogFigures `closings`). Undefined otherwise.
 */
export function closedLaterOnly(c: Case, repeated: boolean): ISODate | undefined {
  if ((c.status !== '已办结' && c.status !== '已评价') || c.closedDate === null || repeated) return undefined;
  if ((c.reviews?.length ?? 0) > 0 || c.satisfaction === '不满意' || c.resolution || c.termination || c.repeatOf.length > 0) return undefined;
  return yearOf(c.closedDate) > yearOf(c.receivedDate) ? c.closedDate : undefined;
}

/** Whether a case with `until` (backlogUntil) may be 积案 in `year`. */
export const mayBeBacklogIn = (until: ISODate | null | undefined, year: number): boolean => until === null || (until !== undefined && until >= makeDate(year, 1, 1));

/** The numbers of the backlog on `today`, of the cases as they stood at the end of `asOf`. */
function backlogOn(cases: readonly Case[], asOf: ISODate, today: ISODate): Set<string> {
  return new Set(backlogCases(cases.flatMap((c) => caseAsOf(c, asOf) ?? []), today).map((r) => r.case.no));
}

/**
 * The backlog figures of `year` up to `cutoff`. `cases` must hold every case that may be backlog (the open ones and
 * the unsettled ones of earlier years) and the cases that name them as repeats (the report year's own among them) —
 * except the cases of earlier years (received before `year`) closed later with nothing more asked (closedLaterOnly),
 * given as `closings`: how many closed on each date.
 */
export function backlogFigures(all: readonly Case[], year: number, cutoff: ISODate, closings: Readonly<Record<ISODate, number>> = {}): BacklogFigures {
  const cases = [...new Map(all.map((c) => [c.no, c])).values()];
  const from = makeDate(year, 1, 1);
  const startSet = backlogOn(cases, makeDate(year - 1, 12, 31), from);
  const endSet = backlogOn(cases, cutoff, cutoff);
  const inPeriod = (d: ISODate | undefined) => d !== undefined && d >= from && d <= cutoff;
  let resolved = 0;
  let terminated = 0;
  let left = 0;
  for (const c of cases) {
    if (!startSet.has(c.no)) continue;
    if (inPeriod(c.resolution?.date)) resolved++;
    else if (inPeriod(c.termination?.date)) terminated++;
    if (endSet.has(c.no)) left++;
  }
  const added = [...endSet].filter((no) => !startSet.has(no)).length;
  // closed later with nothing more asked: 积案 on 1 January when closed since, and at the cut-off when closed after it
  let start = startSet.size;
  for (const [date, n] of Object.entries(closings)) {
    if (date < from) continue;
    start += n;
    if (date > cutoff) left += n;
  }
  return { start, resolved, terminated, left, added, rate: rateNumber(resolved, start) };
}
