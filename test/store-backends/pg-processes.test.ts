// Several clerks on one PostgreSQL ledger, as real processes: three at once registering 50 cases each get 150
// cases numbered without a gap; a client killed in the middle of its transaction loses nothing that was committed
// and leaves no half case behind.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { describePg, psql } from '../helpers/pg.js';
import { outcome, runProc, startProc } from '../store/helpers/proc.js';
import { seededRandom } from '../store/helpers/store-fixtures.js';
import { newLedger, type Ledger } from './backends.js';

const TODAY = '2026-06-30';
const caseAdd = (phone: string) => [
  'case', 'add', '--date', '2026-03-02', '--channel', '来访', '--source', '本级受理', '--name', '王某某', '--phone', phone,
  '--persons', '1', '--region', '海州区', '--category', '教育收费', '--summary', '反映某校违规收取资料费',
];

/** A ledger in a new database, with the unit the cases name. */
function ledger(): Ledger {
  const l = newLedger('postgres');
  l.ok(['unit', 'add', '--name', '海州区', '--kind', '县区'], { today: TODAY });
  return l;
}

/** The numbers of the year's cases, in order, as case list reports them. */
function numbers(l: Ledger): string[] {
  const list = JSON.parse(l.ok(['case', 'list', '--year', '2026', '--json'], { today: TODAY }).stdout) as { no: string }[];
  return list.map((c) => c.no).sort();
}

const gapFree = (n: number) => Array.from({ length: n }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`);

function expectConsistent(l: Ledger): void {
  const check = l.xf(['check'], { today: TODAY });
  expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
  const nos = numbers(l);
  expect(nos).toEqual(gapFree(nos.length));
  // every committed case add has its journal line and its backup; nothing else was journaled as one
  const journaled = l.journal().filter((e) => e.command === 'case add').map((e) => e.records[0]);
  expect(journaled.sort()).toEqual(nos.map((no) => `case:${no}`));
  expect(psql(`SELECT count(*) FROM xinfang.backups WHERE command = 'case add'`, l.url!)).toBe(String(Math.min(nos.length, 20)));
}

describePg('concurrent clerks', () => {
  test('3 processes × 50 case add at once: 150 cases, numbered 2026-0001…0150 without a gap', async () => {
    const l = ledger();
    const started = Date.now();
    const procs = [1, 2, 3].map((p) => {
      const args = [path.join(ROOT, 'test', 'store-backends', 'helpers', 'add-many.mjs'), ROOT, '50', TODAY, '--', ...caseAdd(`139${p}000{n}`)];
      const child = spawn(process.execPath, args, { env: { ...process.env, XINFANG_STORE: l.url, XINFANG_LOCK_TIMEOUT_MS: '60000' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      return new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
    });
    const done = await Promise.all(procs);
    process.stderr.write(`3 × 50 case add on PostgreSQL: ${Date.now() - started} ms\n`);
    const runs = done.flatMap((d) => {
      expect({ code: d.code, err: d.err }).toEqual({ code: 0, err: '' });
      return d.out.trim().split('\n').map((line) => JSON.parse(line) as { code: number; no: string | null; error: string });
    });
    expect(runs.filter((r) => r.code !== 0)).toEqual([]);
    const reported = runs.map((r) => r.no!).sort();
    expect(reported).toEqual(gapFree(150)); // each number reported once
    expect(numbers(l)).toEqual(gapFree(150));
    expectConsistent(l);
  }, 180_000);
});

describePg('a client killed mid-transaction', () => {
  test('at random moments: every case reported as registered is there, numbers gap-free, check clean', async () => {
    const l = ledger();
    const rand = seededRandom(16016);
    const registered: string[] = [];
    const WAVES = 3;
    let killed = 0;
    for (let wave = 0; wave < WAVES; wave++) {
      // three clerks at once; once the first of them is connected (its transactions are then near), each is killed
      // within the next 0.15 s: before, inside or after its transaction
      const procs = [0, 1, 2].map((k) => startProc(l.dir, caseAdd(`1380${wave}${k}00000`), { env: { XINFANG_STORE: l.url, XINFANG_LOCK_TIMEOUT_MS: '20000' }, limitMs: 30000 }));
      let ended = 0;
      procs.forEach((p) => void p.done.then(() => ended++));
      const connected = () => psql(`SELECT count(*) FROM pg_stat_activity WHERE application_name = 'xinfang case add' AND datname = current_database()`, l.url!) !== '0';
      await until(() => ended === procs.length || connected(), 20000);
      for (const p of procs) setTimeout(() => p.child.kill('SIGKILL'), Math.floor(rand() * 150));
      for (const r of await Promise.all(procs.map((p) => p.done))) {
        if (r.signal === 'SIGKILL') killed++;
        else {
          expect(outcome(r)).toEqual({ code: 0, stderr: expect.stringContaining('已登记信访件') });
          registered.push(/已登记信访件 (\d{4}-\d{4})/.exec(r.stderr + r.stdout)![1]);
        }
      }
    }
    process.stderr.write(`random kills: ${killed} of ${WAVES * 3} case add killed, ${registered.length} completed, ${numbers(l).length} cases in the ledger\n`);
    const nos = numbers(l);
    expect(nos).toEqual(expect.arrayContaining(registered));
    expectConsistent(l);
    // the next clerk goes on from there
    const next = await runProc(l.dir, caseAdd('13900000001'), { env: { XINFANG_STORE: l.url }, limitMs: 30000 });
    expect(outcome(next)).toEqual({ code: 0, stderr: expect.stringContaining(`已登记信访件 ${gapFree(nos.length + 1).at(-1)}`) });
    expectConsistent(l);
  }, 120_000);

  test('after every write of its transaction, before the commit: none of it stays, and the lock is freed', async () => {
    const l = ledger();
    l.ok(caseAdd('13900000001'), { today: TODAY });
    const before = l.docs();
    // each case add now pauses after its last write (the journal line), still inside its transaction
    psql(
      `CREATE FUNCTION pause() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$;
       CREATE TRIGGER pause AFTER INSERT ON xinfang.journal FOR EACH ROW EXECUTE FUNCTION pause();`,
      l.url!,
    );
    for (let i = 0; i < 2; i++) {
      const p = startProc(l.dir, caseAdd(`1390000010${i}`), { env: { XINFANG_STORE: l.url }, limitMs: 30000 });
      await until(() => psql(`SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname = current_database()`, l.url!) === '1', 20000);
      p.child.kill('SIGKILL');
      expect((await p.done).signal).toBe('SIGKILL');
    }
    psql('DROP TRIGGER pause ON xinfang.journal', l.url!);
    // the server ends a transaction whose client is gone (rolled back) once the statement it runs returns
    await until(() => psql(`SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'xinfang %' AND datname = current_database()`, l.url!) === '0', 20000);
    expect(l.docs()).toEqual(before);
    expect(numbers(l)).toEqual(gapFree(1));
    expectConsistent(l);
    // and the write lock went with it: the next clerk gets the next number at once
    const next = await runProc(l.dir, caseAdd('13900000002'), { env: { XINFANG_STORE: l.url, XINFANG_LOCK_TIMEOUT_MS: '1000' }, limitMs: 30000 });
    expect(outcome(next)).toEqual({ code: 0, stderr: expect.stringContaining('已登记信访件 2026-0002') });
    expect(numbers(l)).toEqual(gapFree(2));
    expectConsistent(l);
  }, 120_000);
});

async function until(cond: () => boolean, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
