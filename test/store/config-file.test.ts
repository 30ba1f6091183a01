// config.json is read and written through lowdb (a LowSync) with the store's own adapter: reads are validated,
// and a write only stages the document into the transaction under way, never straight to the disk.
import fs from 'node:fs';
import path from 'node:path';
import { LowSync } from 'lowdb';
import type { Config } from '../../src/domain/model.js';
import { StoreError } from '../../src/errors.js';
import { CONFIG_FILE, ConfigFile } from '../../src/store/config-file.js';
import type { FileChanges } from '../../src/store/commit.js';
import { configText, leader, newStore, newStoreDir } from './helpers/store-fixtures.js';

function opened() {
  const { dir } = newStore();
  const adapter = new ConfigFile(path.join(dir, CONFIG_FILE));
  const db = new LowSync<Config | null>(adapter, null);
  db.read();
  return { dir, adapter, db };
}

test('reads the document; no file reads as null', () => {
  const { db } = opened();
  expect(db.data?.org.name).toBe('测试局');
  const missing = new LowSync<Config | null>(new ConfigFile(path.join(newStoreDir(), CONFIG_FILE)), null);
  missing.read();
  expect(missing.data).toBeNull();
});

test('a damaged file is a StoreError naming it', () => {
  const { dir, db } = opened();
  fs.writeFileSync(path.join(dir, CONFIG_FILE), '{"schemaVersion": 1, "org": 3}');
  expect(() => db.read()).toThrow(StoreError);
  expect(() => db.read()).toThrow(path.join(dir, CONFIG_FILE));
});

test('a write outside a transaction is refused and changes nothing', () => {
  const { dir, db } = opened();
  const before = configText(dir);
  db.data!.leaders.push(leader('张明'));
  expect(() => db.write()).toThrow(/inside a store transaction/);
  expect(configText(dir)).toBe(before);
});

test('a write stages the new text into the change set; an unchanged document stages nothing', () => {
  const { dir, adapter, db } = opened();
  const unchanged: FileChanges = new Map();
  adapter.stageInto(unchanged, () => db.write());
  expect(unchanged.size).toBe(0);
  db.data = { ...db.data!, leaders: [leader('张明')] };
  const changes: FileChanges = new Map();
  adapter.stageInto(changes, () => db.write());
  expect(JSON.parse(changes.get(CONFIG_FILE)!).leaders.map((l: { name: string }) => l.name)).toEqual(['张明']);
  expect(configText(dir)).not.toContain('张明'); // staged, not written: the store commits it
});

test('a document that would not read back is refused before it is staged', () => {
  const { adapter, db } = opened();
  db.data = { ...db.data!, leaders: [{ name: '' } as Config['leaders'][number]] };
  const changes: FileChanges = new Map();
  expect(() => adapter.stageInto(changes, () => db.write())).toThrow(StoreError);
  expect(changes.size).toBe(0);
});
