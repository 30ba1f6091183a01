// The store: one data folder, config.json plus case files, changed only through transactions that
// take the lock, back up, write atomically and journal. Nothing outside src/store touches the files.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../domain/model.js';
import { InputError, StoreError } from '../errors.js';
import { ensureDir } from './atomic.js';
import { BACKUP_DIR, type BackupManifest, backupText, createBackup, damagedBackups, keepWritten, lastCommitted, listBackups, pruneBackups, restorePlan } from './backup.js';
import { isPrimary, newSecret, SECRET_REL } from './case-files.js';
import { readNoFollow, refuseLinks } from './confine.js';
import { applyChanges, type FileChanges, PENDING_FILE, recoverPending, removeStrayTemps } from './commit.js';
import { type BackupHistory, journalLine, readJournal } from './journal.js';
import { LowSync } from 'lowdb';
import { CONFIG_FILE, ConfigFile } from './config-file.js';
import { type DocSpec, readDoc } from './json-doc.js';
import { acquireLock } from './lock.js';
import { checkUndo, fileRestore, parsesAsConfig } from './restore-rules.js';
import { writeFailure } from './write-failure.js';
import type { RunContext, StoreBackend } from './backend.js';
import { Tx } from './tx.js';

export { CONFIG_FILE, configSpec } from './config-file.js';
export type { BackupHistory } from './journal.js';

export type { RunContext } from './backend.js';
export { Tx, serialize } from './tx.js';

export class Store implements StoreBackend {
  readonly kind = 'folder' as const;

  /** config.json, read and written through lowdb with the store's own adapter. */
  private readonly configFile: ConfigFile;
  private readonly db: LowSync<Config | null>;

  private constructor(readonly dir: string) {
    this.configFile = new ConfigFile(path.join(dir, CONFIG_FILE));
    this.db = new LowSync<Config | null>(this.configFile, null);
  }

  static exists(dir: string): boolean {
    return fs.existsSync(path.join(dir, CONFIG_FILE));
  }

  /** Opens an initialised data folder; a missing one is a store error telling to run init. */
  static open(dir: string): Store {
    if (!Store.exists(dir)) {
      throw new StoreError(`数据目录 ${dir} 中没有 xinfang 数据，请先运行 xinfang init --org "单位名称"（或用 --data 指定数据目录）`);
    }
    const store = new Store(dir);
    if (fs.existsSync(path.join(dir, PENDING_FILE))) store.withLock({ command: '恢复未完成的写入', today: '' }, () => undefined);
    else removeStrayTemps(dir, [BACKUP_DIR], true); // what a killed writer left (a copy of petitioner data) goes at once
    removeStrayTemps(path.join(dir, BACKUP_DIR), [], true); // a kept version cut short by a kill
    return store;
  }

  /**
   * Creates a new data folder with its first configuration (and, for store copy, every other document of a ledger,
   * the secret among them) as one change. A folder that already exists keeps its mode (see exposure()).
   */
  static create(dir: string, config: Config, ctx: RunContext, files: ReadonlyMap<string, string> = new Map(), note = { action: '初始化', records: [`org:${config.org.name}`] }): Store {
    ensureDir(dir);
    const store = new Store(dir);
    store.withLock(ctx, () => {
      if (Store.exists(dir)) throw new InputError(`数据目录 ${dir} 已经初始化过，无需再次 init`);
      const changes = store.staged(new Map(), config).set(SECRET_REL, newSecret());
      for (const [rel, text] of files) if (rel !== CONFIG_FILE) changes.set(rel, text);
      store.commit(ctx, changes, [note]);
    });
    return store;
  }

  /** The data folder's mode (e.g. '0755') when others than its owner may read or enter it; null when private. */
  exposure(): string | null {
    const mode = fs.statSync(this.dir).mode & 0o777;
    return mode & 0o077 ? `0${mode.toString(8)}` : null;
  }

  config(): Config {
    this.db.read();
    if (!this.db.data) throw new StoreError(`无法读取数据文件 ${path.join(this.dir, CONFIG_FILE)}（ENOENT）`);
    return this.db.data;
  }

  /** `changes` with config.json added when `config` differs from what was read (written through lowdb). */
  private staged(changes: FileChanges, config: Config): FileChanges {
    this.db.data = config;
    this.configFile.stageInto(changes, () => this.db.write());
    return changes;
  }

  read<T>(rel: string, spec: DocSpec<T>): T | null {
    const file = path.join(this.dir, rel);
    refuseLinks(this.dir, path.dirname(file));
    return readDoc(file, spec);
  }

  readText(rel: string): string | null {
    const file = path.join(this.dir, rel);
    refuseLinks(this.dir, path.dirname(file));
    return readNoFollow(file);
  }

  /** The names in a folder of the store; [] when it does not exist. */
  list(rel: string): string[] {
    try {
      return fs.readdirSync(path.join(this.dir, rel));
    } catch {
      return [];
    }
  }

  size(rel: string): number {
    try {
      return fs.statSync(path.join(this.dir, rel)).size;
    } catch {
      return -1;
    }
  }

