// The counts a year index keeps beside its numbers, so a report about one year never reads the other years' cases:
// cases per source (next year's 同比) and how many are 办结 (the five-year trend). An index written before a count
// existed lacks it: readers then count the year's cases, and the next change to the year writes the count in.
import type { Case } from '../domain/model.js';
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
  if (isClosedNow(next) !== isClosedNow(cur)) {
    idx.closed = idx.closed === undefined ? countClosed(yearCases()) : Math.max(0, idx.closed + (isClosedNow(next) ? 1 : -1));
    changed = true;
  }
  if (noteUnsettled(idx, next, yearCases)) changed = true;
  return changed;
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
  if (!same) {
    idx.bySource = bySource;
    idx.closed = closed;
  }
  const rejudged = rejudgeYear(idx, cases, repeatedBy);
  if (!same || rejudged) markChanged();
  return { year, received: cases.length, closed, changed: !same || rejudged };
}
