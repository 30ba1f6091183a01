// Shared pieces of the store tests: temp stores opened in-process, readers of the raw files, a seeded random.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConfig, type Defaults } from '../../../src/domain/org/org.js';
import type { Config } from '../../../src/domain/model.js';
import { SCHEMA_VERSION } from '../../../src/store/migrations.js';
import { parseDoc } from '../../../src/store/json-doc.js';
import { CONFIG_FILE, configSpec, Store } from '../../../src/store/store.js';
import { ROOT, tempDir } from '../../helpers/cli.js';

export const CTX = { command: 'test', today: '2027-01-04' };

export function defaults(): Defaults {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'defaults.json'), 'utf8')) as Defaults;
}

/** A data folder path in a new temp folder (removed when the test file ends). */
export function newStoreDir(): string {
  return path.join(tempDir('xinfang-store-'), 'data');
}

/** A fresh store created in-process (no CLI), with its folder. */
export function newStore(org = '测试局'): { dir: string; store: Store } {
  const dir = newStoreDir();
  const store = Store.create(dir, createConfig(org, defaults(), SCHEMA_VERSION), CTX);
  return { dir, store };
}

export function leader(name: string): Config['leaders'][number] {
  return { name, title: '', portfolio: '', phone: '', active: true, away: [] };
}

export function addLeaderTx(store: Store, name: string, command = CTX.command): void {
  store.transaction({ ...CTX, command }, (tx) => {
    tx.config.leaders.push(leader(name));
    tx.note('添加领导', [`leader:${name}`]);
  });
}

export const configPath = (dir: string): string => path.join(dir, CONFIG_FILE);
export const configText = (dir: string): string => fs.readFileSync(configPath(dir), 'utf8');

/** Parses config.json exactly as the store does (throws StoreError if it is not valid). */
export function loadConfig(dir: string): Config {
  return parseDoc(configPath(dir), configText(dir), configSpec);
}

export const leaderNames = (dir: string): string[] => loadConfig(dir).leaders.map((l) => l.name);

export function journalLines(dir: string): Record<string, unknown>[] {
  const file = path.join(dir, 'journal.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Every file and folder under dir, relative, with its mode bits. */
export function walk(dir: string): { rel: string; dir: boolean; mode: number }[] {
  const out: { rel: string; dir: boolean; mode: number }[] = [];
  const go = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      out.push({ rel: path.relative(dir, p), dir: e.isDirectory(), mode: fs.statSync(p).mode & 0o777 });
      if (e.isDirectory()) go(p);
    }
  };
  go(dir);
  return out;
}

/** Leftovers a finished or recovered change must not leave behind. */
export function leftovers(dir: string): string[] {
  return walk(dir)
    .map((f) => f.rel)
    .filter((rel) => rel.endsWith('.tmp') || path.basename(rel) === '.pending.json' || path.basename(rel) === '.lock' || rel.includes('.stale.'));
}

/** mulberry32: a small seeded random, so a failing fault run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether this process can write into a folder it made read-only (root can: chmod does not stop it). */
export function chmodStopsWrites(): boolean {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-ro-'));
  fs.chmodSync(d, 0o500);
  try {
    fs.writeFileSync(path.join(d, 'probe'), 'x');
    return false;
  } catch {
    return true;
  } finally {
    fs.chmodSync(d, 0o700);
    fs.rmSync(d, { recursive: true, force: true });
  }
}
