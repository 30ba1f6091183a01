// The case documents as one repo loads them: each read once, checked against its seal (json-doc.ts) and against
// the seals its year index keeps, and written back sealed on flush(). CasesRepo adds what the files mean.
import path from 'node:path';
import type { ISOMonth } from '../domain/model.js';
import { StoreError } from '../errors.js';
import { CASES_DIR, indexRel, MONTH_FILE_RE, monthRel, OPEN_REL, personHash, SECRET_REL, SUMMARY_REL } from './case-files.js';
import {
  storedMonthSpec as monthSpec,
  storedOpenSpec as openSpec,
  storedSummarySpec as summarySpec,
  storedYearIndexSpec as yearIndexSpec,
  type MonthFile,
  type OpenFile,
  type YearIndex,
} from './case-schema.js';
import type { DocSpec } from './json-doc.js';
import { SCHEMA_VERSION } from './migrations.js';
import { sealText } from './seal.js';
import { setYear, type StoreSummary, yearOfSummary } from './year-summary.js';

export interface DocSource {
  read<T>(rel: string, spec: DocSpec<T>): T | null;
  /** A plain text file of the store (the secret); null when absent. */
  readText(rel: string): string | null;
  /** The committed names under a folder, and a document's stored size (-1 when absent). */
  list(rel: string): string[];
  size(rel: string): number;
}
export interface DocSink extends DocSource {
  writeText(rel: string, text: string): void;
}

const MONTH_REL_RE = /^cases\/(\d{4})\/(\d{4})-(\d{2})\.json$/;
const INDEX_REL_RE = /^cases\/(\d{4})\/index\.json$/;

export class CaseDocs {
  protected readonly docs = new Map<string, unknown>();
  protected readonly dirty = new Set<string>();

  /** `sink` is the transaction to write through; without one the repo is read-only. */
  constructor(
    protected readonly src: DocSource,
    protected readonly dir: string,
    protected readonly numberFormat: string,
    protected readonly sink: DocSink | null = null,
  ) {}

  // ---- loading ----

  protected load<T>(rel: string, spec: DocSpec<T>, empty: () => T): T {
    if (!this.docs.has(rel)) {
      const stored = this.src.read(rel, spec);
      this.docs.set(rel, stored ?? empty());
      this.crossCheck(rel);
    }
    return this.docs.get(rel) as T;
  }

  /**
   * A month file must carry the seal its year index keeps, and the seal the store summary keeps for it: checked once
   * the month file and either of these are loaded.
   */
  private crossCheck(rel: string): void {
    const month = MONTH_REL_RE.exec(rel);
    const indexYear = INDEX_REL_RE.exec(rel)?.[1];
    const loaded = () => [...this.docs.keys()].map((r) => MONTH_REL_RE.exec(r)).filter((m): m is RegExpExecArray => m !== null);
    const months = month ? [month] : indexYear ? loaded().filter((m) => m[1] === indexYear) : rel === SUMMARY_REL ? loaded() : [];
    const summary = this.docs.get(SUMMARY_REL) as StoreSummary | null | undefined;
    for (const [mrel, y, , mm] of months) {
      const file = this.docs.get(mrel) as MonthFile | undefined;
      if (!file || this.dirty.has(mrel)) continue;
      const idx = this.docs.get(indexRel(Number(y))) as YearIndex | undefined;
      const entry = yearOfSummary(summary ?? null, Number(y));
      if (idx?.monthSeals && (idx.monthSeals[mm] ?? null) !== (file.seal ?? null)) throw this.mismatch(indexRel(Number(y)), mrel);
      if (entry && (Object.hasOwn(entry.monthSeals, mm) ? entry.monthSeals[mm] : null) !== (file.seal ?? null)) throw this.mismatch(SUMMARY_REL, mrel);
    }
  }

  private mismatch(record: string, month: string): StoreError {
    return new StoreError(
      `数据文件 ${path.join(this.dir, record)} 与 ${path.join(this.dir, month)} 不一致（其中一个被改动、替换或删除），为免给出错误结果已停止；运行 xinfang check 查看详情，xinfang check --repair 修复`,
    );
  }

  protected touch(rel: string): void {
    if (!this.sink) throw new Error('CasesRepo opened read-only');
    this.dirty.add(rel);
  }

  /** Puts what a subclass keeps aside back into the documents before they are written. */
  protected beforeFlush(): void {}

