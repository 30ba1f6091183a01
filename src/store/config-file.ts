// config.json through lowdb: the store reads and writes the configuration document with a LowSync whose adapter
// is this class. Reading validates (parse, migrate, schema; see json-doc.ts). Writing never touches the disk
// itself: the new document must read back, and is then staged into the transaction under way, which the store
// commits under the lock, backed up, atomically and journaled (docs/design.md, "The store").
import type { SyncAdapter } from 'lowdb';
import type { Config } from '../domain/model.js';
import { readNoFollow } from './confine.js';
import type { FileChanges } from './commit.js';
import { type DocSpec, parseDoc } from './json-doc.js';
import { configSchema } from './schema.js';

export const CONFIG_FILE = 'config.json';
export const configSpec: DocSpec<Config> = { kind: 'config', schema: configSchema };

/** config.json is small and worth reading by eye: indented, one field a line. */
export const configText = (config: Config): string => JSON.stringify(config, null, 2) + '\n';

export class ConfigFile implements SyncAdapter<Config | null> {
  /** The text last read and what it parsed to: an unchanged file is not parsed again. */
  private last: { text: string; config: Config } | null = null;
  /** Where a write goes: the change set of the transaction under way (none outside a transaction). */
  private changes: FileChanges | null = null;

  constructor(private readonly file: string) {}

  /** The document, or null when there is no config.json (the store then says to run init). */
  read(): Config | null {
    const text = readNoFollow(this.file);
    if (text === null) return null;
    if (this.last?.text !== text) this.last = { text, config: parseDoc(this.file, text, configSpec) };
    return this.last.config;
  }

  write(config: Config | null): void {
    if (!this.changes || !config) throw new Error('config.json is written only inside a store transaction, and never emptied');
    const text = configText(config);
    if (text === this.last?.text) return; // unchanged: not part of the change
    parseDoc(this.file, text, configSpec); // never write what could not be read back
    this.changes.set(CONFIG_FILE, text);
  }

  /** Runs `write` (through lowdb) with `changes` as its destination. */
  stageInto(changes: FileChanges, write: () => void): void {
    this.changes = changes;
    try {
      write();
    } finally {
      this.changes = null;
    }
  }
}
