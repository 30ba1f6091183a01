export { Store, Tx, CONFIG_FILE, configSpec, type BackupHistory, type RunContext } from './store.js';
export type { DocSpec } from './json-doc.js';
export type { BackupManifest } from './backup.js';
export { resolveDataDir } from './paths.js';
