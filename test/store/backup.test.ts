// Rolling backups and restore, in-process on temp folders.
import fs from 'node:fs';
import path from 'node:path';
import { InputError, StoreError } from '../../src/errors.js';
import { BACKUP_DIR, KEEP_BACKUPS, listBackups } from '../../src/store/backup.js';
import { Store } from '../../src/store/store.js';
import { addLeaderTx, configPath, configText, CTX, journalLines, leaderNames, newStore } from './helpers/store-fixtures.js';

const names = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `领导${from + i}`);

describe('one backup per change, the last 20 kept', () => {
  let dir: string;
  let store: Store;
  beforeAll(() => {
    ({ dir, store } = newStore());
    for (const n of names(25)) addLeaderTx(store, n);
  });

  test('26 changes (init + 25) leave exactly the newest 20 backups, oldest first, folders and manifests alike', () => {
    const list = listBackups(dir);
    expect(list).toHaveLength(KEEP_BACKUPS);
    expect(fs.readdirSync(path.join(dir, BACKUP_DIR)).sort()).toEqual(list.map((b) => b.id).sort());
    expect(list.map((b) => b.seq)).toEqual(Array.from({ length: 20 }, (_, i) => 7 + i));
    expect(new Set(list.map((b) => b.id)).size).toBe(20);
  });

  test('each backup holds the state before its change: backup k has the first k-1+5 leaders', () => {
    const list = listBackups(dir);
    list.forEach((b, i) => {
      const kept = JSON.parse(fs.readFileSync(path.join(dir, BACKUP_DIR, b.id, 'files', 'config.json'), 'utf8'));
      expect(kept.leaders.map((l: { name: string }) => l.name)).toEqual(names(5 + i));
    });
  });

  test('the journal names each change’s backup, in the same order', () => {
    const lines = journalLines(dir);
    expect(lines).toHaveLength(26);
    expect(lines.slice(-20).map((l) => l.backup)).toEqual(listBackups(dir).map((b) => b.id));
  });
});

describe('restore', () => {
  test('without an id undoes the last change; restoring again undoes the restore', () => {
    const { dir, store } = newStore();
    for (const n of names(3)) addLeaderTx(store, n);
    const after3 = configText(dir);
    const target = store.restore(CTX);
    expect(target.command).toBe('test');
    expect(leaderNames(dir)).toEqual(names(2));
    expect(journalLines(dir).at(-1)).toMatchObject({ command: 'test', action: '恢复备份', records: [`backup:${target.id}`] });
    store.restore(CTX); // undo the undo
    expect(configText(dir)).toBe(after3);
  });

  test('to an older id returns exactly the state before that change, bytes and all', () => {
    const { dir, store } = newStore();
    const states: string[] = [];
    for (const n of names(6)) {
      states.push(configText(dir));
      addLeaderTx(store, n);
    }
    const list = listBackups(dir); // [init, add1..add6]
    store.restore(CTX, list[3].id); // before 领导3 was added
    expect(configText(dir)).toBe(states[2]);
    expect(leaderNames(dir)).toEqual(names(2));
    // the restore is itself a change with a backup: undoing it gives back all six
    store.restore(CTX);
    expect(leaderNames(dir)).toEqual(names(6));
  });

  test('restores and deletes other files the later changes wrote', () => {
    const { dir, store } = newStore();
    addLeaderTx(store, '张明');
    store.transaction(CTX, (tx) => tx.write('cases/2027/2027-01.json', { schemaVersion: 1, n: 1 }));
    store.transaction(CTX, (tx) => tx.write('cases/2027/2027-01.json', { schemaVersion: 1, n: 2 }));
    const [, addZhang, , secondWrite] = listBackups(dir);
    store.restore(CTX, secondWrite.id);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cases/2027/2027-01.json'), 'utf8'))).toEqual({ schemaVersion: 1, n: 1 });
    store.restore(CTX, addZhang.id);
    expect(fs.existsSync(path.join(dir, 'cases/2027/2027-01.json'))).toBe(false);
    expect(leaderNames(dir)).toEqual([]);
  });

  test('an unknown id is refused (InputError) and nothing changes', () => {
    const { dir, store } = newStore();
    addLeaderTx(store, '张明');
    const before = configText(dir);
    const count = listBackups(dir).length;
    expect(() => store.restore(CTX, 'NO-SUCH-ID')).toThrow(InputError);
    expect(() => store.restore(CTX, 'NO-SUCH-ID')).toThrow(/backup list/);
    expect(configText(dir)).toBe(before);
    expect(listBackups(dir)).toHaveLength(count);
  });

  test('to before init is refused: the store would have no configuration', () => {
    const { dir, store } = newStore();
    addLeaderTx(store, '张明');
    expect(() => store.restore(CTX, listBackups(dir)[0].id)).toThrow(InputError);
    expect(leaderNames(dir)).toEqual(['张明']);
  });
});

describe('restore when config.json is hand-broken', () => {
  function brokenStore() {
    const { dir, store } = newStore();
    addLeaderTx(store, '张明');
    addLeaderTx(store, '李四');
    // a later change that does not touch config.json (as a case registration would)
    store.transaction(CTX, (tx) => tx.write('cases/2027/2027-01.json', { schemaVersion: 1, n: 1 }));
    const broken = configText(dir).replace('"李四"', '"李四",,');
    fs.writeFileSync(configPath(dir), broken);
    return { dir, store, broken };
  }

  test('without an id returns to the newest readable config.json, without parsing the broken one', () => {
    const { dir, store, broken } = brokenStore();
    expect(() => store.config()).toThrow(StoreError);
    const target = store.restore(CTX);
    // the last change that wrote config.json (adding 李四) is undone; so is the later case-file change
    expect(target.files.map((f) => f.rel)).toEqual(['config.json']);
    expect(leaderNames(dir)).toEqual(['张明']);
    expect(fs.existsSync(path.join(dir, 'cases/2027/2027-01.json'))).toBe(false);
    // the broken file is kept in the backup the restore took
    const newest = listBackups(dir).at(-1)!;
    expect(fs.readFileSync(path.join(dir, BACKUP_DIR, newest.id, 'files', 'config.json'), 'utf8')).toBe(broken);
  });

  test('a restore that would leave config.json broken is refused and changes nothing', () => {
    const { dir, store, broken } = brokenStore();
    const caseChange = listBackups(dir).at(-1)!; // the case-file change: undoing it does not repair config.json
    expect(() => store.restore(CTX, caseChange.id)).toThrow(/仍然无法使用/);
    expect(configText(dir)).toBe(broken);
    expect(fs.existsSync(path.join(dir, 'cases/2027/2027-01.json'))).toBe(true);
  });

  test('broken again after a repair: the copy of the broken file kept by the repair is skipped', () => {
    const { dir, store } = brokenStore();
    store.restore(CTX);
    fs.writeFileSync(configPath(dir), '{"schemaVersion": 1');
    store.restore(CTX);
    expect(leaderNames(dir)).toEqual(['张明']);
  });
});
