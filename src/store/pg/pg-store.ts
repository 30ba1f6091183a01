// A ledger in PostgreSQL behind the same interface as a data folder (backend.ts): the same documents, one row each;
// every command one database transaction; writers queue on one advisory lock, as they queue on the folder's lock
// file, so a year's case numbers stay gap-free across clerks on different machines (docs/shared-ledger.md).
import path from 'node:path';
import type { Config } from '../../domain/model.js';
import { InputError, StoreError } from '../../errors.js';
import { projectFile } from '../../project-root.js';
import type { RunContext, StoreBackend } from '../backend.js';
import type { BackupManifest } from '../backup.js';
import { newSecret, SECRET_REL } from '../case-files.js';
import { fileRestore } from '../restore-rules.js';
import { CONFIG_FILE, configSpec, configText } from '../config-file.js';
import { type DocSpec, parseDoc } from '../json-doc.js';
import type { BackupHistory } from '../journal.js';
import { DEFAULT_LOCK_TIMEOUT_MS } from '../lock.js';
import { Tx } from '../tx.js';
import { commitChanges, historyOf, lastKept, manifests, restoreChanges } from './pg-backups.js';
import { pgError, sqlState } from './pg-errors.js';
import { PG_SCHEMA_VERSION } from './schema.js';
import { SyncPg } from './sync-client.js';
import { showPgUrl } from './url.js';

const WRITE_LOCK = 786601; // the advisory lock every writing transaction takes first
const RETRIES = 3;

/** As long as a folder's writer waits for its lock (lock.ts): XINFANG_LOCK_TIMEOUT_MS, else 30 s. */
function lockTimeoutMs(): number {
  const n = Number(process.env.XINFANG_LOCK_TIMEOUT_MS || NaN);
  return Number.isInteger(n) && n >= 0 && n <= 3_600_000 ? n : DEFAULT_LOCK_TIMEOUT_MS;
}

export class PgStore implements StoreBackend {
  readonly kind = 'postgres' as const;
  readonly dir: string;
  private readonly db: SyncPg;
  private snapshot = false; // a read-only transaction is open: the reads of one command see one state
  private inWrite = false;
  private last: { text: string; config: Config } | null = null;

  private constructor(
    readonly url: string,
    command: string,
  ) {
    this.dir = showPgUrl(url);
    try {
      this.db = new SyncPg(url, `xinfang ${command}`.slice(0, 63), new URL(`file://${projectFile('dist', 'store', 'pg', 'worker.js')}`));
    } catch (e) {
      throw pgError(e, this.dir, '连接');
    }
  }

  /** Connects and checks the tables are there at this tool's version. */
  static open(url: string, command: string): PgStore {
    const store = new PgStore(url, command);
    const v = store.schemaVersion();
    if (v === null) {
      store.close();
      throw new StoreError(`数据库 ${store.dir} 中还没有 xinfang 的表；请先对该数据库运行 xinfang store init`);
    }
    if (v !== PG_SCHEMA_VERSION) {
      store.close();
      throw new StoreError(
        v > PG_SCHEMA_VERSION
          ? `数据库 ${store.dir} 的表是更新版本的 xinfang 建立的（版本 ${v}），请升级本工具`
          : `数据库 ${store.dir} 的表是旧版本（版本 ${v}），请先对该数据库运行 xinfang store init 升级`,
      );
    }
    return store;
  }

  /** Connects without checking the tables (store init creates them). */
  static connect(url: string, command: string): PgStore {
    return new PgStore(url, command);
  }

  /** The version the tables declare; null when there are none. */
  schemaVersion(): number | null {
    const rows = this.q(`SELECT to_regclass('xinfang.meta') IS NOT NULL AS present`, [], '读取表结构版本');
    if (!rows[0].present) return null;
    const v = this.q(`SELECT value FROM xinfang.meta WHERE key = 'schemaVersion'`, [], '读取表结构版本');
    return v.length ? Number(v[0].value) : null;
  }

