// cases/summary.json: what a report of a later year needs of each year, in one small file, so the annual report's
// five-year trend, 同期 and 积案 read no year index (an index names every number of its year: ten thousand entries).
// A year's entry is derived from its index whenever the index is written (case-docs.ts flush, in the same
// transaction), and rebuilt by `check --repair` (integrity-summary.ts). A year without an entry — a store from before
// the summary, or an index lacking a count — is read from its index as before.
import { makeDate } from '../domain/common/dates.js';
import type { ISODate } from '../domain/model.js';
import type { YearIndex } from './case-schema.js';
import { keptSourceMonths } from './year-counts.js';

type Until = ISODate | null;

export interface YearSummary {
  /** Cases received in the year, and of them 办结 now. */
  received: number;
  closed: number;
  /** Cases per source, and per month of receipt ("MM") and source when the index keeps those (year-counts.ts). */
  bySource: Record<string, number>;
  sourceMonths?: Record<string, Record<string, number>>;
  /**
   * The month files ("MM") holding a case that may be 积案 in a later year, with the last day one of them may be
   * (null: no end yet) — from the index's `unsettled` (year-backlog.ts) — and the later repeats of those cases.
   */
  backlogMonths: Record<string, Until>;
  repeatedBy: Record<string, string[]>;
  /**
   * Of those cases, the ones closed in a later year with nothing more asked (closedLaterOnly): how many closed on each
   * date. Absent when the index does not keep them apart (then they are read with the others).
   */
  closings?: Record<ISODate, number>;
  /** The seal of each month file (as its index keeps them): a month file read beside the summary must match it. */
  monthSeals: Record<string, string>;
}

export interface StoreSummary {
  schemaVersion: number;
  /** "YYYY" → the year's entry. */
  years: Record<string, YearSummary>;
}

/** An own property even for a key like "__proto__" (imported case numbers are free text). */
function setOwn<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Of a year's 积案 lists: the month files holding a case that may be 积案 after the year, each with the latest day one
 * of its cases may be, and the repeats of those cases — leaving out the cases closed later with nothing more asked,
 * which are counted by close date (`closings`; null when the index does not keep them apart: then all are read).
 * A case whose last day falls within its own year never counts.
 */
export function backlogMonthsOf(
  year: number,
  unsettled: Readonly<Record<string, Until>>,
  months: Readonly<Record<string, string>>,
  repeatedBy: Readonly<Record<string, string[]>>,
  closedLater: Readonly<Record<string, ISODate>> | undefined,
): Pick<YearSummary, 'backlogMonths' | 'repeatedBy'> & { closings: Record<ISODate, number> | null } {
  const after = makeDate(year + 1, 1, 1);
  const backlogMonths: Record<string, Until> = {};
  const repeats: Record<string, string[]> = {};
  const closings: Record<ISODate, number> | null = closedLater ? {} : null;
  for (const [no, until] of Object.entries(unsettled)) {
    if (until !== null && until < after) continue;
    if (closings && closedLater && Object.hasOwn(closedLater, no) && closedLater[no] === until) {
      setOwn(closings, until, (Object.hasOwn(closings, until) ? closings[until] : 0) + 1);
      continue;
    }
    const mm = Object.hasOwn(months, no) ? months[no] : undefined;
    if (mm === undefined) continue;
    const had = Object.hasOwn(backlogMonths, mm) ? backlogMonths[mm] : undefined;
    setOwn(backlogMonths, mm, had === null || until === null ? null : had === undefined || until > had ? until : had);
    if (Object.hasOwn(repeatedBy, no) && repeatedBy[no].length) setOwn(repeats, no, [...repeatedBy[no]]);
  }
  return { backlogMonths, repeatedBy: repeats, closings };
}

/** A year's entry, from its index; null when the index lacks a count or its counts do not add up (then read the index). */
export function summaryOfYear(idx: YearIndex): YearSummary | null {
  const received = Object.keys(idx.months).length;
  const { closed, bySource, unsettled, monthSeals, closedLater } = idx;
  if (received === 0 || closed === undefined || closed > received || !bySource || !unsettled || !monthSeals) return null;
  if (Object.values(bySource).reduce((a, b) => a + b, 0) !== received) return null;
  const sourceMonths = keptSourceMonths(idx);
  const { backlogMonths, repeatedBy, closings } = backlogMonthsOf(idx.year, unsettled, idx.months, idx.repeatedBy ?? {}, closedLater);
  return {
    received,
    closed,
    bySource: { ...bySource },
    ...(sourceMonths ? { sourceMonths: structuredClone(sourceMonths) } : {}),
    backlogMonths,
    repeatedBy,
    ...(closings ? { closings } : {}),
    monthSeals: { ...monthSeals },
  };
}

/** Sets (or, when the index cannot give one, drops) the year's entry. */
export function setYear(summary: StoreSummary, year: number, idx: YearIndex): void {
  const entry = summaryOfYear(idx);
  if (entry) setOwn(summary.years, String(year), entry);
  else delete summary.years[String(year)];
}

export function yearOfSummary(summary: StoreSummary | null, year: number): YearSummary | null {
  return summary && Object.hasOwn(summary.years, String(year)) ? summary.years[String(year)] : null;
}

/** The summary `check` derives from the year indexes as they should be. */
export function summaryOfIndexes(indexes: ReadonlyMap<number, YearIndex>, schemaVersion: number): StoreSummary {
  const summary: StoreSummary = { schemaVersion, years: {} };
  for (const [y, idx] of [...indexes].sort(([a], [b]) => a - b)) setYear(summary, y, idx);
  return summary;
}

/** Where a stored summary disagrees with the one derived from the year indexes (`check`), in Chinese. */
export function summaryProblems(stored: StoreSummary, want: StoreSummary): string[] {
  const years = [...new Set([...Object.keys(stored.years), ...Object.keys(want.years)])].sort();
  const off = years.filter((y) => canonical(yearOfSummary(stored, Number(y))) !== canonical(yearOfSummary(want, Number(y))));
  return off.length ? [`${off.map((y) => `${y}年`).join('、')}的汇总与年度索引不符`] : [];
}

/** A value as one comparable text, key order aside. */
function canonical(v: unknown): string {
  const sorted = (x: unknown): unknown =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, y]) => [k, sorted(y)]))
      : x;
  return JSON.stringify(sorted(v) ?? null);
}
