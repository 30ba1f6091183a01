// A multi-file change is all-or-nothing: the files on disk at each point where a process could be killed
// (built with the same steps Store.commit takes) are reopened, and the store holds the old or the new state.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_DIR, createBackup, listBackups } from '../../src/store/backup.js';
import { finishChanges, PENDING_FILE, type Pending, prepareChanges } from '../../src/store/commit.js';
import { journalLine } from '../../src/store/journal.js';
import { serialize, Store } from '../../src/store/store.js';
import { addLeaderTx, configText, journalLines, leader, leaderNames, leftovers, loadConfig, newStore } from './helpers/store-fixtures.js';

const CASES = 'cases/2027/2027-01.json';

/** A change of two files (config.json adds 李四, a case file appears), stopped right after its pending list is durable. */
function stoppedChange(): { dir: string; pending: Pending; oldConfig: string } {
  const { dir, store } = newStore();
  addLeaderTx(store, '张明');
  const oldConfig = configText(dir);
  const next = loadConfig(dir);
  next.leaders.push(leader('李四'));
  const changes = new Map<string, string | null>([
    ['config.json', serialize('config.json', next)],
    [CASES, serialize(CASES, { schemaVersion: 1, cases: [{ no: '2027-0001' }] })],
  ]);
  const now = new Date();
  const kept = createBackup(dir, '崩溃测试', [...changes.keys()], now, listBackups(dir).at(-1));
  const line = journalLine({ at: now.toISOString(), today: '2027-01-04', command: '崩溃测试', action: '测试', records: ['case:2027-0001'], files: [...changes.keys()], backup: kept.manifest.id });
  const pending = prepareChanges(dir, new Map([...changes, [kept.rel, kept.text]]), line);
  return { dir, pending, oldConfig };
}

function expectNewState(dir: string): void {
  expect(leaderNames(dir)).toEqual(['张明', '李四']);
  expect(JSON.parse(fs.readFileSync(path.join(dir, CASES), 'utf8')).cases).toHaveLength(1);
  expect(journalLines(dir).filter((l) => l.command === '崩溃测试')).toHaveLength(1);
  expect(listBackups(dir).at(-1)!.command).toBe('崩溃测试');
}

test('killed before the pending list exists: the old state, and the leftovers are cleaned by the next change', () => {
  const { dir, oldConfig } = stoppedChange();
  fs.rmSync(path.join(dir, PENDING_FILE)); // as if killed just before writing it: temps and backup links exist
  expect(leftovers(dir).filter((f) => f.endsWith('.tmp')).length).toBeGreaterThanOrEqual(3);
  const store = Store.open(dir);
  expect(configText(dir)).toBe(oldConfig);
  expect(store.config().leaders.map((l) => l.name)).toEqual(['张明']);
  expect(fs.existsSync(path.join(dir, CASES))).toBe(false);
  expect(listBackups(dir).map((b) => b.command)).not.toContain('崩溃测试');
  expect(journalLines(dir).map((l) => l.command)).not.toContain('崩溃测试');
  addLeaderTx(store, '王五');
  expect(leaderNames(dir)).toEqual(['张明', '王五']);
  expect(leftovers(dir)).toEqual([]);
  // the orphan backup folder (links but no manifest) is gone too
  expect(fs.readdirSync(path.join(dir, BACKUP_DIR)).sort()).toEqual(listBackups(dir).map((b) => b.id).sort());
});

test('killed right after the pending list: reopening finishes the change, journaled once, backup listed', () => {
  const { dir } = stoppedChange();
  Store.open(dir);
  expectNewState(dir);
  expect(leftovers(dir)).toEqual([]);
});

test('killed halfway through the renames: reopening finishes the rest', () => {
  const { dir, pending } = stoppedChange();
  const [tmp, rel] = pending.renames[0];
  fs.renameSync(path.join(dir, tmp), path.join(dir, rel));
  Store.open(dir);
  expectNewState(dir);
  expect(leftovers(dir)).toEqual([]);
});

test('killed after the journal line but before the pending list was removed: the line is not written twice', () => {
  const { dir, pending } = stoppedChange();
  finishChanges(dir, pending);
  fs.writeFileSync(path.join(dir, PENDING_FILE), JSON.stringify(pending)); // put back: as if the rm never ran
  Store.open(dir);
  expectNewState(dir);
});

test('a half-written pending list means the change never happened', () => {
  const { dir, oldConfig } = stoppedChange();
  const file = path.join(dir, PENDING_FILE);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 20));
  const store = Store.open(dir);
  expect(configText(dir)).toBe(oldConfig);
  addLeaderTx(store, '王五');
  expect(leaderNames(dir)).toEqual(['张明', '王五']);
  expect(fs.existsSync(path.join(dir, CASES))).toBe(false);
  expect(leftovers(dir)).toEqual([]);
});

test('a read-only command on a store with a pending change sees the finished change', () => {
  const { dir } = stoppedChange();
  expect(Store.open(dir).config().leaders.map((l) => l.name)).toEqual(['张明', '李四']);
});
