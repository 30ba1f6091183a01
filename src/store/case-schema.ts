// Run-time shapes of the case files (cases/…); every load is checked against them. Mirrors Case in src/domain/model.ts.
import { z } from 'zod';
import type { OpenCaseSummary } from '../domain/case-deadlines.js';
import { CASE_RESULTS, CASE_STATUSES, CHANNELS, SATISFACTIONS } from '../domain/model.js';
import type { Case } from '../domain/model.js';
import type { DocSpec } from './json-doc.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 日期');
const month = z.string().regex(/^\d{4}-\d{2}$/, '应为 YYYY-MM 月份');
const version = z.number().int().min(1);

export const caseSchema = z.object({
  no: z.string().min(1),
  receivedDate: date,
  channel: z.enum(CHANNELS),
  source: z.string(),
  docNo: z.string(),
  petitioner: z.object({ name: z.string(), phone: z.string(), idNumber: z.string(), address: z.string() }),
  persons: z.number().int().min(1),
  region: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  summary: z.string(),
  demands: z.string(),
  reception: z.object({ date, leader: z.string() }).nullable(),
  repeatOf: z.array(z.string()),
  status: z.enum(CASE_STATUSES),
  acceptedDate: date.nullable(),
  rejectReason: z.string(),
  unit: z.string(),
  leader: z.string(),
  dueDate: date.nullable(),
  extension: z.object({ days: z.number().int().min(1), reason: z.string(), date }).nullable(),
  closedDate: date.nullable(),
  result: z.enum(CASE_RESULTS).nullable(),
  replyDate: date.nullable(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  history: z.array(z.object({ date, action: z.string(), note: z.string() })),
}) satisfies z.ZodType<Case>;

/** cases/YYYY/YYYY-MM.json: the cases received in one month. */
export interface MonthFile {
  schemaVersion: number;
  month: string;
  cases: Case[];
}

/** cases/YYYY/index.json: the next number of the year, and which month file holds each number. */
export interface YearIndex {
  schemaVersion: number;
  year: number;
  nextSeq: number;
  months: Record<string, string>;
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

/** cases/people/XX.json: sha256 of a petitioner key (never the key itself) → their cases. */
export interface PeopleShard {
  schemaVersion: number;
  people: Record<string, PersonRef[]>;
}

const monthSchema = z.object({ schemaVersion: version, month, cases: z.array(caseSchema) }) satisfies z.ZodType<MonthFile>;

const indexSchema = z.object({
  schemaVersion: version,
  year: z.number().int(),
  nextSeq: z.number().int().min(1),
  months: z.record(z.string(), z.string().regex(/^\d{2}$/)),
}) satisfies z.ZodType<YearIndex>;

const openSummary = z.object({
  no: z.string().min(1),
  status: z.enum(CASE_STATUSES),
  receivedDate: date,
  acceptedDate: date.nullable(),
  dueDate: date.nullable(),
  unit: z.string(),
  leader: z.string(),
  summary: z.string(),
}) satisfies z.ZodType<OpenCaseSummary>;

const openSchema = z.object({ schemaVersion: version, cases: z.array(openSummary) }) satisfies z.ZodType<OpenFile>;

const peopleSchema = z.object({
  schemaVersion: version,
  people: z.record(z.string(), z.array(z.object({ no: z.string(), date }))),
}) satisfies z.ZodType<PeopleShard>;

export const monthSpec: DocSpec<MonthFile> = { kind: 'cases', schema: monthSchema };
export const yearIndexSpec: DocSpec<YearIndex> = { kind: 'cases-index', schema: indexSchema };
export const openSpec: DocSpec<OpenFile> = { kind: 'cases-open', schema: openSchema };
export const peopleSpec: DocSpec<PeopleShard> = { kind: 'cases-people', schema: peopleSchema };
