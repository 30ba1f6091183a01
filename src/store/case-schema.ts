// Run-time shapes of the case files (cases/…); every load is checked against them. Mirrors Case in src/domain/model.ts.
// Hand-written checkers (check.ts) rather than zod: these files hold every case, and zod's copying parse was most of
// the cost of reading a year. test/store/helpers/zod-case-schema.ts keeps the zod schema they replaced, as the
// reference test/store/case-check.test.ts compares them with.
import type { OpenCaseSummary } from '../domain/cases/deadlines.js';
import { CASE_RESULTS, CASE_STATUSES, CHANNELS, PETITION_KINDS, REVIEW_LEVELS, SATISFACTIONS } from '../domain/model.js';
import type { Case, HistoryEntry, ISODate, Review } from '../domain/model.js';
import { array, bool, boolean, check, type Checker, checker, int, isDateShape, nullable, object, oneOf, optional, record, string } from './check.js';
import type { DocSpec } from './json-doc.js';
import type { StoreSummary, YearSummary } from './year-summary.js';

const text = string();
const date = string({ shape: isDateShape, message: '应为 YYYY-MM-DD 日期' });
const month = string({ pattern: /^\d{4}-\d{2}$/, message: '应为 YYYY-MM 月份' });
const version = int({ min: 1 });

const reviewCheck = object<Review>({
  level: oneOf(REVIEW_LEVELS),
  date,
  body: text,
  late: text,
  dueDate: date,
  closedDate: nullable(date),
  result: nullable(oneOf(CASE_RESULTS)),
  replyDate: nullable(date),
});

/**
 * The fields a workflow step may change, as they were before it (kept for `case undo`). Checked like the case itself:
 * an undo restores only what passes here.
 */
const beforeCheck = object<Partial<Case>>({
  status: optional(oneOf(CASE_STATUSES)),
  acceptedDate: optional(nullable(date)),
  rejectReason: optional(text),
  unit: optional(text),
  leader: optional(text),
  dueDate: optional(nullable(date)),
  extension: optional(nullable(object({ days: int({ min: 1 }), reason: text, date }))),
  closedDate: optional(nullable(date)),
  result: optional(nullable(oneOf(CASE_RESULTS))),
  replyDate: optional(nullable(date)),
  satisfaction: optional(nullable(oneOf(SATISFACTIONS))),
  reviews: optional(array(reviewCheck)),
  resolution: optional(nullable(object({ date, note: text }))),
  termination: optional(nullable(object({ date, docNo: text }))),
  dueProvisional: optional(boolean()),
} as unknown as { [K in keyof Partial<Case>]-?: Checker<Partial<Case>[K]> });

const historyCheck = object<HistoryEntry>({
  date,
  action: text,
  note: text,
  by: optional(text),
  before: optional(beforeCheck),
  undone: optional(bool()),
});

export const caseCheck: Checker<Case> = object<Case>({
  no: string({ min: 1 }),
  receivedDate: date,
  channel: oneOf(CHANNELS),
  source: text,
  docNo: text,
  petitioner: object({ name: text, phone: text, idNumber: text, address: text }),
  persons: int({ min: 1 }),
  region: text,
  category: text,
  tags: array(text),
  summary: text,
  demands: text,
  reception: nullable(object({ date, leader: text })),
  repeatOf: array(text),
  status: oneOf(CASE_STATUSES),
  acceptedDate: nullable(date),
  rejectReason: text,
  unit: text,
  leader: text,
  dueDate: nullable(date),
  dueProvisional: optional(boolean()),
  extension: nullable(object({ days: int({ min: 1 }), reason: text, date })),
  closedDate: nullable(date),
  result: nullable(oneOf(CASE_RESULTS)),
  replyDate: nullable(date),
  satisfaction: nullable(oneOf(SATISFACTIONS)),
  history: array(historyCheck),
  representatives: optional(array(text)),
  reviews: optional(array(reviewCheck)),
  resolution: optional(nullable(object({ date, note: text }))),
  termination: optional(nullable(object({ date, docNo: text }))),
  petitionKind: optional(oneOf(PETITION_KINDS)),
  visit: optional(string({ pattern: /^Y\d{4}-\d{3,}$/, message: '应为 Y年份-序号 的预约编号' })),
});

/** cases/YYYY/YYYY-MM.json: the cases received in one month. */
export interface MonthFile {
  schemaVersion: number;
  month: string;
  cases: Case[];
  /** The seal the file was read with (see seal.ts); its year index keeps the same value. Never written inside the body. */
  seal?: string;
}

/** cases/YYYY/index.json: the next number of the year, and which month file holds each number. */
export interface YearIndex {
  schemaVersion: number;
  year: number;
  nextSeq: number;
  months: Record<string, string>;
  /**
   * How many of the year's cases came from each source, so next year's 同比 needs only this file. Absent in indexes
   * written before it existed (then the year is read instead; the next case added to the year fills it in).
   */
  bySource?: Record<string, number>;
  /**
   * The same counts per month of receipt ("MM" → source → cases), so a report compared with the same months of this
   * year (同期) reads only the month the period ends in. Kept only by an index that has it from its first case or from
   * `check --repair`; when absent or not adding up to `months`, the month files are read instead.
   */
  sourceMonths?: Record<string, Record<string, number>>;
  /** The seal of each month file as last written (month "MM" → seal): a month file replaced by another copy is noticed. */
  monthSeals?: Record<string, string>;
  /** The size in bytes of each month file as last written: a stat, not a read, shows one changed since (see addCase). */
  monthBytes?: Record<string, number>;
  /**
   * How many of the year's cases are 办结 (已办结/已评价) now, so the annual five-year trend reads only the indexes.
   * Absent in indexes written before it existed (then the year is counted instead; the next change to the year fills it in).
   */
  closed?: number;
  /**
   * For the 积案 of later years (year-backlog.ts): the year's cases that may still be 积案 after it, by number, with
   * the last day they may be (null: no end yet), and the later cases repeating one of them on the same matter.
   * Absent in indexes written before they existed (then the year is judged from its cases).
   */
  unsettled?: Record<string, ISODate | null>;
  repeatedBy?: Record<string, string[]>;
  /**
   * Of `unsettled`, the cases closed in a later year with nothing more asked (closedLaterOnly), with their close: a
   * report counts these by date without reading them. Absent in indexes written before it (then every case of
   * `unsettled` is read); `check --repair` writes it.
   */
  closedLater?: Record<string, ISODate>;
}

