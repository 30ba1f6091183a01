// The zod schemas the case files were checked with before src/store/check.ts: kept here only as the reference the
// hand-written checkers are compared against (same acceptance, same output, same message).
import { z } from 'zod';
import { CASE_RESULTS, CASE_STATUSES, CHANNELS, SATISFACTIONS } from '../../../src/domain/model.js';
import type { DocSpec } from '../../../src/store/json-doc.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 日期');
const month = z.string().regex(/^\d{4}-\d{2}$/, '应为 YYYY-MM 月份');
const version = z.number().int().min(1);

export const zodCase = z.object({
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
  dueProvisional: z.boolean().optional(),
  extension: z.object({ days: z.number().int().min(1), reason: z.string(), date }).nullable(),
  closedDate: date.nullable(),
  result: z.enum(CASE_RESULTS).nullable(),
  replyDate: date.nullable(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  history: z.array(z.object({ date, action: z.string(), note: z.string() })),
  visit: z.string().regex(/^Y\d{4}-\d{3,}$/, '应为 Y年份-序号 的预约编号').optional(), // added with appointments
});

const monthSchema = z.object({ schemaVersion: version, month, cases: z.array(zodCase) });

const indexSchema = z.object({
  schemaVersion: version,
  year: z.number().int(),
  nextSeq: z.number().int().min(1),
  months: z.record(z.string(), z.string().regex(/^\d{2}$/)),
  bySource: z.record(z.string(), z.number().int().min(1)).optional(), // added with the hand-written checkers
  closed: z.number().int().min(0).optional(),
});

const openSummary = z.object({
  no: z.string().min(1),
  status: z.enum(CASE_STATUSES),
  receivedDate: date,
  acceptedDate: date.nullable(),
  dueDate: date.nullable(),
  dueProvisional: z.boolean().optional(),
  extensionDays: z.number().int().min(1).optional(),
  unit: z.string(),
  leader: z.string(),
  summary: z.string(),
});

const openSchema = z.object({ schemaVersion: version, cases: z.array(openSummary) });

const peopleSchema = z.object({
  schemaVersion: version,
  people: z.record(z.string(), z.array(z.object({ no: z.string(), date }))),
});

export const zodMonthSpec: DocSpec<unknown> = { kind: 'cases', schema: monthSchema };
export const zodYearIndexSpec: DocSpec<unknown> = { kind: 'cases-index', schema: indexSchema };
export const zodOpenSpec: DocSpec<unknown> = { kind: 'cases-open', schema: openSchema };
export const zodPeopleSpec: DocSpec<unknown> = { kind: 'cases-people', schema: peopleSchema };