  /** Runs a statement (outside the store's own transactions: store init, store copy). */
  q(sql: string, params: unknown[], doing: string): Record<string, unknown>[] {
    try {
      return this.db.query(sql, params);
    } catch (e) {
      throw pgError(e, this.dir, doing);
    }
  }

  /** Reads outside a write see one snapshot for the whole command (a report never mixes two states). */
  private reading(): void {
    if (this.inWrite || this.snapshot) return;
    this.q('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', [], '读取台账');
    this.snapshot = true;
  }

  private endSnapshot(): void {
    if (!this.snapshot) return;
    this.snapshot = false;
    this.q('COMMIT', [], '读取台账');
  }

  readText(rel: string): string | null {
    this.reading();
    const rows = this.q('SELECT body FROM xinfang.docs WHERE rel = $1', [rel], `读取 ${rel}`);
    return rows.length ? String(rows[0].body) : null;
  }

  read<T>(rel: string, spec: DocSpec<T>): T | null {
    const text = this.readText(rel);
    return text === null ? null : parseDoc(path.posix.join(this.dir, rel), text, spec);
  }

  list(rel: string): string[] {
    this.reading();
    const rows = this.q(`SELECT DISTINCT split_part(substr(rel, char_length($1) + 2), '/', 1) AS name FROM xinfang.docs WHERE starts_with(rel, $1 || '/')`, [rel], '读取台账');
    return rows.map((r) => String(r.name));
  }

  size(rel: string): number {
    this.reading();
    const rows = this.q('SELECT octet_length(body) AS n FROM xinfang.docs WHERE rel = $1', [rel], '读取台账');
    return rows.length ? Number(rows[0].n) : -1;
  }

  config(): Config {
    const text = this.readText(CONFIG_FILE);
    if (text === null) throw new StoreError(`数据库 ${this.dir} 中还没有台账，请先对该数据库运行 xinfang init --org "单位名称"（或用 xinfang store copy 从数据目录迁入）`);
    if (this.last?.text !== text) this.last = { text, config: parseDoc(path.posix.join(this.dir, CONFIG_FILE), text, configSpec) };
    return this.last.config;
  }

  /** Creates the ledger's first configuration in a database whose tables exist. */
  /** `check` (store copy) reads the new ledger back inside the transaction: what it throws rolls everything back. */
  static create(
    url: string,
    config: Config,
    ctx: RunContext,
    files: ReadonlyMap<string, string> = new Map(),
    note = { action: '初始化', records: [`org:${config.org.name}`] },
    check?: (made: PgStore) => void,
  ): PgStore {
    const store = PgStore.open(url, ctx.command);
    store.write(ctx, () => {
      if (store.readText(CONFIG_FILE) !== null) throw new InputError(`数据库 ${store.dir} 中的台账已经初始化过，无需再次 init`);
      const changes = new Map<string, string | null>([[CONFIG_FILE, configText(config)], [SECRET_REL, newSecret()]]);
      for (const [rel, text] of files) if (rel !== CONFIG_FILE) changes.set(rel, text);
      commitChanges(store, ctx, changes, [note]);
      check?.(store);
    });
    return store;
  }

  transaction<R>(ctx: RunContext, fn: (tx: Tx) => R): R {
    return this.write(ctx, () => {
      const before = this.config();
      const tx = new Tx(this, before);
      const result = fn(tx);
      if (result instanceof Promise) throw new Error('transaction functions must be synchronous');
      const changes = new Map(tx.staged);
      const text = configText(tx.config);
      if (text !== configText(before)) {
        parseDoc(CONFIG_FILE, text, configSpec); // never write what could not be read back
        changes.set(CONFIG_FILE, text);
      }
      if (changes.size > 0) commitChanges(this, ctx, changes, tx.notes);
      return result;
    });
  }

