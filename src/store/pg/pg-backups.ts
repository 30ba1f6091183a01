// The backups and the journal of a PostgreSQL ledger, as tables written in the change's own transaction: the same
// undo a data folder offers (backup list / restore / restore --file), the last 20 changes kept.
import { InputError } from '../../errors.js';
import type { RunContext } from '../backend.js';
import { type BackupManifest, KEEP_BACKUPS, newId } from '../backup.js';
import { isPrimary } from '../case-files.js';
import { CONFIG_FILE } from '../config-file.js';
import type { BackupHistory } from '../journal.js';
import { checkUndo } from '../restore-rules.js';
import type { PgStore } from './pg-store.js';

type Changes = Map<string, string | null>;

/** Writes `changes` with their backup and journal line; the caller's transaction holds the write lock. */
export function commitChanges(db: PgStore, ctx: RunContext, changes: Changes, notes: { action: string; records: string[] }[]): void {
  const now = new Date();
  const seq = Number(db.q('SELECT coalesce(max(seq), 0) + 1 AS seq FROM xinfang.backups', [], '保存备份')[0].seq);
  const id = newId(now, seq);
  const rels = [...changes.keys()];
  const texts = rels.map((r) => changes.get(r) ?? null);
  db.q('INSERT INTO xinfang.backups (seq, id, at, command) VALUES ($1, $2, $3, $4)', [seq, id, now.toISOString(), ctx.command], '保存备份');
  db.q(
    `INSERT INTO xinfang.backup_docs (seq, rel, existed, before, after, kept)
     SELECT $1, u.rel, d.body IS NOT NULL, d.body, u.after, u.kept
       FROM unnest($2::text[], $3::text[], $4::boolean[]) AS u(rel, after, kept) LEFT JOIN xinfang.docs d ON d.rel = u.rel`,
    [seq, rels, texts, rels.map(isPrimary)],
    '保存备份',
  );
  const put = rels.filter((r) => changes.get(r) != null);
  if (put.length) {
    db.q(
      `INSERT INTO xinfang.docs (rel, body) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (rel) DO UPDATE SET body = excluded.body, changed_at = now(), changed_by = current_user`,
      [put, put.map((r) => changes.get(r))],
      '保存修改',
    );
  }
  const gone = rels.filter((r) => changes.get(r) == null);
  if (gone.length) db.q('DELETE FROM xinfang.docs WHERE rel = ANY($1::text[])', [gone], '保存修改');
  const action = notes.map((n) => n.action).join('；') || ctx.command;
  db.q(
    'INSERT INTO xinfang.journal (operator, today, command, action, records, files, backup) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [ctx.operator ?? null, ctx.today, ctx.command, action, notes.flatMap((n) => n.records), rels, id],
    '记录日志',
  );
  db.q('DELETE FROM xinfang.backups WHERE seq <= $1', [seq - KEEP_BACKUPS], '清理旧备份');
}

/** The kept backups, oldest first, in the shape a data folder's manifests have. */
export function manifests(db: PgStore): BackupManifest[] {
  const rows = db.q(
    `SELECT b.seq, b.id, b.at, b.command, coalesce(json_agg(json_build_array(d.rel, d.existed, d.kept) ORDER BY d.rel) FILTER (WHERE d.rel IS NOT NULL), '[]') AS files
       FROM xinfang.backups b LEFT JOIN xinfang.backup_docs d ON d.seq = b.seq GROUP BY b.seq ORDER BY b.seq`,
    [],
    '读取备份',
  );
  return rows.map((r) => ({
    id: String(r.id),
    at: new Date(r.at as string).toISOString(),
    command: String(r.command),
    seq: Number(r.seq),
    files: (r.files as [string, boolean, boolean][]).map(([rel, existed, after]) => ({ rel, existed, after })),
  }));
}

export function historyOf(db: PgStore): BackupHistory[] {
  const said = new Map(db.q('SELECT backup, action, records FROM xinfang.journal ORDER BY id', [], '读取日志').map((r) => [String(r.backup), r]));
  return manifests(db).map((backup) => {
    const e = said.get(backup.id);
    return { backup, action: e ? String(e.action) : undefined, records: (e?.records as string[] | undefined) ?? [] };
  });
}

/** The version of `rel` the newest change that wrote it left, when that change kept it. */
export function lastKept(db: PgStore, rel: string): { backup: BackupManifest; text: string } | null {
  const rows = db.q('SELECT seq, after, kept FROM xinfang.backup_docs WHERE rel = $1 ORDER BY seq DESC LIMIT 1', [rel], '读取备份');
  if (!rows.length || !rows[0].kept || rows[0].after == null) return null;
  const backup = manifests(db).find((b) => b.seq === Number(rows[0].seq));
  return backup ? { backup, text: String(rows[0].after) } : null;
}

/** Undoes the changes back to and including backup `id` (the newest without one), itself as an undoable change. */
export function restoreChanges(db: PgStore, ctx: RunContext, id: string | undefined): BackupManifest {
  const all = manifests(db);
  if (all.length === 0) throw new InputError('还没有任何备份（每次修改数据前会自动备份）');
  const target = id === undefined ? all.at(-1) : all.find((b) => b.id === id);
  if (!target) throw new InputError(`没有编号为“${id}”的备份，请用 xinfang backup list 查看可用的备份`);
  const rows = db.q('SELECT rel, before FROM xinfang.backup_docs WHERE seq >= $1 ORDER BY seq DESC', [target.seq], '读取备份');
  const changes: Changes = new Map();
  for (const r of rows) changes.set(String(r.rel), r.before == null ? null : String(r.before));
  commitChanges(db, ctx, changes, checkUndo(db, target, changes, db.readText(CONFIG_FILE), CONFIG_FILE));
  return target;
}