  lastCommitted(rel: string): { backup: BackupManifest; text: string } | null {
    return lastCommitted(this.dir, rel);
  }

  close(): void {}

  /** Runs `fn` on a draft under the lock; writes what it changed as one atomic, backed-up, journaled change. */
  transaction<R>(ctx: RunContext, fn: (tx: Tx) => R): R {
    return this.withLock(ctx, () => {
      const before = this.config();
      const tx = new Tx(this, before);
      const result = fn(tx);
      if (result instanceof Promise) throw new Error('transaction functions must be synchronous');
      const changes = this.staged(new Map(tx.staged), tx.config);
      if (changes.size > 0) this.commit(ctx, changes, tx.notes);
      return result;
    });
  }

  backups(): BackupManifest[] {
    return listBackups(this.dir);
  }

  /** Backups whose manifest is damaged: listed so the operator sees them, never used to restore. */
  damagedBackups(): string[] {
    return damagedBackups(this.dir);
  }

  /**
   * Brings back the last committed version of one file (as the backups kept it after the change that wrote it),
   * itself as an undoable change; nothing else is undone. `file` is a path inside the data folder.
   */
  restoreFile(ctx: RunContext, file: string): { rel: string; backup: BackupManifest } {
    const rel = path.relative(this.dir, path.resolve(this.dir, file)).split(path.sep).join('/');
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || rel.startsWith(`${BACKUP_DIR}/`)) {
      throw new InputError(`--file 应为数据目录中的文件，如 cases/2026/2026-10.json（收到“${file}”）`);
    }
    return this.withLock(ctx, () => {
      const { backup, changes, notes } = fileRestore(this, rel);
      this.commit(ctx, changes, notes);
      return { rel, backup };
    });
  }

  /** The backups, oldest first, each with what the journal says of the change it was taken before. */
  history(): BackupHistory[] {
    const said = new Map(readJournal(this.dir).map((e) => [e.backup, e]));
    return listBackups(this.dir).map((backup) => {
      const e = said.get(backup.id);
      return { backup, action: e?.action, records: e?.records ?? [] };
    });
  }

  /**
   * Returns the store to the state before backup `id`, itself as an undoable change. Without an id: undoes the
   * latest change — unless config.json cannot be read (hand-broken): then returns to the newest backup holding a
   * readable config.json, i.e. undoes the changes back to and including the last one that wrote config.json.
   * Never parses the current files to do so; the broken file is kept in the backup this restore takes.
   */
  restore(ctx: RunContext, id?: string): BackupManifest {
    return this.withLock(ctx, () => {
      const { target, changes } = restorePlan(this.dir, id ?? this.newestReadableConfigBackup());
      const file = path.join(this.dir, CONFIG_FILE);
      this.commit(ctx, changes, checkUndo(this, target, changes, fs.readFileSync(file, 'utf8'), file));
      return target;
    });
  }

  /** undefined when config.json reads fine; otherwise the id of the newest backup whose config.json does. */
  private newestReadableConfigBackup(): string | undefined {
    try {
      this.config();
      return undefined;
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
    }
    const file = path.join(this.dir, CONFIG_FILE);
    // a copy of a broken file (kept by an earlier restore) is passed over: look further back
    for (const b of listBackups(this.dir).reverse()) {
      const text = backupText(this.dir, b, CONFIG_FILE);
      if (text !== null && parsesAsConfig(text)) return b.id;
    }
    throw new StoreError(`${file} 已损坏，且备份中没有可用的 config.json，无法自动恢复；文件未被修改`);
  }

  private withLock<R>(ctx: RunContext, fn: () => R): R {
    const release = acquireLock(this.dir, { command: ctx.command, onWait: ctx.onWait });
    try {
      recoverPending(this.dir);
      removeStrayTemps(this.dir, [BACKUP_DIR]);
      removeStrayTemps(path.join(this.dir, BACKUP_DIR), [], true);
      return fn();
    } finally {
      release();
    }
  }

  private commit(ctx: RunContext, changes: FileChanges, notes: { action: string; records: string[] }[]): void {
    const now = new Date();
    const rels = [...changes.keys()];
    const records = notes.flatMap((n) => n.records);
    const action = notes.map((n) => n.action).join('；') || ctx.command;
    const backups = listBackups(this.dir);
    let backup: BackupManifest;
    try {
      // The backup's manifest and the journal line are committed with the change: all three happen, or none.
      const primary = new Map([...changes].filter(([rel]) => isPrimary(rel)));
      const kept = createBackup(this.dir, ctx.command, rels, now, backups.at(-1), primary);
      backup = kept.manifest;
      const line = journalLine({ at: now.toISOString(), today: ctx.today, command: ctx.command, action, records, files: rels, backup: backup.id, ...(ctx.operator ? { operator: ctx.operator } : {}) });
      applyChanges(this.dir, new Map([...changes, [kept.rel, kept.text]]), line);
    } catch (e) {
      throw writeFailure(e, this.dir);
    }
    keepWritten(this.dir, backup, changes);
    pruneBackups(this.dir, [...backups, backup]);
  }
}
