// Rolling backups: before each change, the files it will replace are kept (hard links, so no copying),
// with a manifest. Restoring backup X undoes every change from the newest back to X, inclusive.
// The manifest is written as part of the change itself (see commit.ts), so a backup exists exactly when its change does.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { ensureDir } from './atomic.js';

export const BACKUP_DIR = 'backups';
export const KEEP_BACKUPS = 20;

export interface BackupManifest {
  id: string;
  at: string; // ISO timestamp of the clock, for the operator's eyes
  command: string;
  files: { rel: string; existed: boolean }[];
  seq?: number; // 1, 2, 3… in commit order across processes: orders backups even when clocks tie or step back
}

/** e.g. 20270104-093015-17: local date and time (as `backup list` shows them) and the sequence number. Short enough to type. */
function newId(now: Date, seq: number): string {
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
    return { rel, existed };
  });
  const manifest: BackupManifest = { id, at: now.toISOString(), command, files, seq };
  ensureDir(root);
  return { manifest, rel: path.join(BACKUP_DIR, id, 'manifest.json'), text: JSON.stringify(manifest, null, 1) };
}

export function listBackups(dir: string): BackupManifest[] {
  const root = path.join(dir, BACKUP_DIR);
  let ids: string[] = [];
  try {
    ids = fs.readdirSync(root);
  } catch {
    return [];
  }
  const out: BackupManifest[] = [];
  for (const id of ids) {
    try {
      out.push(JSON.parse(fs.readFileSync(path.join(root, id, 'manifest.json'), 'utf8')) as BackupManifest);
    } catch {
      // a backup whose manifest was never written (killed mid-backup) is not a backup
    }
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
  // also drop folders left without a manifest
  const known = new Set(all.map((b) => b.id));
  try {
    for (const id of fs.readdirSync(path.join(dir, BACKUP_DIR))) {
      if (!known.has(id)) fs.rmSync(path.join(dir, BACKUP_DIR, id), { recursive: true, force: true });
    }
  } catch {
    /* no backups folder yet */
  }
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
  const changes = new Map<string, string | null>();
  for (let i = all.length - 1; i >= idx; i--) {
    for (const f of all[i].files) {
      changes.set(f.rel, backupText(dir, all[i], f.rel));
    }
  }
  return { target: all[idx], changes };
}
