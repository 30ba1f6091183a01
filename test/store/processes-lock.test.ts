// The cross-process lock, with real processes of the binary: parallel writers never lose an update; a live
// holder makes a writer give up with a message naming it; a dead holder's lock does not block anyone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listBackups } from '../../src/store/backup.js';
import { initStore, snapshot } from '../helpers/cli.js';
import { deadPid, outcome, runProc, runSync, sleeper } from './helpers/proc.js';
import { journalLines, leaderNames, leftovers } from './helpers/store-fixtures.js';

function writeLock(dir: string, pid: number, command = '测试占用'): string {
  const file = path.join(dir, '.lock');
  fs.writeFileSync(file, JSON.stringify({ pid, host: os.hostname(), command, since: new Date().toISOString() }));
  return file;
}

test('20 `leader add` started at once all land: 20 leaders, 20 journal lines, a valid config, ordered backups', async () => {
  const dir = initStore();
  const names = Array.from({ length: 20 }, (_, i) => `领导${i + 1}`);
  const results = await Promise.all(names.map((n) => runProc(dir, ['leader', 'add', '--name', n], { limitMs: 40000 })));
  expect(results.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
  expect(leaderNames(dir).sort()).toEqual([...names].sort()); // leaderNames validates config.json as the store does
  const adds = journalLines(dir).filter((l) => l.command === 'leader add');
  expect(adds).toHaveLength(20);
  expect(adds.flatMap((l) => l.records as string[]).sort()).toEqual(names.map((n) => `leader:${n}`).sort());
  // backups are in commit order: the 20 kept are the 20 adds, in the journal's order, numbered without gaps
  const backups = listBackups(dir);
  expect(backups.map((b) => b.id)).toEqual(adds.map((l) => l.backup));
  expect(backups.map((b) => b.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  // and the order of leaders is the order the journal says they were added in
  expect(leaderNames(dir)).toEqual(adds.map((l) => (l.records as string[])[0].replace('leader:', '')));
  expect(leftovers(dir)).toEqual([]);
});

describe('a lock held by a live process', () => {
  test('a write command says whom it waits for, then gives up with exit 3 and one line naming the holder; the store is untouched', () => {
    const dir = initStore();
    const holder = sleeper();
    try {
      const lock = writeLock(dir, holder.pid!);
      const before = snapshot(dir);
      const r = runSync(dir, ['leader', 'add', '--name', '张明'], { env: { XINFANG_LOCK_TIMEOUT_MS: '1500' }, limitMs: 8000 });
      expect(r.code).toBe(3);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^提示：数据目录正被进程 ${holder.pid}（命令“测试占用”.*正在排队等待`)); // said while waiting
      expect(lines[1]).toMatch(/^错误：数据目录 .* 正被进程 \d+（命令“测试占用”/);
      expect(lines[1]).toContain(`进程 ${holder.pid}`);
      expect(lines[1]).toContain(lock); // says which file to delete if the holder is really gone
      expect(r.stdout).toBe('');
      expect(snapshot(dir)).toEqual(before); // the lock file is still the holder's, nothing else changed
    } finally {
      holder.kill('SIGKILL');
    }
  });

  test('reading is not blocked by a writer holding the lock', () => {
    const dir = initStore();
    const holder = sleeper();
    try {
      writeLock(dir, holder.pid!);
      const r = runSync(dir, ['--json', 'leader', 'list'], { env: { XINFANG_LOCK_TIMEOUT_MS: '1500' }, limitMs: 8000 });
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(JSON.parse(r.stdout)).toEqual([]);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});

describe('a lock left behind does not block the next command', () => {
  test('by a process that has exited', async () => {
    const dir = initStore();
    writeLock(dir, await deadPid(), 'leader add');
    const r = runSync(dir, ['leader', 'add', '--name', '张明'], { env: { XINFANG_LOCK_TIMEOUT_MS: '1500' }, limitMs: 8000 });
    expect(outcome(r)).toEqual({ code: 0, stderr: '' });
    expect(leaderNames(dir)).toEqual(['张明']);
    expect(leftovers(dir)).toEqual([]);
  });

  test('by a process killed between creating the lock file and writing its name (an old, empty lock)', () => {
    const dir = initStore();
    const file = path.join(dir, '.lock');
    fs.writeFileSync(file, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    const r = runSync(dir, ['leader', 'add', '--name', '张明'], { env: { XINFANG_LOCK_TIMEOUT_MS: '1500' }, limitMs: 8000 });
    expect(outcome(r)).toEqual({ code: 0, stderr: '' });
    expect(leaderNames(dir)).toEqual(['张明']);
  });
});
