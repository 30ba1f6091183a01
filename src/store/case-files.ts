// Where the case files live and what the derived ones hold, shared by the repo (daily reads and writes) and by the
// integrity check that re-derives them from the month files.
//   cases/YYYY/YYYY-MM.json  the cases received that month (the truth)
//   cases/YYYY/index.json    next number of the year; number → month; cases per source; each month file's seal
//   cases/open.json          a summary of every case still running against a deadline (for `case due`)
//   cases/people/XX.json     HMAC(secret, petitioner key) → their cases, sharded by the first two hex digits
//   secret.key               the per-store HMAC key (0600), never leaves the data folder
import crypto from 'node:crypto';
import type { OpenCaseSummary } from '../domain/case-deadlines.js';
import type { Case, ISOMonth } from '../domain/model.js';

export const CASES_DIR = 'cases';
export const OPEN_REL = `${CASES_DIR}/open.json`;
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
  return rel === 'config.json' || rel === SECRET_REL || /^cases\/\d{4}\/\d{4}-\d{2}\.json$/.test(rel);
}

export const CLOSED: ReadonlySet<Case['status']> = new Set(['已办结', '已评价', '不予受理']);

/** counts[key] += by, dropping a count that reaches 0 (an own property even for a name like "__proto__"). */
export function bump(counts: Record<string, number>, key: string, by: number): void {
  const n = (Object.hasOwn(counts, key) ? counts[key] : 0) + by;
  if (n > 0) Object.defineProperty(counts, key, { value: n, enumerable: true, writable: true, configurable: true });
  else delete counts[key];
}

export function countBySource(cases: readonly Case[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cases) bump(counts, c.source, 1);
  return counts;
}

export function openSummary(c: Case): OpenCaseSummary {
  return {
    no: c.no,
    status: c.status,
    receivedDate: c.receivedDate,
    acceptedDate: c.acceptedDate,
    dueDate: c.dueDate,
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
