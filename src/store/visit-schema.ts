// Run-time shape of visits/YYYY.json; every load is checked against it like the case files. Mirrors visit-model.ts.
import { RULE_KINDS } from '../domain/model.js';
import { VISIT_KINDS, VISIT_STATUSES, type LeaderNotice, type ReceptionRecord, type Visit, type VisitYear } from '../domain/reception/visit-model.js';
import { array, bool, check, type Checker, int, isDateShape, nullable, object, oneOf, optional, string } from './check.js';
import type { DocSpec } from './json-doc.js';

const text = string();
const date = string({ shape: isDateShape, message: '应为 YYYY-MM-DD 日期' });

const visitCheck: Checker<Visit> = object<Visit>({
  id: string({ pattern: /^Y\d{4}-\d{3,}$/, message: '应为 Y年份-序号 的预约编号' }),
  kind: oneOf(VISIT_KINDS),
  date,
  leader: string({ min: 1 }),
  location: text,
  time: text,
  staff: text,
  name: string({ min: 1 }),
  phone: string({ min: 1 }),
  summary: text,
  persons: int({ min: 1, max: 9999 }),
  representatives: optional(array(string({ min: 1 }))),
  bookedOn: date,
  status: oneOf(VISIT_STATUSES),
  noticeGiven: nullable(date),
  caseNo: nullable(string({ min: 1 })),
  history: array(object({ date, action: text, note: text })),
});

const recordCheck: Checker<ReceptionRecord> = object<ReceptionRecord>({
  date,
  held: bool(),
  leaders: array(text),
  note: text,
  reason: text,
  closedOn: date,
});

const noticeCheck: Checker<LeaderNotice> = object<LeaderNotice>({ date, kind: oneOf(RULE_KINDS), leader: text, givenOn: date });

const yearCheck = object<VisitYear>({
  schemaVersion: int({ min: 1 }),
  year: int({ min: 1990, max: 2100 }),
  nextSeq: int({ min: 1 }),
  visits: array(visitCheck),
  days: array(recordCheck),
  leaderNotices: array(noticeCheck),
});

export const visitYearSpec: DocSpec<VisitYear> = { kind: 'visits', check: (v) => check(yearCheck, v) };
/** As stored: the shape, and an intact seal (seal.ts). */
export const storedVisitYearSpec: DocSpec<VisitYear> = { ...visitYearSpec, sealed: true };
