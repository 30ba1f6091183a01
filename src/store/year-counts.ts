// The counts a year index keeps beside its numbers, so a report about one year never reads the other years' cases:
// cases per source (next year's 同比) and how many are 办结 (the five-year trend). An index written before a count
// existed lacks it: readers then count the year's cases, and the next change to the year writes the count in.
import { addDays, monthOf } from '../domain/common/dates.js';
import type { Case, ISODate } from '../domain/model.js';
import { isClosedNow } from '../domain/reports/status.js';
import type { YearIndex } from './case-schema.js';
import { noteUnsettled, rejudgeYear } from './year-backlog.js';

/** counts[key] += by, dropping a count that reaches 0 (an own property even for a name like "__proto__"). */
export function bump(counts: Record<string, number>, key: string, by: number): void {
  const n = (Object.hasOwn(counts, key) ? counts[key] : 0) + by;
  if (n > 0) Object.defineProperty(counts, key, { value: n, enumerable: true, writable: true, configurable: true });
  else delete counts[key];
}

export function countBySource(cases: readonly Case[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cases) bump(counts, c.source, 1);
  return counts;
}

export function countClosed(cases: readonly Case[]): number {
  let n = 0;
  for (const c of cases) if (isClosedNow(c)) n++;
  return n;
}

const monthKey = (c: Case): string => monthOf(c.receivedDate).slice(5);

export function countBySourceMonth(cases: readonly Case[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const c of cases) bump((counts[monthKey(c)] ??= {}), c.source, 1);
  return counts;
}

/** Counts `c` in (by 1) or out (by -1) of the index's per-month counts, when the index keeps them. */
function countInMonth(idx: YearIndex, c: Case, by: number): void {
  if (!idx.sourceMonths) return;
  const mm = monthKey(c);
  const month = Object.hasOwn(idx.sourceMonths, mm) ? idx.sourceMonths[mm] : (idx.sourceMonths[mm] = {});
  bump(month, c.source, by);
  if (Object.keys(month).length === 0) delete idx.sourceMonths[mm];
}

/** Both per-month counts the same (key order aside). */
export function sameSourceMonths(a: Record<string, Record<string, number>> | undefined, b: Record<string, Record<string, number>> | undefined): boolean {
  const flat = (o: Record<string, Record<string, number>> | undefined) =>
    o === undefined ? null : JSON.stringify(Object.entries(o).flatMap(([mm, by]) => Object.entries(by).map(([s, n]) => `${mm} ${s} ${n}`)).sort());
  return flat(a) === flat(b);
}

/** The index's per-month counts when they add up to its numbers (the same months, as many cases in each); else null. */
export function keptSourceMonths(idx: YearIndex): Record<string, Record<string, number>> | null {
  const kept = idx.sourceMonths;
  if (!kept) return null;
  const perMonth = new Map<string, number>();
  for (const no in idx.months) perMonth.set(idx.months[no], (perMonth.get(idx.months[no]) ?? 0) + 1);
  const keptMonths = Object.keys(kept);
  if (keptMonths.length !== perMonth.size) return null;
  for (const mm of keptMonths) if (Object.values(kept[mm]).reduce((a, b) => a + b, 0) !== perMonth.get(mm)) return null;
  return kept;
}

/**
 * Cases per source received from 1 January up to `to` (a day of the index's year): the whole months from the index's
 * per-month counts, the month `to` falls in from `monthCases(month)` unless `to` is its last day. Null when the index
 * keeps no per-month counts, they do not add up to its numbers, or the month files up to `to` (`onDisk`, "MM") are not
 * the months it counts: the caller then reads the month files, which say what is wrong.
 */
export function sourcesUpTo(idx: YearIndex, to: ISODate, onDisk: readonly string[], monthCases: (mm: string) => readonly Case[]): Record<string, number> | null {
  const kept = keptSourceMonths(idx);
  return kept && sourcesFromMonths(kept, to, onDisk, monthCases);
}

/** As sourcesUpTo, from per-month counts known to add up (an index's, or the store summary's). */
export function sourcesFromMonths(
  kept: Readonly<Record<string, Record<string, number>>>,
  to: ISODate,
  onDisk: readonly string[],
  monthCases: (mm: string) => readonly Case[],
): Record<string, number> | null {
  const upTo = (mms: readonly string[]) => mms.filter((mm) => mm <= to.slice(5, 7)).sort().join();
  if (upTo(Object.keys(kept)) !== upTo(onDisk)) return null;
  const last = to.slice(5, 7);
  const whole = monthOf(addDays(to, 1)) !== monthOf(to);
  const out: Record<string, number> = {};
  for (const mm of Object.keys(kept).sort()) if (mm < last || (mm === last && whole)) for (const [source, n] of Object.entries(kept[mm])) bump(out, source, n);
  if (!whole) for (const c of monthCases(last)) if (c.receivedDate <= to) bump(out, c.source, 1);
  return out;
}

