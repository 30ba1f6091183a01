// One writer at a time across processes: an exclusive-create lock file naming its holder.
// A lock whose holder process is gone (killed) is taken over at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreError } from '../errors.js';
import { FILE_MODE } from './atomic.js';

export const LOCK_FILE = '.lock';

interface LockInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null; // vanished, or caught half-written
  }
}

function holderAlive(info: LockInfo): boolean {
  if (info.host !== os.hostname()) return true; // cannot tell for another machine: assume alive
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a lock left by a dead process; renaming first means two rescuers cannot both delete a fresh lock. */
function breakStaleLock(file: string, seen: LockInfo | null): void {
  const aside = `${file}.stale.${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readLock(aside);
  if (moved && (!seen || moved.pid !== seen.pid || moved.since !== seen.since)) {
    // We moved a live holder's fresh lock: put it back if nobody has taken the place meanwhile.
    try {
      fs.linkSync(aside, file);
    } catch {
      /* someone else holds it now; they are the holder */
    }
  }
  fs.rmSync(aside, { force: true });
}

function writeInPlace(file: string, me: LockInfo): void {
  const fd = fs.openSync(file, 'wx', FILE_MODE);
  try {
    fs.writeSync(fd, JSON.stringify(me));
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw e;
  }
  fs.closeSync(fd);
}

/** A lock file its creator never finished writing (killed between create and write: an older version, or a file system without hard links). */
function emptyAndOld(file: string): boolean {
  try {
    const st = fs.statSync(file);
    return st.size === 0 && Date.now() - st.mtimeMs > 2000;
  } catch {
    return false;
  }
}

export interface LockOptions {
  command: string;
  timeoutMs?: number;
  /** Told once, after a short wait, who holds the lock (the CLI says so on stderr); the wait goes on. */
  onWait?: (holder: string) => void;
}

/** Writers queue behind each other for up to this long in all before giving up (a burst of 50 clerks' commands). */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
const TELL_AFTER_MS = 1000;

function holderText(holder: LockInfo | null): string {
  return holder ? `进程 ${holder.pid}（命令“${holder.command}”，自 ${holder.since} 起）` : '另一个进程';
}

/**
 * Creates the lock file with our details in one step: written to a temp file, then linked into place (link fails
 * with EEXIST when the lock is held). The lock therefore never exists empty — a process killed between creating and
 * writing it left one before, which made the next writer wait for it to age. On any failure the temp goes again.
 */
function createLock(file: string, me: LockInfo): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'wx', FILE_MODE);
    try {
      fs.writeSync(fd, JSON.stringify(me));
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
      writeInPlace(file, me); // a file system without hard links (FAT on a USB drive): create, then write
    }
  } catch (e) {
    (e as NodeJS.ErrnoException).path ??= file;
    throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Takes the lock or throws StoreError naming the holder after timeoutMs. Returns the release function. */
export function acquireLock(dir: string, opts: LockOptions): () => void {
  const file = path.join(dir, LOCK_FILE);
  const fromEnv = Number(process.env.XINFANG_LOCK_TIMEOUT_MS || NaN); // unset, empty or not a number: the default (NaN would wait forever)
  const timeoutMs = opts.timeoutMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_LOCK_TIMEOUT_MS);
  const me: LockInfo = { pid: process.pid, host: os.hostname(), command: opts.command, since: new Date().toISOString() };
  const started = Date.now();
  const deadline = started + timeoutMs;
  let told = false;
  let wait = 5;
  for (;;) {
    try {
      createLock(file, me);
      return () => {
        const cur = readLock(file);
        if (cur && cur.pid === me.pid && cur.since === me.since) fs.rmSync(file, { force: true });
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        throw new StoreError(`无法在数据目录 ${dir} 中写入（${code}），请检查文件夹权限`);
      }
      if (code === 'ENOSPC' || code === 'EDQUOT') throw new StoreError(`磁盘空间不足，无法写入 ${file}；数据未改变，请腾出磁盘空间后重试`);
      if (code !== 'EEXIST') throw e;
    }
    const holder = readLock(file);
    if (holder ? !holderAlive(holder) : emptyAndOld(file)) {
      breakStaleLock(file, holder);
      continue;
    }
    const now = Date.now();
    if (now >= deadline) {
      throw new StoreError(`数据目录 ${dir} 正被${holderText(holder)}占用，等待 ${Math.round(timeoutMs / 1000)} 秒后仍未释放，请稍后重试；若该进程已不存在，删除 ${file} 后重试`);
    }
    if (!told && now - started >= TELL_AFTER_MS) {
      told = true;
      opts.onWait?.(holderText(holder));
    }
    // random back-off, growing to 200 ms: a burst of writers spreads out instead of retrying in step
    sleep(Math.min(deadline - now, wait + Math.floor(Math.random() * wait)));
    wait = Math.min(wait * 2, 200);
  }
}
