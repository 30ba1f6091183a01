export { Store, Tx, CONFIG_FILE, configSpec, type BackupHistory, type RunContext } from './store.js';
export type { DocSpec } from './json-doc.js';
export type { BackupManifest } from './backup.js';
export { resolveDataDir } from './paths.js';
export { SCHEMA_VERSION } from './migrations.js';

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
