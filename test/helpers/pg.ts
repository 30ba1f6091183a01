// PostgreSQL ledgers for the tests: XINFANG_TEST_PG names a server (.ci/run starts a throw-away cluster with
// scripts/pg-cluster.sh and sets it); each ledger is a new database on it, dropped when the test file ends. Without
// XINFANG_TEST_PG the PostgreSQL tests are skipped, and test/helpers/pg-skip-notice.ts says so once for the run.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';

/** The server's URL (its `postgres` database, or any database the tests may connect to), or null. */
export function pgBase(): string | null {
  const url = process.env.XINFANG_TEST_PG?.trim();
  return url ? url : null;
}

/** `describe` when a server is given, else `describe.skip` (the notice is printed once, not here). */
export const describePg = (pgBase() ? describe : describe.skip) as jest.Describe;

/** The URL of database `db` on the same server: the same user, host and parameters (?host=/…/sock). */
export function pgUrl(db: string, base = requireBase()): string {
  const m = /^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?(\?[^#]*)?$/i.exec(base);
  if (!m) throw new Error(`XINFANG_TEST_PG is not a postgres:// URL: ${base}`);
  return `${m[1]}/${db}${m[3] ?? ''}`;
}

function requireBase(): string {
  const base = pgBase();
  if (!base) throw new Error('XINFANG_TEST_PG is not set');
  return base;
}

/** Runs SQL with psql as the server's administrator (or on `url`); its unaligned output, trimmed. Throws on error. */
export function psql(sql: string, url = requireBase(), input?: string): string {
  const r = spawnSync('psql', [url, '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8', input });
  if (r.status !== 0) throw new Error(`psql ${sql.slice(0, 80)}: ${r.stderr || r.error}`);
  return r.stdout.trim();
}

/** Same, but the failure is returned, not thrown (to show what a role may not do). */
export function psqlTry(sql: string, url: string): { ok: boolean; out: string; err: string } {
  const r = spawnSync('psql', [url, '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}

const made: string[] = [];
const roles: string[] = [];

/** A new empty database (no tables: run `store init` on it); its URL. Dropped when the test file ends. */
export function freshPgLedger(): string {
  const db = `xf_${crypto.randomBytes(6).toString('hex')}`;
  psql(`CREATE DATABASE ${db}`);
  made.push(db);
  return pgUrl(db);
}

/** The database a URL names. */
export function dbNameOf(url: string): string {
  const db = /\/([^/?#]+)(\?|$)/.exec(url.replace(/^postgres(?:ql)?:\/\/[^/]*/i, ''))?.[1];
  if (!db) throw new Error(`no database in ${url}`);
  return db;
}

/** The same URL connecting as `role`. */
export function asRole(url: string, role: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/)[^@/?#]*@/i, `$1${role}@`);
}

/** A login role for a test (granted `group` when given), dropped when the test file ends; the URL as that role. */
export function pgLoginRole(dbUrl: string, group?: string): { role: string; url: string } {
  const role = `xf_user_${crypto.randomBytes(4).toString('hex')}`;
  psql(`CREATE ROLE ${role} LOGIN${group ? ` IN ROLE ${group}` : ''}`);
  // store init takes CONNECT away from PUBLIC: each person is given it, as the DBA does (docs/shared-ledger.md)
  psql(`GRANT CONNECT ON DATABASE ${dbNameOf(dbUrl)} TO ${role}`);
  roles.push(role);
  return { role, url: asRole(dbUrl, role) };
}

/** Every document of the ledger in database `url` (rel → text), as a data folder's snapshot() lists its files. */
export function pgDocs(url: string): Record<string, string> {
  const json = psql(`SELECT coalesce(json_object_agg(rel, body ORDER BY rel), '{}') FROM xinfang.docs`, url);
  return JSON.parse(json) as Record<string, string>;
}

if (typeof afterAll === 'function') {
  afterAll(() => {
    if (!pgBase()) return;
    for (const db of made.splice(0)) psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    for (const role of roles.splice(0)) psql(`DROP ROLE IF EXISTS ${role}`);
  });
}
