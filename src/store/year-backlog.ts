// What a year index keeps for the 积案 of later years, so the annual report reads only those cases of the years before
// it: `unsettled`, each case of the year that may still be 积案 later, by number, with the last day it may be
// (report-backlog.ts backlogUntil; null: no end yet), and `repeatedBy`, the later cases on the same matter as one of
// them (a repeat after the reply makes it 积案). An index written before these existed lacks them: readers then judge
// the year's cases (repeats in later years are found again by `xinfang reindex`), and the next change writes them in.
import { sameMatter } from '../domain/cases/backlog.js';
import type { Case, ISODate } from '../domain/model.js';
import { backlogUntil, closedLaterOnly, mayBeBacklogIn } from '../domain/reports/backlog.js';
import type { YearIndex } from './case-schema.js';

type Until = ISODate | null;

/** An own property even for a number like "__proto__" (imported numbers are free text). */
function setOwn<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const repeatedIn = (idx: YearIndex, no: string): boolean => (Object.hasOwn(idx.repeatedBy ?? {}, no) ? idx.repeatedBy![no].length > 0 : false);

function judge(idx: YearIndex, cases: readonly Case[]): Record<string, Until> {
  const out: Record<string, Until> = {};
  for (const c of cases) {
    const until = backlogUntil(c, repeatedIn(idx, c.no));
    if (until !== undefined) setOwn(out, c.no, until);
  }
  return out;
}

function judgeClosedLater(idx: YearIndex, cases: readonly Case[]): Record<string, ISODate> {
  const out: Record<string, ISODate> = {};
  for (const c of cases) {
    const closed = closedLaterOnly(c, repeatedIn(idx, c.no));
    if (closed !== undefined) setOwn(out, c.no, closed);
  }
  return out;
}

/** Brings `c`'s entry of `closedLater` up to date, when the index keeps the list (an older one is left to reindex). */
function noteClosedLater(idx: YearIndex, c: Case): boolean {
  if (!idx.closedLater) return false;
  const closed = closedLaterOnly(c, repeatedIn(idx, c.no));
  const had = Object.hasOwn(idx.closedLater, c.no) ? idx.closedLater[c.no] : undefined;
  if (closed === had) return false;
  if (closed === undefined) delete idx.closedLater[c.no];
  else setOwn(idx.closedLater, c.no, closed);
  return true;
}

/** The index's `unsettled`, or (an older index) judged from the year's cases. */
export function unsettledOf(idx: YearIndex, yearCases: () => Case[]): Record<string, Until> {
  return idx.unsettled ?? judge(idx, yearCases());
}

/** Brings `c`'s entry up to date (filling in the list an older index lacks from `yearCases()`); whether it changed. */
export function noteUnsettled(idx: YearIndex, c: Case, yearCases: () => Case[]): boolean {
  if (!idx.unsettled) {
    idx.unsettled = judge(idx, yearCases().filter((x) => x.no !== c.no));
    noteUnsettled(idx, c, yearCases);
    return true;
  }
  const closedLater = noteClosedLater(idx, c);
  const until = backlogUntil(c, repeatedIn(idx, c.no));
  const had = Object.hasOwn(idx.unsettled, c.no);
  if (until === undefined) {
    if (had) delete idx.unsettled[c.no];
    return had || closedLater;
  }
  if (had && idx.unsettled[c.no] === until) return closedLater;
  setOwn(idx.unsettled, c.no, until);
  return true;
}

/** Records that `later` petitions again on `earlier`'s matter (earlier is a case of this index's year). */
export function noteRepeated(idx: YearIndex, earlier: Case, later: string, yearCases: () => Case[]): void {
  idx.repeatedBy ??= {};
  const list = Object.hasOwn(idx.repeatedBy, earlier.no) ? idx.repeatedBy[earlier.no] : [];
  if (!list.includes(later)) setOwn(idx.repeatedBy, earlier.no, [...list, later]);
  noteUnsettled(idx, earlier, yearCases);
}

/** Sets both lists from the year's cases and `repeatedBy` found over every year (reindex); whether they changed. */
export function rejudgeYear(idx: YearIndex, cases: readonly Case[], repeatedBy: ReadonlyMap<string, string[]>): boolean {
  const repeats: Record<string, string[]> = {};
  for (const c of cases) if (repeatedBy.get(c.no)?.length) setOwn(repeats, c.no, repeatedBy.get(c.no)!);
  const before = canonicalLists(idx);
  idx.repeatedBy = repeats;
  idx.unsettled = judge(idx, cases);
  idx.closedLater = judgeClosedLater(idx, cases);
  return canonicalLists(idx) !== before;
}

