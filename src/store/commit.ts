// Writing several files as one change: every new file is written to a temp file first, then a
// `.pending.json` list of renames is made durable, then the renames run. A process killed before the
// list exists leaves the old state; killed after, the next command finishes the renames (recoverPending).
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, writeFileAtomic, writeTemp } from './atomic.js';

export const PENDING_FILE = '.pending.json';

/** relPath → new text, or null to delete the file. */
export type FileChanges = Map<string, string | null>;

interface Pending {
  renames: [string, string][]; // [temp, target], relative to the data folder
  deletes: string[];
}

export function applyChanges(dir: string, changes: FileChanges): void {
  const pending: Pending = { renames: [], deletes: [] };
  for (const [rel, text] of changes) {
    if (text === null) pending.deletes.push(rel);
    else pending.renames.push([path.relative(dir, writeTemp(path.join(dir, rel), text)), rel]);
  }
  writeFileAtomic(path.join(dir, PENDING_FILE), JSON.stringify(pending));
  finish(dir, pending);
}

function finish(dir: string, pending: Pending): void {
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
  finish(dir, pending);
  return true;
}

/** Temp files left by a process killed before it wrote its pending list: the change never happened. */
export function removeStrayTemps(dir: string, rels: string[]): void {
  const dirs = new Set(rels.map((r) => path.dirname(path.join(dir, r))));
  dirs.add(dir);
  for (const d of dirs) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(d);
    } catch {
      continue;
    }
    for (const n of names) if (n.endsWith('.tmp')) fs.rmSync(path.join(d, n), { force: true });
  }
}