/** cases/open.json: every case still running against a deadline, so `case due` reads one small file. */
export interface OpenFile {
  schemaVersion: number;
  cases: OpenCaseSummary[];
}

/** A petitioner's earlier case, as the people index remembers it. */
export interface PersonRef {
  no: string;
  date: string;
}

/** cases/people/XX.json: HMAC-SHA256 of a petitioner key with the store's secret (never the key itself) → their cases. */
export interface PeopleShard {
  schemaVersion: number;
  people: Record<string, PersonRef[]>;
}

const sealValue = string({ pattern: /^[0-9a-f]{64}$/ });
const monthCheck = object<MonthFile>({ schemaVersion: version, month, cases: array(caseCheck), seal: optional(sealValue) });

const monthsOfNumbers = record(string({ pattern: /^\d{2}$/ }));
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * number → month: ten thousand entries a year, and the reports of later years read several indexes, so a sound map
 * is recognised in one tight loop; the general checker runs only to word what is wrong.
 */
const numberMonths: Checker<Record<string, string>> = checker(monthsOfNumbers, (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const k in v) {
    const m = (v as Record<string, unknown>)[k];
    if (typeof m !== 'string' || m.length !== 2 || !isDigit(m.charCodeAt(0)) || !isDigit(m.charCodeAt(1)) || k === '__proto__') return false;
  }
  return true;
});

const indexCheck = object<YearIndex>({
  schemaVersion: version,
  year: int(),
  nextSeq: int({ min: 1 }),
  months: numberMonths,
  bySource: optional(record(int({ min: 1 }))),
  sourceMonths: optional(record(record(int({ min: 1 })))),
  monthSeals: optional(record(sealValue)),
  monthBytes: optional(record(int({ min: 0 }))),
  closed: optional(int({ min: 0 })),
  unsettled: optional(record(nullable(date))),
  repeatedBy: optional(record(array(string({ min: 1 })))),
  closedLater: optional(record(date)),
});

/** A map keyed by dates (YYYY-MM-DD): a key of another shape is named like a wrong value. */
function dateKeyed<T>(value: Checker<T>): Checker<Record<string, T>> {
  const inner = record(value);
  return checker(
    (v, at, issues) => {
      inner(v, at, issues);
      if (typeof v !== 'object' || v === null) return;
      for (const k of Object.keys(v)) if (!isDateShape(k)) issues.push({ path: [...at, k], message: '应为 YYYY-MM-DD 日期' });
    },
    (v) => inner.ok(v) && Object.keys(v as object).every(isDateShape),
  );
}

const yearSummaryCheck = object<YearSummary>({
  received: int({ min: 1 }),
  closed: int({ min: 0 }),
  bySource: record(int({ min: 1 })),
  sourceMonths: optional(record(record(int({ min: 1 })))),
  backlogMonths: record(nullable(date)),
  repeatedBy: record(array(string({ min: 1 }))),
  closings: optional(dateKeyed(int({ min: 1 }))),
  monthSeals: record(sealValue),
});

const summaryCheck = object<StoreSummary>({ schemaVersion: version, years: record(yearSummaryCheck) });

const openSummaryCheck = object<OpenCaseSummary>({
  no: string({ min: 1 }),
  status: oneOf(CASE_STATUSES),
  receivedDate: date,
  acceptedDate: nullable(date),
  dueDate: nullable(date),
  dueProvisional: optional(boolean()),
  extensionDays: optional(int({ min: 1 })),
  unit: text,
  leader: text,
  summary: text,
});

const openCheck = object<OpenFile>({ schemaVersion: version, cases: array(openSummaryCheck) });

const peopleCheck = object<PeopleShard>({ schemaVersion: version, people: record(array(object({ no: text, date }))) });

const spec = <T>(kind: string, checker: Checker<T>): DocSpec<T> => ({ kind, check: (v) => check(checker, v) });
export const monthSpec = spec('cases', monthCheck);
export const yearIndexSpec = spec('cases-index', indexCheck);
export const openSpec = spec('cases-open', openCheck);
export const peopleSpec = spec('cases-people', peopleCheck);
export const summarySpec = spec('cases-summary', summaryCheck);

/** As stored: the shape, and an intact seal (seal.ts). */
const sealed = <T>(s: DocSpec<T>): DocSpec<T> => ({ ...s, sealed: true }) as DocSpec<T>;
export const storedMonthSpec = sealed(monthSpec);
export const storedYearIndexSpec = sealed(yearIndexSpec);
export const storedOpenSpec = sealed(openSpec);
export const storedPeopleSpec = sealed(peopleSpec);
export const storedSummarySpec = sealed(summarySpec);
