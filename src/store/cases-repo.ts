// The case files (laid out in case-files.ts), read so daily commands touch only what they need (README, 性能).
// A repo reads through the store (or a transaction), keeps what it loaded, and writes what it changed on flush().
// Every case file carries a seal (seal.ts) and each year index keeps its month files' seals: damage stops a command
// with the repair command instead of giving a wrong answer, and checking costs no read the command did not need.
import fs from 'node:fs';
import path from 'node:path';
import type { OpenCaseSummary } from '../domain/case-deadlines.js';
import { formatCaseNumber, parseCaseNumber } from '../domain/case-number.js';
import { petitionerKeys } from '../domain/case-repeat.js';
import { monthOf, yearOf } from '../domain/dates.js';
import type { BadRow, ImportRow } from '../domain/case-import.js';
import type { Case, ISODate, ISOMonth, Petitioner } from '../domain/model.js';
import { InputError, StoreError } from '../errors.js';
import { bump, CASES_DIR, CLOSED, countBySource, indexRel, MONTH_FILE_RE, monthRel, OPEN_REL, openSummary, shardRel } from './case-files.js';
import { CaseDocs } from './case-docs.js';
import type { PersonRef } from './case-schema.js';

export { CASES_DIR, openSummary } from './case-files.js';
export type { DocSink, DocSource } from './case-docs.js';

export class CasesRepo extends CaseDocs {
  /** Years that have cases, oldest first (on disk, plus any this repo has just started). */
  years(): number[] {
    const ys = new Set(this.listDir(CASES_DIR).filter((n) => /^\d{4}$/.test(n)).map(Number));
    for (const rel of this.docs.keys()) {
      const m = /^cases\/(\d{4})\//.exec(rel);
      if (m) ys.add(Number(m[1]));
    }
    return [...ys].sort((a, b) => a - b);
  }

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

  /**
   * How many cases each source sent in a year. From the year index when it keeps the counts and they add up to its
   * number of cases — then no month file of that year is read; otherwise (an index from before the counts, or none)
   * counted from the year's cases.
   */
  receivedBySource(year: number): Record<string, number> {
    const idx = this.yearIndex(year);
    const kept = idx.bySource;
    const size = Object.keys(idx.months).length;
    if (kept && size > 0 && Object.values(kept).reduce((a, b) => a + b, 0) === size) return { ...kept };
    return countBySource(this.casesOfYear(year));
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
    const seen = new Map<string, PersonRef>();
    for (const key of petitionerKeys(p)) {
      const h = this.hash(key);
      for (const ref of this.shard(h).people[h] ?? []) seen.set(ref.no, ref);
    }
    return [...seen.values()].filter((r) => upTo === undefined || r.date <= upTo).sort((a, b) => a.date.localeCompare(b.date) || a.no.localeCompare(b.no));
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
    // an index from before the per-source counts gets them now, from the year's cases so far (once)
    idx.bySource ??= countBySource(this.casesOfYear(year));
    bump(idx.bySource, c.source, 1);
    idx.months[c.no] = m.slice(5);
    this.monthFile(m).cases.push(c);
    this.numbersOf(m).add(c.no);
    this.touch(indexRel(year));
    this.touch(monthRel(m));
    this.syncOpen(c);
    this.remember(c);
    return c;
  }

  private readonly monthNumbers = new Map<ISOMonth, Set<string>>();

  private numbersOf(m: ISOMonth): Set<string> {
    let set = this.monthNumbers.get(m);
    if (!set) this.monthNumbers.set(m, (set = new Set(this.monthFile(m).cases.map((c) => c.no))));
    return set;
  }

  private readonly guardedYears = new Set<number>();

  /**
   * Before numbering in a year: its index must know every month file of the year on disk, at the size it wrote it
   * (one directory listing and a stat per month, no extra read), so an index older than a month file cannot hand
   * out a number that month file already holds.
   */
  private guardNumbering(year: number, m: ISOMonth): void {
    const idx = this.yearIndex(year);
    this.monthFile(m);
    if (this.guardedYears.has(year)) return;
    this.guardedYears.add(year);
    const seals = idx.monthSeals ?? {};
    const bytes = idx.monthBytes ?? {};
    const sizeOf = (name: string) => {
      try {
        return fs.statSync(path.join(this.dir, CASES_DIR, String(year), name)).size;
      } catch {
        return -1;
      }
    };
    for (const name of this.listDir(`${CASES_DIR}/${year}`)) {
      const mm = MONTH_FILE_RE.exec(name)?.[1];
      if (!mm?.startsWith(`${year}-`)) continue;
      const known = Object.hasOwn(seals, mm.slice(5)) && (!Object.hasOwn(bytes, mm.slice(5)) || bytes[mm.slice(5)] === sizeOf(name));
      if (!known) {
        throw new StoreError(`数据文件 ${path.join(this.dir, indexRel(year))} 没有记录月份文件 ${name} 的当前版本（索引比月份文件旧或已损坏），为免重复编号已停止；运行 xinfang check --repair 修复`);
      }
    }
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

  /** Replaces a case with fn(case); the number and received date cannot change. */
  updateCase(no: string, fn: (c: Case) => Case): Case {
    const cur = this.getCase(no);
    const next = fn(structuredClone(cur));
    if (next.no !== cur.no || next.receivedDate !== cur.receivedDate) throw new Error('updateCase may not change no or receivedDate');
    const m = monthOf(cur.receivedDate);
    const file = this.monthFile(m);
    file.cases[file.cases.indexOf(cur)] = next;
    this.touch(monthRel(m));
    const counts = next.source !== cur.source ? this.yearIndex(yearOf(cur.receivedDate)).bySource : undefined;
    if (counts) {
      bump(counts, cur.source, -1);
      bump(counts, next.source, 1);
      this.touch(indexRel(yearOf(cur.receivedDate)));
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

  private remember(c: Case): void {
    for (const key of petitionerKeys(c.petitioner)) {
      const h = this.hash(key);
      const shard = this.shard(h);
      (shard.people[h] ??= []).push({ no: c.no, date: c.receivedDate });
      this.touch(shardRel(h));
    }
  }
}
