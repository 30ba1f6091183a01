// SIGKILL in the middle of writing, with real processes of the binary: after every kill the store loads, holds
// the old or the new state, and the next write succeeds (the killed process's lock does not block it).
import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../../src/store/backup.js';
import { tempDir } from '../helpers/cli.js';
import { outcome, runProc, startProc } from './helpers/proc.js';
import { journalLines, leaderNames, leftovers, seededRandom } from './helpers/store-fixtures.js';

const SEED = 20270104;
const STORES = 4; // run side by side, each taking its tries in turn
const TRIES_PER_STORE = 5;

type Aim = { from: 'spawn'; ms: number } | { from: 'lock'; ms: number };

/** Starts `leader add` and SIGKILLs it `aim.ms` after it started, or after its lock file appeared (inside the write). */
async function addAndKill(dir: string, name: string, aim: Aim): Promise<{ signal: string | null }> {
  const p = startProc(dir, ['leader', 'add', '--name', name], { limitMs: 20000 });
  let watcher: fs.FSWatcher | null = null;
  const kill = () => setTimeout(() => p.child.kill('SIGKILL'), aim.ms);
  if (aim.from === 'spawn') kill();
  else {
    watcher = fs.watch(dir, (_e, f) => {
      if (f === '.lock' && watcher) {
        watcher.close();
        watcher = null;
        kill();
      }
    });
  }
  const r = await p.done;
  watcher?.close();
  return { signal: r.signal };
}

interface Outcome {
  killed: boolean;
  landed: boolean;
}

async function tortureStore(store: number, rand: () => number): Promise<Outcome[]> {
  const dir = path.join(tempDir(), 'data');
  const init = await runProc(dir, ['init', '--org', '测试局'], { limitMs: 20000 });
  expect(outcome(init)).toEqual({ code: 0, stderr: '' });
  const outcomes: Outcome[] = [];
  let expected: string[] = [];
  for (let t = 0; t < TRIES_PER_STORE; t++) {
    const victim = `杀${store}-${t}`;
    const aim: Aim = rand() < 0.5 ? { from: 'spawn', ms: Math.floor(rand() * 700) } : { from: 'lock', ms: Math.floor(rand() * 20) };
    const { signal } = await addAndKill(dir, victim, aim);
    const context = `store ${store} try ${t} ${JSON.stringify(aim)}`;

    // the store loads (config.json parses and validates) and holds the old or the new state
    const onDisk = leaderNames(dir);
    const landed = [...expected, victim];
    expect([expected, landed].map((s) => s.join())).toContain(onDisk.join());

    // the binary loads it too (finishing a change the killed process had made durable) — same two possibilities
    const list = await runProc(dir, ['--json', 'leader', 'list'], { env: { XINFANG_LOCK_TIMEOUT_MS: '3000' }, limitMs: 20000 });
    expect({ context, code: list.code, stderr: list.stderr }).toEqual({ context, code: 0, stderr: '' });
    const listed = (JSON.parse(list.stdout) as { name: string }[]).map((l) => l.name);
    expect([expected, landed].map((s) => s.join())).toContain(listed.join());
    expect(leaderNames(dir)).toEqual(listed);
    expected = listed;

    // the next write succeeds, and leaves nothing behind
    const next = await runProc(dir, ['leader', 'add', '--name', `后${store}-${t}`], { env: { XINFANG_LOCK_TIMEOUT_MS: '3000' }, limitMs: 20000 });
    expect({ context, code: next.code, stderr: next.stderr }).toEqual({ context, code: 0, stderr: '' });
    expected = [...expected, `后${store}-${t}`];
    expect(leaderNames(dir)).toEqual(expected);
    expect(leftovers(dir)).toEqual([]);
    outcomes.push({ killed: signal === 'SIGKILL', landed: listed.includes(victim) });
  }
  // every change that happened is journaled exactly once and has its backup, numbered without gaps
  const adds = journalLines(dir).filter((l) => l.command === 'leader add');
  expect(adds.map((l) => (l.records as string[])[0])).toEqual(expected.map((n) => `leader:${n}`));
  const backups = listBackups(dir);
  expect(backups.map((b) => b.seq)).toEqual(backups.map((_, i) => i + 1));
  expect(backups.slice(1).map((b) => b.id)).toEqual(adds.map((l) => l.backup));
  expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual(backups.map((b) => b.id).sort());
  return outcomes;
}

test(`SIGKILL during writes (${STORES * TRIES_PER_STORE} tries, seed ${SEED}): the store always loads, old or new state, next write works`, async () => {
  const rand = seededRandom(SEED);
  const seeds = Array.from({ length: STORES }, () => Math.floor(rand() * 2 ** 32));
  // async throughout: a synchronous run would stall the kill timers of the other stores
  const outcomes = (await Promise.all(seeds.map((s, i) => tortureStore(i, seededRandom(s))))).flat();
  expect(outcomes).toHaveLength(20);
  // the test only means something if some processes really died, some before and some after their change
  const killed = outcomes.filter((o) => o.killed);
  expect(killed.length).toBeGreaterThanOrEqual(5);
  expect(killed.some((o) => !o.landed)).toBe(true);
});
