// Writing several files as one change: every new file is written to a temp file first, then a
// `.pending.json` list of renames is made durable, then the renames run. A process killed before the
// list exists leaves the old state; killed after, the next command finishes the renames (recoverPending).
// The change's journal line travels in the list, so a recovered change is journaled exactly once.
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';
import { fsyncDir, writeFileAtomic, writeTemp } from './atomic.js';
import { insideStore, refuseLinks } from './confine.js';
import { appendJournalOnce, JOURNAL_FILE } from './journal.js';
import { LOCK_FILE } from './lock.js';

export const PENDING_FILE = '.pending.json';

/** relPath → new text, or null to delete the file. */
export type FileChanges = Map<string, string | null>;

export interface Pending {
  renames: [string, string][]; // [temp, target], relative to the data folder
  deletes: string[];
  journal?: string; // the journal line (JSON) of this change, appended once the files are in place
}

/** Writes the temps and the durable pending list; after this the change will happen even if we are killed. */
export function prepareChanges(dir: string, changes: FileChanges, journal?: string): Pending {
  const pending: Pending = { renames: [], deletes: [], journal };
  for (const rel of changes.keys()) refuseLinks(dir, insideStore(dir, rel, '（本次修改）'));
  if (journal) refuseLinks(dir, path.join(dir, JOURNAL_FILE));
  for (const [rel, text] of changes) {
    if (text === null) pending.deletes.push(rel);
    else pending.renames.push([path.relative(dir, writeTemp(path.join(dir, rel), text)), rel]);
  }
  writeFileAtomic(path.join(dir, PENDING_FILE), JSON.stringify(pending));
  return pending;
}

export function applyChanges(dir: string, changes: FileChanges, journal?: string): void {
  finishChanges(dir, prepareChanges(dir, changes, journal));
}

/** Runs (or re-runs: every step may already have happened) the renames, deletes and journal line of a pending list. */
export function finishChanges(dir: string, pending: Pending): void {
  const touched = new Set<string>();
  for (const [tmp, rel] of pending.renames) {
    const from = path.join(dir, tmp);
    if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, rel));
    touched.add(path.dirname(path.join(dir, rel)));
  }
  for (const rel of pending.deletes) {
    fs.rmSync(path.join(dir, rel), { force: true });
    touched.add(path.dirname(path.join(dir, rel)));
  }
  for (const d of touched) fsyncDir(d);
  if (pending.journal) appendJournalOnce(dir, pending.journal);
  fs.rmSync(path.join(dir, PENDING_FILE), { force: true });
  fsyncDir(dir);
}

/** Completes a change a killed process left half done. Call with the lock held. */
export function recoverPending(dir: string): boolean {
  const file = path.join(dir, PENDING_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  let pending: Pending;
  try {
    pending = JSON.parse(text) as Pending;
  } catch {
    // Killed while writing the list itself (atomic write makes this near impossible): nothing was renamed yet.
    fs.rmSync(file, { force: true });
    return false;
  }
  checkPending(dir, pending);
  finishChanges(dir, pending);
  return true;
}

/** A pending list is input: every path in it must stay inside the data folder, before anything is renamed or removed. */
function checkPending(dir: string, p: Pending): void {
  const refuse = (what: string) => {
    throw new StoreError(`数据文件 ${path.join(dir, PENDING_FILE)} 已损坏或被篡改（${what}），已拒绝执行，未做任何改动；请检查后删除该文件`);
  };
  if (typeof p !== 'object' || p === null || !Array.isArray(p.renames) || !Array.isArray(p.deletes)) refuse('结构不对');
  for (const r of p.renames) {
    if (!Array.isArray(r) || r.length !== 2 || typeof r[0] !== 'string' || !r[0].endsWith('.tmp')) refuse(`条目 ${JSON.stringify(r)}`);
    for (const rel of r) refuseLinks(dir, insideStore(dir, rel, PENDING_FILE));
  }
  for (const rel of p.deletes) refuseLinks(dir, insideStore(dir, rel, PENDING_FILE));
  if (p.journal !== undefined) {
    let ok = typeof p.journal === 'string' && p.journal.endsWith('\n') && !p.journal.slice(0, -1).includes('\n');
    try {
      ok &&= typeof (JSON.parse(p.journal) as { backup?: unknown }).backup === 'string';
    } catch {
      ok = false;
    }
    if (!ok) refuse('日志行无效');
  }
}

const TEMP_PID_RE = /\.(\d+)\.[a-z0-9]*\.tmp$/;

/** Whether the process `pid` still runs (a temp's writer, a lock's holder). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temp files left by a process killed before it wrote its pending list: the change never happened. Under the lock
 * every temp is such a leftover; without it (`deadOnly`, when a store is opened, after any pending list was finished)
 * only those whose writer (named in the temp's name) is gone — a live writer's temps are its change in progress.
 */
export function removeStrayTemps(dir: string, skip: string[] = [], deadOnly = false): void {
  const found: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!skip.includes(path.relative(dir, p))) walk(p);
      } else if (e.name.endsWith('.tmp')) {
        const pid = Number(TEMP_PID_RE.exec(e.name)?.[1] ?? NaN);
        // a lock being taken (lock.ts writes it aside, then links it) is made before its writer holds the lock:
        // even the lock's holder removes one only when its writer is gone
        const takingLock = e.name.startsWith(`${LOCK_FILE}.`);
        if ((!deadOnly && !takingLock) || (Number.isInteger(pid) && pid !== process.pid && !alive(pid))) found.push(p);
      }
    }
  };
  walk(dir);
  // A writer found dead above can no longer write a pending list: if there is none now, its temps are garbage;
  // if there is one, they may be its change, which the next locked command finishes.
  if (deadOnly && fs.existsSync(path.join(dir, PENDING_FILE))) return;
  for (const p of found) fs.rmSync(p, { force: true });
}
