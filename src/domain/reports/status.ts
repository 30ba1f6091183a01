// Where a case stood for the statistics: 办结 (closed), 不予受理 (rejected) or still open — now, or as of a
// cut-off date (a monthly report counts as of the last day of its month, whenever it is run).
import type { Case, ISODate } from '../model.js';

export type ReportState = 'closed' | 'rejected' | 'open';

// a case under 复查/复核 was closed and replied to; the review is a round of its own
const CLOSED = new Set(['已办结', '已评价', '复查中', '复核中']);

/** The date the case was refused, from its history (the 不予受理 step); null if it was not. */
export function rejectedDate(c: Case): ISODate | null {
  if (c.status !== '不予受理') return null;
  const step = [...c.history].reverse().find((h) => h.action === '不予受理');
  return step?.date ?? c.acceptedDate ?? c.receivedDate;
}

/** 办结 now (已办结 or 已评价), as the statistics count it. */
export function isClosedNow(c: Pick<Case, 'status'>): boolean {
  return CLOSED.has(c.status);
}

/** The state today (`asOf` omitted) or at the end of `asOf`. */
export function stateOf(c: Case, asOf?: ISODate): ReportState {
  if (CLOSED.has(c.status) && (!asOf || (c.closedDate !== null && c.closedDate <= asOf))) return 'closed';
  const rejected = rejectedDate(c);
  if (rejected !== null && (!asOf || rejected <= asOf)) return 'rejected';
  return 'open';
}

export interface AcceptanceCounts {
  received: number;
  /** Accepted by the cut-off (a closed case counts as accepted even when its acceptance date was not recorded). */
  accepted: number;
  rejected: number;
  /** Registered, neither accepted nor refused by the cut-off (待受理). */
  pendingAcceptance: number;
  /** Of the accepted: closed, and still being handled. */
  closed: number;
  inProgress: number;
}

/** Where the cases stood now (`asOf` omitted) or at the end of `asOf`: received = accepted + rejected + pendingAcceptance, accepted = closed + inProgress. */
export function countAcceptance(cases: readonly Case[], asOf?: ISODate): AcceptanceCounts {
  const out: AcceptanceCounts = { received: cases.length, accepted: 0, rejected: 0, pendingAcceptance: 0, closed: 0, inProgress: 0 };
  for (const c of cases) out[acceptanceOf(c, asOf)]++;
  out.accepted = out.closed + out.inProgress;
  return out;
}

export type AcceptanceState = 'closed' | 'inProgress' | 'rejected' | 'pendingAcceptance';

/** Which of countAcceptance's parts a case is counted in, now (`asOf` omitted) or at the end of `asOf`. */
export function acceptanceOf(c: Case, asOf?: ISODate): AcceptanceState {
  const s = stateOf(c, asOf);
  if (s === 'rejected') return 'rejected';
  if (s === 'closed') return 'closed';
  // now, the status says it (an imported row may be 办理中 without its acceptance date); at a cut-off, the date does
  return (asOf === undefined ? c.status !== '登记' : c.acceptedDate !== null && c.acceptedDate <= asOf) ? 'inProgress' : 'pendingAcceptance';
}
