// The draft a transaction works on, the same for every backend: reads see the transaction's own writes; what it
// staged is committed by its store as one change.
import path from 'node:path';
import type { Config } from '../domain/model.js';
import type { DocReader } from './backend.js';
import type { FileChanges } from './commit.js';
import { CONFIG_FILE, configText } from './config-file.js';
import { type DocSpec, parseDoc } from './json-doc.js';

export function serialize(rel: string, data: unknown): string {
  // config is small and worth reading by eye; case files are large and compact
  return rel === CONFIG_FILE ? configText(data as Config) : JSON.stringify(data);
}

export class Tx {
  readonly config: Config;
  readonly staged: FileChanges = new Map();
  readonly notes: { action: string; records: string[] }[] = [];

  constructor(
    private readonly store: DocReader,
    config: Config,
  ) {
    this.config = structuredClone(config);
  }

  read<T>(rel: string, spec: DocSpec<T>): T | null {
    if (this.staged.has(rel)) {
      const text = this.staged.get(rel);
      return text == null ? null : parseDoc(path.join(this.store.dir, rel), text, spec);
    }
    return this.store.read(rel, spec);
  }

  readText(rel: string): string | null {
    return this.staged.has(rel) ? (this.staged.get(rel) ?? null) : this.store.readText(rel);
  }

  /** The store's own listing (what is committed), as the checks before numbering compare against. */
  list(rel: string): string[] {
    return this.store.list(rel);
  }

  size(rel: string): number {
    return this.store.size(rel);
  }

  write(rel: string, data: unknown): void {
    this.writeText(rel, serialize(rel, data));
  }

  writeText(rel: string, text: string): void {
    if (rel === CONFIG_FILE) throw new Error('config.json is written from tx.config');
    this.staged.set(rel, text);
  }

  remove(rel: string): void {
    this.staged.set(rel, null);
  }

  /** What the journal says of this change: an action and the records it touched (no personal data). */
  note(action: string, records: string[] = []): void {
    this.notes.push({ action, records });
  }
}