  /** Hands every changed file to the transaction, sealed; each year index learns its changed months' seals. */
  flush(): void {
    if (!this.sink) return;
    this.beforeFlush();
    const texts = new Map<string, string>();
    for (const rel of [...this.dirty].sort()) {
      const month = MONTH_REL_RE.exec(rel);
      if (!month) continue;
      const file = this.docs.get(rel) as MonthFile;
      const { text, seal } = sealText({ ...file, seal: undefined });
      file.seal = seal;
      const idx = this.yearIndex(Number(month[1]));
      (idx.monthSeals ??= {})[month[3]] = seal;
      (idx.monthBytes ??= {})[month[3]] = Buffer.byteLength(text);
      this.dirty.add(indexRel(Number(month[1])));
      texts.set(rel, text);
    }
    this.summarize();
    for (const rel of [...this.dirty].sort()) this.sink.writeText(rel, texts.get(rel) ?? sealText(this.docs.get(rel) as object).text);
    this.dirty.clear();
  }

  /** Every year index written brings its entry of the store summary up to date; a store without one gets it whole. */
  private summarize(): void {
    const years = [...this.dirty].map((rel) => INDEX_REL_RE.exec(rel)?.[1]).filter((y): y is string => y !== undefined).map(Number);
    if (!years.length) return;
    let summary = this.summary();
    if (!summary) {
      summary = { schemaVersion: SCHEMA_VERSION, years: {} };
      this.docs.set(SUMMARY_REL, summary);
      years.push(...this.years());
    }
    for (const y of new Set(years)) setYear(summary, y, this.yearIndex(y));
    this.dirty.add(SUMMARY_REL);
  }

  /** cases/summary.json (year-summary.ts); null in a store from before it. */
  protected summary(): StoreSummary | null {
    return this.load<StoreSummary | null>(SUMMARY_REL, summarySpec, () => null);
  }

  /** Years that have cases, oldest first (on disk, plus any this repo has just started). */
  years(): number[] {
    const ys = new Set(this.listDir(CASES_DIR).filter((n) => /^\d{4}$/.test(n)).map(Number));
    for (const rel of this.docs.keys()) {
      const m = /^cases\/(\d{4})\//.exec(rel);
      if (m) ys.add(Number(m[1]));
    }
    return [...ys].sort((a, b) => a - b);
  }

  protected yearIndex(year: number): YearIndex {
    return this.load(indexRel(year), yearIndexSpec, () => ({ schemaVersion: SCHEMA_VERSION, year, nextSeq: 1, months: {}, bySource: {}, closed: 0, unsettled: {}, closedLater: {}, monthSeals: {}, monthBytes: {} }));
  }

  protected monthFile(m: ISOMonth): MonthFile {
    return this.load(monthRel(m), monthSpec, () => ({ schemaVersion: SCHEMA_VERSION, month: m, cases: [] }));
  }

  protected openFile(): OpenFile {
    return this.load(OPEN_REL, openSpec, () => ({ schemaVersion: SCHEMA_VERSION, cases: [] }));
  }

  private secret: string | null = null;

  protected hash(key: string): string {
    this.secret ??= this.src.readText(SECRET_REL);
    if (!this.secret?.trim()) {
      throw new StoreError(`数据目录 ${this.dir} 中缺少 ${SECRET_REL}（信访人索引的密钥），为免漏查重复信访已停止；运行 xinfang check --repair 重建索引`);
    }
    return personHash(this.secret, key);
  }

  protected listDir(rel: string): string[] {
    return this.src.list(rel);
  }

  private readonly monthNumbers = new Map<ISOMonth, Set<string>>();

  protected numbersOf(m: ISOMonth): Set<string> {
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
  protected guardNumbering(year: number, m: ISOMonth): void {
    const idx = this.yearIndex(year);
    this.monthFile(m);
    if (this.guardedYears.has(year)) return;
    this.guardedYears.add(year);
    const seals = idx.monthSeals ?? {};
    const bytes = idx.monthBytes ?? {};
    const sizeOf = (name: string) => this.src.size(`${CASES_DIR}/${year}/${name}`);
    for (const name of this.listDir(`${CASES_DIR}/${year}`)) {
      const mm = MONTH_FILE_RE.exec(name)?.[1];
      if (!mm?.startsWith(`${year}-`)) continue;
      const known = Object.hasOwn(seals, mm.slice(5)) && (!Object.hasOwn(bytes, mm.slice(5)) || bytes[mm.slice(5)] === sizeOf(name));
      if (!known) {
        throw new StoreError(`数据文件 ${path.join(this.dir, indexRel(year))} 没有记录月份文件 ${name} 的当前版本（索引比月份文件旧或已损坏），为免重复编号已停止；运行 xinfang check --repair 修复`);
      }
    }
  }
}
