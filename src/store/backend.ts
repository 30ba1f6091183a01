// What every command and the domain see of a store, whichever holds the ledger: a data folder (store.ts) or a
// PostgreSQL database (pg/pg-store.ts). Both keep the same documents under the same names (cases/2026/2026-10.json
// …), so everything above this interface is the same code on both (docs/shared-ledger.md).
import type { Config } from '../domain/model.js';
import type { BackupManifest } from './backup.js';
import type { DocSpec } from './json-doc.js';
import type { BackupHistory } from './journal.js';
import type { Tx } from './tx.js';

export interface RunContext {
  command: string; // e.g. 'leader add'
  today: string; // YYYY-MM-DD the command works with
  /** Told who holds the lock when a write has to wait for it (the wait goes on). */
  onWait?: (holder: string) => void;
  /** Who makes the change, for the journal (--operator); the database role or the system account when absent. */
  operator?: string;
}

/** The reads a transaction draft needs from its store. */
export interface DocReader {
  /** Where the ledger is, as messages name it: the data folder, or the database URL without its password. */
  readonly dir: string;
  read<T>(rel: string, spec: DocSpec<T>): T | null;
  readText(rel: string): string | null;
  /** The names directly under a folder of the store; [] when there is none. */
  list(rel: string): string[];
  /** The stored size of a document in bytes; -1 when absent. */
  size(rel: string): number;
}

export interface StoreBackend extends DocReader {
  readonly kind: 'folder' | 'postgres';
  /** The database's address (a PostgreSQL ledger only), for pg_dump and pg_restore. */
  readonly url?: string;
  config(): Config;
  /** Runs `fn` on a draft as one transaction: all of what it wrote is committed with its backup and journal line, or nothing. */
  transaction<R>(ctx: RunContext, fn: (tx: Tx) => R): R;
  backups(): BackupManifest[];
  damagedBackups(): string[];
  history(): BackupHistory[];
  restore(ctx: RunContext, id?: string): BackupManifest;
  restoreFile(ctx: RunContext, file: string): { rel: string; backup: BackupManifest };
  /** The last version a committed change wrote of `rel`, as the backups keep it. */
  lastCommitted(rel: string): { backup: BackupManifest; text: string } | null;
  /** The folder's mode when others may read it; null when private (always null for a database). */
  exposure(): string | null;
  /** Ends the connection (a database); nothing for a folder. */
  close(): void;
}