/** The lists of an index in one comparable text (key order aside; no repeats is no repeats, listed or not). */
export function canonicalLists(idx: Pick<YearIndex, 'unsettled' | 'repeatedBy' | 'closedLater'>): string {
  const canonical = (o: object | undefined) => JSON.stringify(o ? Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null);
  const repeats = Object.fromEntries(Object.entries(idx.repeatedBy ?? {}).filter(([, later]) => later.length > 0));
  return canonical(idx.unsettled) + canonical(repeats) + canonical(idx.closedLater);
}

/** Over every case: the numbers of the later cases on the same matter as each earlier one (for rejudgeYear). */
export function repeatsOfMatter(all: readonly Case[]): Map<string, string[]> {
  const byNo = new Map(all.map((c) => [c.no, c]));
  const out = new Map<string, string[]>();
  for (const c of all) {
    for (const no of c.repeatOf) {
      const e = byNo.get(no);
      if (e && e.no !== c.no && sameMatter(c, e)) out.set(no, [...(out.get(no) ?? []), c.no]);
    }
  }
  return out;
}

/** An earlier case as the repo finds it, with its year's index and how to mark that index changed. */
export interface EarlierCase {
  case: Case;
  idx: YearIndex;
  yearCases: () => Case[];
  touch: () => void;
}

/** A new case: each earlier case it names on the same matter is noted as repeated in its own year's index. */
export function noteRepeatsOf(c: Case, find: (no: string) => EarlierCase | null): void {
  for (const no of c.repeatOf) {
    const e = no === c.no ? null : find(no);
    if (!e || !sameMatter(c, e.case)) continue;
    noteRepeated(e.idx, e.case, c.no, e.yearCases);
    e.touch();
  }
}

/** What the repo gives the reader below: its years, a year's 积案 lists (year-summary.ts), its cases by month or number. */
export interface BacklogSource {
  years(): number[];
  backlogLists(year: number): { backlogMonths: Record<string, ISODate | null>; repeatedBy: Record<string, string[]>; closings: Record<ISODate, number> | null };
  casesOfMonth(month: string): Case[];
  findCase(no: string): Case | null;
}

/**
 * For the 积案 of `year`: the cases of earlier years that may be 积案 in it, and the later cases repeating their matter;
 * and how many earlier cases closed later with nothing more asked closed on each date from 1 January of `year`
 * (counted, not read: closedLaterOnly). Only the month files the lists name for `year` are read, each once; of their
 * cases, those whose last day as 积案 (backlogUntil) reaches into `year` and that are not among the counted.
 */
export function backlogCandidates(src: BacklogSource, year: number): { cases: Case[]; closings: Record<ISODate, number> } {
  const found = new Map<string, Case>();
  const repeats = new Set<string>();
  const closings: Record<ISODate, number> = {};
  for (const y of src.years().filter((y) => y < year)) {
    const lists = src.backlogLists(y);
    const repeatsOf = (no: string) => (Object.hasOwn(lists.repeatedBy, no) ? lists.repeatedBy[no] : []);
    for (const [date, n] of Object.entries(lists.closings ?? {})) if (mayBeBacklogIn(date, year)) setOwn(closings, date, (Object.hasOwn(closings, date) ? closings[date] : 0) + n);
    for (const [mm, until] of Object.entries(lists.backlogMonths)) {
      if (!mayBeBacklogIn(until, year)) continue;
      for (const c of src.casesOfMonth(`${y}-${mm}`)) {
        const repeated = repeatsOf(c.no).length > 0;
        if (!mayBeBacklogIn(backlogUntil(c, repeated), year)) continue;
        if (lists.closings && closedLaterOnly(c, repeated) !== undefined) continue; // counted by its close date
        found.set(c.no, c);
        for (const later of repeatsOf(c.no)) repeats.add(later);
      }
    }
  }
  for (const no of repeats) {
    const c = found.has(no) ? null : src.findCase(no);
    if (c) found.set(no, c);
  }
  return { cases: [...found.values()], closings };
}
