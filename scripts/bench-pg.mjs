// The PostgreSQL column of `npm run bench` (docs/shared-ledger.md): a server given by XINFANG_BENCH_PG (or
// XINFANG_TEST_PG), else a throw-away cluster started with scripts/pg-cluster.sh; each bench store copied into a
// fresh database of its own with `xinfang store copy`, as an office would move its ledger.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const URL_PARTS = /^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?(\?[^#]*)?$/i;

/** The same server, another database. */
export function withDatabase(url, name) {
  const m = URL_PARTS.exec(url);
  if (!m) throw new Error(`not a postgres:// URL: ${url}`);
  return `${m[1]}/${name}${m[3] ?? ''}`;
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
  return r.stdout.trim();
}

/**
 * The server to measure against: { url, note, stop() }, or { skipped: reason }. A cluster this script starts runs
 * with fsync on (pg-cluster.sh turns it off for the tests), so that a commit costs what it costs on a real server.
 */
export async function pgServer(root) {
  const given = process.env.XINFANG_BENCH_PG || process.env.XINFANG_TEST_PG;
  if (given) return { url: given, note: 'given server', stop() {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-bench-pg-'));
  const script = path.join(root, 'scripts', 'pg-cluster.sh');
  const r = spawnSync('sh', [script, 'start', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    return { skipped: `no PostgreSQL (set XINFANG_BENCH_PG, or install the server: ${r.stderr.trim().split('\n')[0]})` };
  }
  const url = r.stdout.trim();
  const stop = () => {
    spawnSync('sh', [script, 'stop', dir], { stdio: 'ignore' });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await admin(url, ['ALTER SYSTEM SET fsync = on', 'SELECT pg_reload_conf()']);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, note: 'throw-away cluster on a Unix socket, fsync on', stop };
}

async function admin(url, statements) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/** A fresh database holding a copy of the store in `dir`: its URL and how long `store init` and `store copy` took. */
export async function pgCopyOf(root, server, dir, size) {
  const name = `xinfang_bench_${size}`;
  await admin(server.url, [`DROP DATABASE IF EXISTS ${name}`, `CREATE DATABASE ${name}`]);
  const url = withDatabase(server.url, name);
  const bin = path.join(root, 'bin', 'xinfang');
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.XINFANG_STORE;
  sh(process.execPath, [bin, '--store', url, 'store', 'init'], { env });
  const t = process.hrtime.bigint();
  sh(process.execPath, [bin, 'store', 'copy', '--from', dir, '--to', url], { env });
  return { url, copyMs: Number(process.hrtime.bigint() - t) / 1e6 };
}
