// The case files (laid out in case-files.ts), read so daily commands touch only what they need (docs/design.md, "The store").
// A repo reads through the store (or a transaction), keeps what it loaded, and writes what it changed on flush().
// Every case file carries a seal (seal.ts) and each year index keeps its month files' seals: damage stops a command
// with the repair command instead of giving a wrong answer, and checking costs no read the command did not need.
import type { OpenCaseSummary } from '../domain/cases/deadlines.js';
import { formatCaseNumber, parseCaseNumber } from '../domain/cases/number.js';
import { petitionerKeys } from '../domain/cases/repeat.js';
import { monthOf, yearOf } from '../domain/common/dates.js';
import type { BadRow, ImportRow } from '../domain/cases/import.js';
import type { Case, ISODate, ISOMonth, Petitioner } from '../domain/model.js';
import { InputError } from '../errors.js';
import { CASES_DIR, CLOSED, indexRel, MONTH_FILE_RE, monthRel, OPEN_REL, openSummary } from './case-files.js';
import { CaseDocs } from './case-docs.js';
import type { PersonRef } from './case-schema.js';
import { PeopleIndex } from './people-index.js';
import { countAdded, countUpdated, receivedAndClosed, recountYear, sourceCounts, sourcesFromMonths, sourcesUpTo, type YearRecount } from './year-counts.js';
import { noteRepeatsOf, repeatsOfMatter, unsettledOf } from './year-backlog.js';
import { backlogMonthsOf, type YearSummary, yearOfSummary } from './year-summary.js';

export { CASES_DIR, openSummary } from './case-files.js';
export type { DocSink, DocSource } from './case-docs.js';

export class CasesRepo extends CaseDocs {
  private readonly people = new PeopleIndex(
    `${CASES_DIR}/people`,
    (rel, spec, empty) => this.load(rel, spec, empty),
    (rel) => this.touch(rel),
    (key) => this.hash(key),
  );

  monthsOf(year: number): ISOMonth[] {
    const ms = new Set(this.listDir(`${CASES_DIR}/${year}`).map((n) => MONTH_FILE_RE.exec(n)?.[1]).filter((m): m is string => !!m));
    for (const rel of this.docs.keys()) {
      const m = new RegExp(`^cases/${year}/(${year}-\\d{2})\\.json$`).exec(rel);
      if (m) ms.add(m[1]);
    }
    return [...ms].sort();
  }

  // ---- reading ----

  casesOfMonth(m: ISOMonth): Case[] {
    return this.monthFile(m).cases;
  }

  casesOfYear(year: number): Case[] {
    return this.monthsOf(year).flatMap((m) => this.casesOfMonth(m));
  }

  /** How many cases each source sent in a year: from its index when it keeps the counts (see year-counts.ts). */
  receivedBySource(year: number): Record<string, number> {
    return sourceCounts(this.yearIndex(year), () => this.casesOfYear(year));
  }

  /**
   * How many cases each source sent from 1 January up to `to` (a day of `year`): from its index's per-month counts and
   * the month `to` falls in; null when the index keeps no such counts (then read the month files).
   */
  receivedBySourceUpTo(year: number, to: ISODate): Record<string, number> | null {
    const onDisk = this.monthsOf(year).map((m) => m.slice(5));
    return sourcesUpTo(this.yearIndex(year), to, onDisk, (mm) => this.casesOfMonth(`${year}-${mm}`));
  }

  /** How many cases a year received and how many are 办结 now: from its index when it keeps the count (see year-counts.ts). */
  yearTotals(year: number): { received: number; closed: number } {
    return receivedAndClosed(this.yearIndex(year), () => this.casesOfYear(year));
  }

  /** Recounts every year's index from its cases (after an upgrade or a hand edit); see year-counts.ts. */
  recountYears(): YearRecount[] {
    const repeats = repeatsOfMatter(this.allCases());
    return this.years().map((y) => recountYear(y, this.yearIndex(y), this.casesOfYear(y), repeats, () => this.touch(indexRel(y))));
  }

  /**
   * Of a year before the one reported on, as the store summary keeps it (year-summary.ts) — no index is read — or,
   * for a year it lacks, as its index keeps it: received and 办结, cases per source, and per source up to `to`.
   */
  pastTotals(year: number): { received: number; closed: number } {
    const s = yearOfSummary(this.summary(), year);
    return s ? { received: s.received, closed: s.closed } : this.yearTotals(year);
  }

