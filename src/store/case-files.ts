// Where the case files live and what the derived ones hold, shared by the repo (daily reads and writes) and by the
// integrity check that re-derives them from the month files.
//   cases/YYYY/YYYY-MM.json  the cases received that month (the truth)
//   cases/YYYY/index.json    next number of the year; number → month; counts per source and of 办结 (year-counts.ts);
//                            the cases that may be 积案 later (year-backlog.ts); each month file's seal and size
//   cases/open.json          a summary of every case still running against a deadline (for `case due`)
//   cases/summary.json       per year, what later years' reports need of it, from its index (year-summary.ts)
//   cases/people/XX.json     HMAC(secret, petitioner key) → their cases, sharded by the first two hex digits
//   secret.key               the per-store HMAC key (0600), never leaves the data folder
import crypto from 'node:crypto';
import { openReview, runningDueDate } from '../domain/cases/after-reply.js';
import type { OpenCaseSummary } from '../domain/cases/deadlines.js';
import type { Case, ISOMonth } from '../domain/model.js';

export const CASES_DIR = 'cases';
export const OPEN_REL = `${CASES_DIR}/open.json`;
export const SUMMARY_REL = `${CASES_DIR}/summary.json`;
export const SECRET_REL = 'secret.key';
export const monthRel = (m: ISOMonth): string => `${CASES_DIR}/${m.slice(0, 4)}/${m}.json`;
export const indexRel = (y: number): string => `${CASES_DIR}/${y}/index.json`;
export const shardRel = (hash: string): string => `${CASES_DIR}/people/${hash.slice(0, 2)}.json`;
export const MONTH_FILE_RE = /^(\d{4}-\d{2})\.json$/;

/**
 * The files that are the truth of the store (the others are derived from them and rebuilt by `check --repair`):
 * the backups keep the version each change wrote of these only, so a change costs one extra copy, not five.
 */
export function isPrimary(rel: string): boolean {
  return rel === 'config.json' || rel === SECRET_REL || /^cases\/\d{4}\/\d{4}-\d{2}\.json$/.test(rel) || /^visits\/\d{4}\.json$/.test(rel);
}

export const CLOSED: ReadonlySet<Case['status']> = new Set(['已办结', '已评价', '不予受理']);

export function openSummary(c: Case): OpenCaseSummary {
  return {
    no: c.no,
    status: c.status,
    receivedDate: c.receivedDate,
    acceptedDate: c.acceptedDate,
    dueDate: runningDueDate(c),
    ...(c.dueProvisional && !openReview(c) ? { dueProvisional: true, ...(c.extension ? { extensionDays: c.extension.days } : {}) } : {}),
    unit: c.unit,
    leader: c.leader,
    summary: c.summary,
  };
}

/** A new store secret: 32 random bytes, hex. */
export function newSecret(): string {
  return crypto.randomBytes(32).toString('hex') + '\n';
}

/**
 * The index key of a petitioner key. Keyed, so that the index cannot be turned back into ID numbers by trying every
 * possible one (an ID number has little entropy once the district and birth year are known) without the secret.
 */
export function personHash(secret: string, key: string): string {
  return crypto.createHmac('sha256', secret.trim()).update(key).digest('hex');
}
