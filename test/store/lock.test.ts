// The lock file itself, in-process (the process-level behaviour is in processes-lock.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreError } from '../../src/errors.js';
import { acquireLock } from '../../src/store/lock.js';
import { deadPid, sleeper } from './helpers/proc.js';
import { newStoreDir } from './helpers/store-fixtures.js';

function folder(): string {
  const dir = newStoreDir();
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const lockOf = (dir: string) => path.join(dir, '.lock');
const holderFile = (dir: string, pid: number, host = os.hostname()) =>
  fs.writeFileSync(lockOf(dir), JSON.stringify({ pid, host, command: 'leader add', since: '2027-01-04T01:02:03.000Z' }));

test('taking and releasing: the file names this process while held and is gone after', () => {
  const dir = folder();
  const release = acquireLock(dir, { command: '测试' });
  expect(JSON.parse(fs.readFileSync(lockOf(dir), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname(), command: '测试' });
  expect(fs.statSync(lockOf(dir)).mode & 0o777).toBe(0o600);
  release();
  expect(fs.existsSync(lockOf(dir))).toBe(false);
});

test('a second taker gives up after its timeout with a StoreError naming the holder and the file', () => {
  const dir = folder();
  const release = acquireLock(dir, { command: '第一个' });
  try {
    expect(() => acquireLock(dir, { command: '第二个', timeoutMs: 100 })).toThrow(StoreError);
    expect(() => acquireLock(dir, { command: '第二个', timeoutMs: 100 })).toThrow(new RegExp(`正被进程 ${process.pid}（命令“第一个”.*删除 ${lockOf(dir)} 后重试`));
  } finally {
    release();
  }
});

test('release does not remove a lock that is no longer ours', () => {
  const dir = folder();
  const release = acquireLock(dir, { command: '测试' });
  holderFile(dir, process.pid + 1); // someone else's now (as after a wrongly broken lock)
  release();
  expect(fs.existsSync(lockOf(dir))).toBe(true);
});

test('a lock naming a dead process is taken over at once', async () => {
  const dir = folder();
  holderFile(dir, await deadPid());
  const release = acquireLock(dir, { command: '接管', timeoutMs: 0 });
  expect(JSON.parse(fs.readFileSync(lockOf(dir), 'utf8')).pid).toBe(process.pid);
  release();
  expect(fs.readdirSync(dir)).toEqual([]); // no .stale leftovers
});

test('a lock naming a live process is respected', () => {
  const dir = folder();
  const holder = sleeper();
  try {
    holderFile(dir, holder.pid!);
    expect(() => acquireLock(dir, { command: '测试', timeoutMs: 100 })).toThrow(`进程 ${holder.pid}`);
    expect(JSON.parse(fs.readFileSync(lockOf(dir), 'utf8')).pid).toBe(holder.pid);
  } finally {
    holder.kill('SIGKILL');
  }
});

test('a lock from another machine (shared folder) is never broken: we cannot tell if its holder lives', async () => {
  const dir = folder();
  holderFile(dir, await deadPid(), 'another-machine');
  expect(() => acquireLock(dir, { command: '测试', timeoutMs: 100 })).toThrow(StoreError);
  expect(fs.existsSync(lockOf(dir))).toBe(true);
});

test('a fresh empty lock (its taker is between creating and writing it) is waited for, not broken', () => {
  const dir = folder();
  fs.writeFileSync(lockOf(dir), '');
  expect(() => acquireLock(dir, { command: '测试', timeoutMs: 100 })).toThrow(/另一个进程/);
  expect(fs.existsSync(lockOf(dir))).toBe(true);
});

test('XINFANG_LOCK_TIMEOUT_MS sets the wait (0: give up at once)', () => {
  const dir = folder();
  const release = acquireLock(dir, { command: '第一个' });
  const saved = process.env.XINFANG_LOCK_TIMEOUT_MS;
  process.env.XINFANG_LOCK_TIMEOUT_MS = '0';
  try {
    expect(() => acquireLock(dir, { command: '第二个' })).toThrow(StoreError);
  } finally {
    if (saved === undefined) delete process.env.XINFANG_LOCK_TIMEOUT_MS;
    else process.env.XINFANG_LOCK_TIMEOUT_MS = saved;
    release();
  }
});