  pastBySource(year: number): Record<string, number> {
    const s = yearOfSummary(this.summary(), year);
    return s ? { ...s.bySource } : this.receivedBySource(year);
  }

  pastBySourceUpTo(year: number, to: ISODate): Record<string, number> | null {
    const kept = yearOfSummary(this.summary(), year)?.sourceMonths;
    if (!kept) return this.receivedBySourceUpTo(year, to);
    const onDisk = this.monthsOf(year).map((m) => m.slice(5));
    return sourcesFromMonths(kept, to, onDisk, (mm) => this.casesOfMonth(`${year}-${mm}`));
  }

  /** A year's 积案 lists for later years' reports (year-backlog.ts): from the summary, else its index, else its cases. */
  backlogLists(year: number): Pick<YearSummary, 'backlogMonths' | 'repeatedBy'> & { closings: Record<ISODate, number> | null } {
    const s = yearOfSummary(this.summary(), year);
    if (s) return { backlogMonths: s.backlogMonths, repeatedBy: s.repeatedBy, closings: s.closings ?? null };
    const idx = this.yearIndex(year);
    return backlogMonthsOf(year, unsettledOf(idx, () => this.casesOfYear(year)), idx.months, idx.repeatedBy ?? {}, idx.unsettled && idx.closedLater);
  }

  allCases(): Case[] {
    return this.years().flatMap((y) => this.casesOfYear(y));
  }

  /** The month file holding a number: the year its format names first, then every year (numbers from imports). */
  private locate(no: string): ISOMonth | null {
    const parsed = parseCaseNumber(no, this.numberFormat);
    const tried = new Set<number>();
    const inYear = (y: number): ISOMonth | null => {
      tried.add(y);
      const mm = this.yearIndex(y).months[no];
      return mm ? `${y}-${mm}` : null;
    };
    if (parsed) {
      const hit = inYear(parsed.year);
      if (hit) return hit;
    }
    for (const y of this.years().reverse()) {
      if (tried.has(y)) continue;
      const hit = inYear(y);
      if (hit) return hit;
    }
    return null;
  }

  findCase(no: string): Case | null {
    const m = this.locate(no.trim());
    return m ? (this.monthFile(m).cases.find((c) => c.no === no.trim()) ?? null) : null;
  }

  getCase(no: string): Case {
    const c = this.findCase(no);
    if (!c) throw new InputError(`没有编号为“${no}”的信访件，请用 xinfang case list 查看编号`);
    return c;
  }

  openCases(): OpenCaseSummary[] {
    return this.openByNo ? [...this.openByNo.values()] : this.openFile().cases;
  }

  /** Earlier cases of the same person (same ID number, or same name + phone), received on or before `upTo`, oldest first. */
  findRepeats(p: Pick<Petitioner, 'name' | 'phone' | 'idNumber'>, upTo?: ISODate): PersonRef[] {
    return this.people.find(p, upTo);
  }

  // ---- writing ----

  /** Stores a new case; an empty `no` gets the year's next number (gap-free), an explicit one must be new. */
  addCase(c: Case): Case {
    const year = yearOf(c.receivedDate);
    const idx = this.yearIndex(year);
    const m = monthOf(c.receivedDate);
    this.guardNumbering(year, m);
    if (c.no) {
      const parsed = parseCaseNumber(c.no, this.numberFormat);
      // a number is also a file name part and a lookup key: only the configured shape is let in
      if (!parsed) throw new InputError(`编号“${c.no.slice(0, 40)}”不符合设定的编号格式 ${this.numberFormat}（如 ${formatCaseNumber(this.numberFormat, year, 1)}）`);
      if (this.locate(c.no)) throw new InputError(`编号 ${c.no} 已存在，不能重复登记`);
      // only the year of receipt's index is consulted when numbering, so a number naming another year could be handed out again
      if (parsed.year !== year) throw new InputError(`编号 ${c.no} 的年份 ${parsed.year} 与登记日期 ${c.receivedDate} 不符，请核对`);
      if (parsed.seq >= idx.nextSeq) idx.nextSeq = parsed.seq + 1;
    } else {
      // only this year's index is consulted: a daily `case add` never reads past years
      const inMonth = this.numbersOf(m);
      let no = formatCaseNumber(this.numberFormat, year, idx.nextSeq++);
      while (idx.months[no] || inMonth.has(no)) no = formatCaseNumber(this.numberFormat, year, idx.nextSeq++);
      c = { ...c, no };
    }
    countAdded(idx, c, () => this.casesOfYear(year));
    idx.months[c.no] = m.slice(5);
    this.monthFile(m).cases.push(c);
    this.numbersOf(m).add(c.no);
    this.touch(indexRel(year));
    this.touch(monthRel(m));
    this.syncOpen(c);
    this.people.remember(c);
    noteRepeatsOf(c, (no) => {
      const e = this.findCase(no);
      const y = e && yearOf(e.receivedDate);
      return e && y ? { case: e, idx: this.yearIndex(y), yearCases: () => this.casesOfYear(y), touch: () => this.touch(indexRel(y)) } : null;
    });
    return c;
  }

