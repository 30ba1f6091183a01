// Where a case stood for the statistics: 办结 (closed), 不予受理 (rejected) or still open — now, or as of a
// cut-off date (a monthly report counts as of the last day of its month, whenever it is run).
import type { Case, ISODate } from './model.js';

export type ReportState = 'closed' | 'rejected' | 'open';

// a case under 复查/复核 was closed and replied to; the review is a round of its own
const CLOSED = new Set(['已办结', '已评价', '复查中', '复核中']);

/** The date the case was refused, from its history (the 不予受理 step); null if it was not. */
export function rejectedDate(c: Case): ISODate | null {
  if (c.status !== '不予受理') return null;
  const step = [...c.history].reverse().find((h) => h.action === '不予受理');
  return step?.date ?? c.acceptedDate ?? c.receivedDate;
}

/** The state today (`asOf` omitted) or at the end of `asOf`. */
export function stateOf(c: Case, asOf?: ISODate): ReportState {
  if (CLOSED.has(c.status) && (!asOf || (c.closedDate !== null && c.closedDate <= asOf))) return 'closed';
  const rejected = rejectedDate(c);
  if (rejected !== null && (!asOf || rejected <= asOf)) return 'rejected';
  return 'open';
}

export interface StateCounts {
  total: number;
  closed: number;
  rejected: number;
  /** Neither closed nor refused: registered, accepted, being handled (incl. extended). */
  inProgress: number;
}

export function countStates(cases: readonly Case[], asOf?: ISODate): StateCounts {
  const out: StateCounts = { total: cases.length, closed: 0, rejected: 0, inProgress: 0 };
  for (const c of cases) {
    const s = stateOf(c, asOf);
    if (s === 'closed') out.closed++;
    else if (s === 'rejected') out.rejected++;
    else out.inProgress++;
  }
  return out;
}

/** Closed within its deadline (the due date, which an extension moves). */
export function closedOnTime(c: Case): boolean {
  return c.closedDate !== null && (c.dueDate === null || c.closedDate <= c.dueDate);
}
