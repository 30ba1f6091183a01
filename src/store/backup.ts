// Rolling backups: before each change, the files it will replace are kept (hard links, so no copying), and the
// versions it writes of the primary files are kept too (copies: the live file shares nothing with them, so damage to
// it cannot reach them; derived files are rebuilt instead), with a manifest. Restoring backup X undoes every change from the newest back to X, inclusive; restoring one
// file brings back its last committed version. The manifest is written as part of the change itself (see commit.ts),
// so a backup exists exactly when its change does. A manifest is input like any file: its paths must stay inside.
import fs from 'node:fs';
import path from 'node:path';
import { InputError, StoreError } from '../errors.js';
import { ensureDir, FILE_MODE } from './atomic.js';
import { insideStore } from './confine.js';

export const BACKUP_DIR = 'backups';
export const KEEP_BACKUPS = 20;

export interface BackupManifest {
  id: string;
  at: string; // ISO timestamp of the clock, for the operator's eyes
  command: string;
  files: { rel: string; existed: boolean; after?: boolean }[]; // after: the version the change wrote is kept too
  seq?: number; // 1, 2, 3… in commit order across processes: orders backups even when clocks tie or step back
}

/** e.g. 20270104-093015-17: local date and time (as `backup list` shows them) and the sequence number. Short enough to type. */
export function newId(now: Date, seq: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}-${seq}`;
}

function keep(src: string, dst: string): void {
  ensureDir(path.dirname(dst));
  try {
    fs.linkSync(src, dst);
  } catch {
    fs.copyFileSync(src, dst);
  }
}

/**
 * Keeps the current versions of `rels` before they are replaced (call with the lock held; `newest` is the latest
 * backup). Returns the manifest and where it goes: the caller writes it together with the change.
 */
export function createBackup(
  dir: string,
  command: string,
  rels: string[],
  now: Date,
  newest: BackupManifest | undefined,
  after: ReadonlyMap<string, string | null> = new Map(),
): { manifest: BackupManifest; rel: string; text: string } {
  let seq = (newest?.seq ?? 0) + 1;
  ensureDir(path.join(dir, BACKUP_DIR));
  let id = newId(now, seq);
  // A folder of that name without a manifest was left by a change killed before its pending list existed (a
  // pending one was finished before we got here): it is garbage, and removing it keeps the numbers gap-free.
  const stale = path.join(dir, BACKUP_DIR, id);
  if (fs.existsSync(stale) && !fs.existsSync(path.join(stale, 'manifest.json'))) fs.rmSync(stale, { recursive: true, force: true });
  while (fs.existsSync(path.join(dir, BACKUP_DIR, id))) id = newId(now, ++seq);
  const root = path.join(dir, BACKUP_DIR, id);
  const files = rels.map((rel) => {
    const src = path.join(dir, rel);
    const existed = fs.existsSync(src);
    if (existed) keep(src, path.join(root, 'files', rel));
    return after.get(rel) == null ? { rel, existed } : { rel, existed, after: true };
  });
  const manifest: BackupManifest = { id, at: now.toISOString(), command, files, seq };
  ensureDir(root);
  return { manifest, rel: path.join(BACKUP_DIR, id, 'manifest.json'), text: JSON.stringify(manifest, null, 1) };
}

const ID_RE = /^\d{8}-\d{6}-\d+$/;
const PLAIN_REL = /^(config\.json|secret\.key|cases\/(open|summary|\d{4}\/(index|\d{4}-\d{2})|people\/[0-9a-f]{2})\.json)$/;

/** A manifest read back: its own folder's id, known fields, every path inside the data folder — else null. */
function readManifest(dir: string, id: string): BackupManifest | null | 'absent' {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, BACKUP_DIR, id, 'manifest.json'), 'utf8');
  } catch {
    return 'absent'; // a backup whose manifest was never written (killed mid-backup) is not a backup
  }
  try {
    const m = JSON.parse(text) as BackupManifest;
    const rel = path.join(BACKUP_DIR, id, 'manifest.json');
    if (m.id !== id || !ID_RE.test(id) || typeof m.command !== 'string' || typeof m.at !== 'string' || !Array.isArray(m.files)) return null;
    for (const f of m.files) {
      if (!PLAIN_REL.test(String(f?.rel))) insideStore(dir, f?.rel, rel); // the usual names need no path arithmetic
      if (typeof f.existed !== 'boolean' || f.rel.startsWith(`${BACKUP_DIR}/`)) return null;
    }
    return m;
  } catch {
    return null;
  }
}

function backupIds(dir: string): string[] {
  try {
    return fs.readdirSync(path.join(dir, BACKUP_DIR));
  } catch {
    return [];
  }
}

/** Backups whose manifest exists but cannot be trusted (damaged or forged): shown, never used. */
export function damagedBackups(dir: string): string[] {
  return backupIds(dir).filter((id) => readManifest(dir, id) === null).sort();
}

export function listBackups(dir: string): BackupManifest[] {
  const out: BackupManifest[] = [];
  for (const id of backupIds(dir)) {
    const m = readManifest(dir, id);
    if (m && m !== 'absent') out.push(m);
  }
  return out.sort((a, b) => (a.seq !== undefined && b.seq !== undefined ? a.seq - b.seq : a.at === b.at ? cmpId(a.id, b.id) : a.at < b.at ? -1 : 1));
}

function cmpId(a: string, b: string): number {
  const sa = Number(a.split('-').pop());
  const sb = Number(b.split('-').pop());
  return a.slice(0, 19) === b.slice(0, 19) && Number.isFinite(sa) && Number.isFinite(sb) ? sa - sb : a < b ? -1 : 1;
}

export function pruneBackups(dir: string, all = listBackups(dir), keepCount = KEEP_BACKUPS): void {
  for (const b of all.slice(0, Math.max(0, all.length - keepCount))) {
    fs.rmSync(path.join(dir, BACKUP_DIR, b.id), { recursive: true, force: true });
  }
  // also drop folders left without a manifest (a damaged manifest is kept: `backup list` shows it)
  const known = new Set(all.map((b) => b.id));
  for (const id of backupIds(dir)) {
    if (!known.has(id) && readManifest(dir, id) === 'absent') fs.rmSync(path.join(dir, BACKUP_DIR, id), { recursive: true, force: true });
  }
}

/**
 * Keeps the versions a committed change wrote (those its manifest marks `after`). Called once the change is in place,
 * off its critical path: the copies are not flushed to disk with it. Best effort — a copy that could not be made,
 * or was cut short by a crash, is missing or fails its check, and restoring that file then says so.
 */
export function keepWritten(dir: string, manifest: BackupManifest, texts: ReadonlyMap<string, string | null>): void {
  for (const f of manifest.files) {
    const text = texts.get(f.rel);
    if (!f.after || text == null) continue;
    const copy = path.join(dir, BACKUP_DIR, manifest.id, 'after', f.rel);
    const tmp = `${copy}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`; // the pid lets a later command clear it after a kill
    try {
      ensureDir(path.dirname(copy));
      fs.writeFileSync(tmp, text, { mode: FILE_MODE });
      fs.renameSync(tmp, copy);
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
}

/** The newest committed version of `rel` the backups keep, with the backup holding it; null when none does. */
export function lastCommitted(dir: string, rel: string): { backup: BackupManifest; text: string } | null {
  for (const b of listBackups(dir).reverse()) {
    const f = b.files.find((x) => x.rel === rel);
    if (!f) continue;
    if (!f.after) return null; // its newest change was recorded before versions were kept
    try {
      return { backup: b, text: fs.readFileSync(path.join(dir, BACKUP_DIR, b.id, 'after', rel), 'utf8') };
    } catch {
      return null;
    }
  }
  return null;
}

/** The text of `rel` as backup `b` kept it (null: the file did not exist then, or the backup has no copy of it). */
export function backupText(dir: string, b: BackupManifest, rel: string): string | null {
  const f = b.files.find((x) => x.rel === rel);
  return f?.existed ? fs.readFileSync(path.join(dir, BACKUP_DIR, b.id, 'files', rel), 'utf8') : null;
}

/** The file contents (null = absent) the store must return to so that it is as it was before backup `id`. */
export function restorePlan(dir: string, id: string | undefined): { target: BackupManifest; changes: Map<string, string | null> } {
  const all = listBackups(dir);
  if (all.length === 0) throw new InputError('还没有任何备份（每次修改数据前会自动备份）');
  const idx = id === undefined ? all.length - 1 : all.findIndex((b) => b.id === id);
  if (idx < 0) throw new InputError(`没有编号为“${id}”的备份，请用 xinfang backup list 查看可用的备份`);
  const seqOf = (x: string) => Number(x.split('-').pop());
  const hidden = damagedBackups(dir).filter((d) => !(seqOf(d) < (all[idx].seq ?? seqOf(all[idx].id))));
  if (hidden.length) {
    throw new StoreError(
      `备份 ${hidden.join('、')} 的清单已损坏，无法知道那次修改改了哪些文件；撤销到 ${all[idx].id} 会使数据前后不一致，已拒绝，未做任何改动。可用 xinfang backup restore --file 文件 逐个恢复文件，再用 xinfang check 检查`,
    );
  }
  const changes = new Map<string, string | null>();
  for (let i = all.length - 1; i >= idx; i--) {
    for (const f of all[i].files) {
      changes.set(f.rel, backupText(dir, all[i], f.rel));
    }
  }
  return { target: all[idx], changes };
}