  /**
   * Stores imported cases (checked rows, in importOrder): a number already in the store makes its row bad.
   * Returns the bad rows without storing anything when there are any and `skipBad` is off.
   */
  importCases(rows: ImportRow[], skipBad: boolean): { added: Case[]; bad: BadRow[] } {
    const bad: BadRow[] = [];
    for (const r of rows) {
      if (!r.case.no) continue;
      // a number is a lookup key and part of document file names: only the configured shape is let in
      if (!parseCaseNumber(r.case.no, this.numberFormat)) bad.push({ line: r.line, problems: [`编号“${r.case.no.slice(0, 40)}”不符合设定的编号格式 ${this.numberFormat}`] });
      else if (this.locate(r.case.no)) bad.push({ line: r.line, problems: [`编号 ${r.case.no} 已存在于数据中`] });
    }
    if (bad.length && !skipBad) return { added: [], bad };
    const clash = new Set(bad.map((b) => b.line));
    const added: Case[] = [];
    for (const r of rows) {
      if (clash.has(r.line)) continue;
      const earlier = this.findRepeats(r.case.petitioner, r.case.receivedDate).map((p) => p.no);
      added.push(this.addCase({ ...r.case, repeatOf: earlier }));
    }
    return { added, bad };
  }

  /**
   * Replaces a case with fn(case). The number cannot change; the received date only within its year (a correction):
   * the case then moves to the month file of its new date.
   */
  updateCase(no: string, fn: (c: Case) => Case): Case {
    const cur = this.getCase(no);
    const next = fn(structuredClone(cur));
    if (next.no !== cur.no || yearOf(next.receivedDate) !== yearOf(cur.receivedDate)) throw new Error('updateCase may not change no or the year of receipt');
    const year = yearOf(cur.receivedDate);
    const m = monthOf(cur.receivedDate);
    const file = this.monthFile(m);
    const m2 = monthOf(next.receivedDate);
    if (m2 === m) file.cases[file.cases.indexOf(cur)] = next;
    else {
      file.cases.splice(file.cases.indexOf(cur), 1);
      this.monthFile(m2).cases.push(next);
      this.yearIndex(year).months[no] = m2.slice(5);
      this.touch(indexRel(year));
      this.touch(monthRel(m2));
    }
    this.touch(monthRel(m));
    if (countUpdated(this.yearIndex(year), cur, next, () => this.casesOfYear(year))) this.touch(indexRel(year));
    if (next.receivedDate !== cur.receivedDate || petitionerKeys(next.petitioner).join() !== petitionerKeys(cur.petitioner).join()) {
      this.people.forget(cur);
      this.people.remember(next);
    }
    this.syncOpen(next);
    return next;
  }

  /** Open cases by number, built once from open.json; written back on flush (keeps add/update O(1) on imports). */
  private openByNo: Map<string, OpenCaseSummary> | null = null;

  protected override beforeFlush(): void {
    if (this.openByNo && this.dirty.has(OPEN_REL)) this.openFile().cases = [...this.openByNo.values()];
  }

  private openMap(): Map<string, OpenCaseSummary> {
    this.openByNo ??= new Map(this.openFile().cases.map((o) => [o.no, o]));
    return this.openByNo;
  }

  private syncOpen(c: Case): void {
    const open = this.openMap();
    if (CLOSED.has(c.status)) {
      if (!open.delete(c.no)) return;
    } else open.set(c.no, openSummary(c));
    this.touch(OPEN_REL);
  }
}