  /**
   * One database transaction holding the write lock: committed when `fn` returns, rolled back when it throws.
   * A serialization failure or deadlock (another writer outside this tool) is retried; a lock held longer than
   * XINFANG_LOCK_TIMEOUT_MS is refused naming its holder.
   */
  write<R>(ctx: RunContext, fn: () => R): R {
    this.endSnapshot();
    for (let attempt = 1; ; attempt++) {
      this.q('BEGIN ISOLATION LEVEL READ COMMITTED', [], '开始修改');
      this.inWrite = true;
      try {
        this.lock(ctx);
        const result = fn();
        this.inWrite = false;
        this.q('COMMIT', [], '提交修改');
        return result;
      } catch (e) {
        this.inWrite = false;
        try {
          this.db.query('ROLLBACK');
        } catch {
          /* the connection is gone: the server rolls back by itself */
        }
        const state = sqlState(e) ?? sqlState((e as { cause?: unknown }).cause);
        if ((state === '40001' || state === '40P01') && attempt < RETRIES) continue;
        throw e;
      }
    }
  }

  private lock(ctx: RunContext): void {
    const got = this.q('SELECT pg_try_advisory_xact_lock($1) AS ok', [WRITE_LOCK], '取得修改权');
    if (got[0].ok) return;
    const holder = this.holder();
    ctx.onWait?.(holder);
    this.q(`SET LOCAL lock_timeout = ${lockTimeoutMs()}`, [], '取得修改权');
    this.q('SAVEPOINT lock_wait', [], '取得修改权');
    try {
      this.db.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    } catch (e) {
      if (sqlState(e) !== '55P03') throw pgError(e, this.dir, '取得修改权');
      // the timed-out wait aborted the transaction, and every query after it would fail: back to before the wait,
      // to ask who holds the lock now
      this.q('ROLLBACK TO SAVEPOINT lock_wait', [], '取得修改权');
      throw new StoreError(`台账正被${this.holder()}修改，等待 ${Math.round(lockTimeoutMs() / 1000)} 秒仍未结束，未做任何改动；请稍后再试`);
    }
  }

  /** Who holds the write lock, as its connection named itself ("xinfang case add"), with the role. */
  private holder(): string {
    try {
      const rows = this.db.query(
        `SELECT a.application_name AS app, a.usename AS role FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE l.locktype = 'advisory' AND l.granted AND l.objid = $1 AND a.pid <> pg_backend_pid() LIMIT 1`,
        [WRITE_LOCK],
      );
      return rows.length ? `“${String(rows[0].app)}”（数据库用户 ${String(rows[0].role)}）` : '其他人员';
    } catch {
      return '其他人员';
    }
  }

  backups(): BackupManifest[] {
    this.reading();
    return manifests(this);
  }

  damagedBackups(): string[] {
    return []; // a backup is rows written in the change's own transaction: there is no half-written one
  }

  history(): BackupHistory[] {
    this.reading();
    return historyOf(this);
  }

  lastCommitted(rel: string): { backup: BackupManifest; text: string } | null {
    return lastKept(this, rel);
  }

  restore(ctx: RunContext, id?: string): BackupManifest {
    return this.write(ctx, () => restoreChanges(this, ctx, id));
  }

  restoreFile(ctx: RunContext, file: string): { rel: string; backup: BackupManifest } {
    const rel = path.posix.normalize(file.replaceAll('\\', '/'));
    if (!rel || rel.startsWith('..') || rel.startsWith('/')) throw new InputError(`--file 应为台账中的文件名，如 cases/2026/2026-10.json（收到“${file}”）`);
    return this.write(ctx, () => {
      const { backup, changes, notes } = fileRestore(this, rel);
      commitChanges(this, ctx, changes, notes);
      return { rel, backup };
    });
  }

  exposure(): string | null {
    return null;
  }

  close(): void {
    try {
      this.endSnapshot();
    } catch {
      /* closing anyway */
    }
    this.db.close();
  }
}
