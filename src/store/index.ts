export { Store, Tx, CONFIG_FILE, configSpec, type BackupHistory, type RunContext } from './store.js';
export type { StoreBackend } from './backend.js';
export type { DocSpec } from './json-doc.js';
export type { BackupManifest } from './backup.js';
export { resolveDataDir } from './paths.js';
export { SCHEMA_VERSION } from './migrations.js';

/** Where the ledger is: a data folder, or a PostgreSQL database (docs/shared-ledger.md). */
export type LedgerTarget = { kind: 'folder'; dir: string } | { kind: 'postgres'; url: string };

/** Opens a data folder, first bringing a store of an older format up to date (once, as one backed-up change). */
export async function openStore(dir: string): Promise<import('./store.js').Store> {
  const { Store } = await import('./store.js');
  const store = Store.open(dir);
  const { SCHEMA_VERSION } = await import('./migrations.js');
  if (/"schemaVersion"\s*:\s*1\b/.test(store.readText('config.json') ?? '') && SCHEMA_VERSION > 1) {
    const { upgradeStore } = await import('./repair.js');
    upgradeStore(store);
  }
  return store;
}

/** Opens a PostgreSQL ledger; the pg client is loaded only here. */
export async function openPg(url: string, command: string): Promise<import('./backend.js').StoreBackend> {
  const { PgStore } = await import('./pg/pg-store.js');
  return PgStore.open(url, command);
}

/** Opens the ledger: a folder whose configuration points to a database (config set store) opens that database. */
export async function openLedger(target: LedgerTarget, command: string): Promise<import('./backend.js').StoreBackend> {
  if (target.kind === 'postgres') return openPg(target.url, command);
  const store = await openStore(target.dir);
  return pointer(store) ? openPg(pointer(store) as string, command) : store;
}

/** The database a folder points to; none when its configuration cannot be read (the command then reports that). */
function pointer(store: import('./store.js').Store): string | undefined {
  try {
    return store.config().settings.store;
  } catch {
    return undefined;
  }
}
