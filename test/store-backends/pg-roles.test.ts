// Who may do what on a PostgreSQL ledger, and what a clerk reads when it is refused: a write lock held elsewhere
// longer than XINFANG_LOCK_TIMEOUT_MS names its holder; a leader's role reads cases only masked, through the view,
// and the command line run as that role says so in one 错误 line; a clerk's role registers cases, and the journal
// names the role and the --operator.
import { spawn } from 'node:child_process';
import { ADD } from '../helpers/case-cli.js';
import { describePg, pgLoginRole, psql, psqlTry } from '../helpers/pg.js';
import { runProc } from '../store/helpers/proc.js';
import { newLedger, type Ledger } from './backends.js';

const TODAY = '2026-06-30';
const WRITE_LOCK = 786601; // src/store/pg/pg-store.ts

function bureau(): Ledger {
  const l = newLedger('postgres');
  for (const args of [['unit', 'add', '--name', '海州区', '--kind', '县区'], ADD]) l.ok(args, { today: TODAY });
  return l;
}

async function until(cond: () => boolean, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describePg('on a PostgreSQL ledger', () => {
  let l: Ledger;
  beforeAll(() => {
    l = bureau();
  });

  test('a write lock held by another connection past XINFANG_LOCK_TIMEOUT_MS: exit 3, the holder named, nothing changed', async () => {
    // another desk's session holds the lock (as every writing transaction takes it) until it is ended below
    const holder = spawn('psql', [l.url!, '-X', '-q', '-c', `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK}); SELECT pg_sleep(60); COMMIT;`], {
      env: { ...process.env, PGAPPNAME: 'desk-3' },
      stdio: 'ignore',
    });
    const ended = new Promise((r) => holder.on('close', r));
    try {
      await until(() => psql(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = ${WRITE_LOCK} AND granted`, l.url!) === '1', 10000);
      const before = l.docs();
      const started = Date.now();
      const r = await runProc(l.dir, ['case', 'accept', '2026-0001', '--date', '2026-03-05'], { env: { XINFANG_STORE: l.url, XINFANG_LOCK_TIMEOUT_MS: '1000' }, limitMs: 30000 });
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 3, stdout: '' });
      const lines = r.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(/^错误：台账正被“desk-3”（数据库用户 \w+）修改，等待 1 秒仍未结束，未做任何改动；请稍后再试$/);
      expect(lines.filter((x) => x.startsWith('错误'))).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(30_000); // refused after the timeout, not after the holder let go
      expect(l.docs()).toEqual(before);
    } finally {
      // the server would keep the lock until its statement ends: the session is ended on the server as well
      psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'desk-3'`, l.url!);
      holder.kill('SIGKILL');
      await ended;
    }
  }, 60_000);

  test('a leader role reads the cases masked through xinfang.cases_masked, not xinfang.docs', () => {
    const { url } = pgLoginRole(l.url!, 'xinfang_leader');
    const masked = psqlTry(`SELECT no, petitioner, phone FROM xinfang.cases_masked`, url);
    expect(masked).toMatchObject({ ok: true, out: '2026-0001|王**|138****8000' });
    const docs = psqlTry('SELECT count(*) FROM xinfang.docs', url);
    expect(docs.ok).toBe(false);
    expect(docs.err).toContain('permission denied');
    const journal = psqlTry('SELECT count(*) FROM xinfang.journal', url);
    expect(journal).toMatchObject({ ok: true });
  });

  test.each([
    ['a read', ['case', 'list', '--year', '2026']],
    ['a write', ['leader', 'add', '--name', '赵一', '--title', '副局长']],
  ])('the command line as the leader role (%s): one 错误 line, exit 3, no stack trace', (_what, args) => {
    const { url } = pgLoginRole(l.url!, 'xinfang_leader');
    const before = l.docs();
    const r = l.xf(args, { today: TODAY, env: { XINFANG_STORE: url } });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 3, stdout: '' });
    expect(r.stderr).toMatch(/^错误：[^\n]*无权[^\n]*xinfang_clerk[^\n]*\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(l.docs()).toEqual(before);
  });

  test('a clerk role registers a case; the journal records the role and --operator', () => {
    const { role, url } = pgLoginRole(l.url!, 'xinfang_clerk');
    const r = l.xf(['--operator', '周敏', ...ADD], { today: TODAY, env: { XINFANG_STORE: url } });
    expect({ code: r.code, stderr: r.stderr.match(/^错误.*$/m)?.[0] ?? '' }).toEqual({ code: 0, stderr: '' });
    expect(r.stderr + r.stdout).toContain('已登记信访件 2026-0002');
    const row = psql(`SELECT role || '|' || operator || '|' || command || '|' || array_to_string(records, ',') FROM xinfang.journal ORDER BY id DESC LIMIT 1`, l.url!);
    expect(row).toBe(`${role}|周敏|case add|case:2026-0002,repeat-of:2026-0001`);
    expect(psql(`SELECT changed_by FROM xinfang.docs WHERE rel = 'cases/2026/2026-03.json'`, l.url!)).toBe(role);
    const check = l.xf(['check'], { today: TODAY, env: { XINFANG_STORE: url } });
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