/** Cases per source: kept when the counts add up to the index's number of cases, else counted from `yearCases()`. */
export function sourceCounts(idx: YearIndex, yearCases: () => Case[]): Record<string, number> {
  const kept = idx.bySource;
  const size = Object.keys(idx.months).length;
  if (kept && size > 0 && Object.values(kept).reduce((a, b) => a + b, 0) === size) return { ...kept };
  return countBySource(yearCases());
}

/** Received and 办结 now: kept when the index has a plausible count, else counted from `yearCases()`. */
export function receivedAndClosed(idx: YearIndex, yearCases: () => Case[]): { received: number; closed: number } {
  const received = Object.keys(idx.months).length;
  if (received > 0 && idx.closed !== undefined && idx.closed <= received) return { received, closed: idx.closed };
  const cases = yearCases();
  return { received: cases.length, closed: countClosed(cases) };
}

/** Counts `c` into its year's index; `yearCases()` (before `c` is stored) fills in counts an old index lacks. */
export function countAdded(idx: YearIndex, c: Case, yearCases: () => Case[]): void {
  idx.bySource ??= countBySource(yearCases());
  idx.closed ??= countClosed(yearCases());
  // a year's first case starts the per-month counts; an older index without them is left to `check --repair`
  if (!idx.sourceMonths && isEmpty(idx.months)) idx.sourceMonths = {};
  if (!idx.closedLater && isEmpty(idx.months)) idx.closedLater = {};
  countInMonth(idx, c, 1);
  bump(idx.bySource, c.source, 1);
  if (isClosedNow(c)) idx.closed++;
  noteUnsettled(idx, c, yearCases);
}

/**
 * Moves the counts from `cur` to `next`; `yearCases()` (already holding `next`) fills in a count an old index lacks.
 * Returns whether the index changed.
 */
export function countUpdated(idx: YearIndex, cur: Case, next: Case, yearCases: () => Case[]): boolean {
  let changed = false;
  if (next.source !== cur.source && idx.bySource) {
    bump(idx.bySource, cur.source, -1);
    bump(idx.bySource, next.source, 1);
    changed = true;
  }
  if (idx.sourceMonths && (next.source !== cur.source || monthKey(next) !== monthKey(cur))) {
    countInMonth(idx, cur, -1);
    countInMonth(idx, next, 1);
    changed = true;
  }
  if (isClosedNow(next) !== isClosedNow(cur)) {
    idx.closed = idx.closed === undefined ? countClosed(yearCases()) : Math.max(0, idx.closed + (isClosedNow(next) ? 1 : -1));
    changed = true;
  }
  if (noteUnsettled(idx, next, yearCases)) changed = true;
  return changed;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

export interface YearRecount {
  year: number;
  received: number;
  closed: number;
  /** Whether the index's counts were missing or wrong (and are now written). */
  changed: boolean;
}

/**
 * Sets the index's counts from the year's cases — the way to bring an old or hand-edited store up to date — and its
 * 积案 lists, with `repeatedBy` found over every year.
 */
export function recountYear(year: number, idx: YearIndex, cases: readonly Case[], repeatedBy: ReadonlyMap<string, string[]>, markChanged: () => void): YearRecount {
  const bySource = countBySource(cases);
  const closed = countClosed(cases);
  const kept = idx.bySource;
  const same =
    idx.closed === closed && kept !== undefined && Object.keys(kept).length === Object.keys(bySource).length && Object.entries(bySource).every(([k, n]) => Object.hasOwn(kept, k) && kept[k] === n);
  const sourceMonths = countBySourceMonth(cases);
  const recounted = !same || !sameSourceMonths(idx.sourceMonths, sourceMonths);
  if (recounted) {
    idx.bySource = bySource;
    idx.closed = closed;
    idx.sourceMonths = sourceMonths;
  }
  const rejudged = rejudgeYear(idx, cases, repeatedBy);
  if (recounted || rejudged) markChanged();
  return { year, received: cases.length, closed, changed: recounted || rejudged };
}
