// Atomic writes and transactions, in-process on temp folders.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../src/store/atomic.js';
import { listBackups } from '../../src/store/backup.js';
import { Store } from '../../src/store/store.js';
import { z } from 'zod';
import { StoreError } from '../../src/errors.js';
import { addLeaderTx, configText, CTX, journalLines, leader, leaderNames, leftovers, newStore, newStoreDir } from './helpers/store-fixtures.js';

describe('atomic write', () => {
  test('replaces the file whole and leaves no temp file beside it', () => {
    const dir = newStoreDir();
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'x.json');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, 'second');
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
    expect(fs.readdirSync(dir)).toEqual(['x.json']);
  });

  test('a store after many changes holds no temp, pending or lock file', () => {
    const { dir, store } = newStore();
    for (let i = 1; i <= 5; i++) addLeaderTx(store, `领导${i}`);
    store.transaction(CTX, (tx) => tx.write('cases/2027/2027-01.json', { schemaVersion: 2, cases: [] }));
    expect(leftovers(dir)).toEqual([]);
    expect(leaderNames(dir)).toEqual(['领导1', '领导2', '领导3', '领导4', '领导5']);
  });
});

describe('transaction', () => {
  test('one that throws writes nothing: no file, no backup, no journal line', () => {
    const { dir, store } = newStore();
    addLeaderTx(store, '张明');
    const before = configText(dir);
    const backups = listBackups(dir).length;
    const lines = journalLines(dir).length;
    expect(() =>
      store.transaction(CTX, (tx) => {
        tx.config.leaders.push(leader('李四'));
        tx.write('cases/2027/2027-01.json', { schemaVersion: 2, cases: [] });
        throw new Error('中途失败');
      }),
    ).toThrow('中途失败');
    expect(configText(dir)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'cases'))).toBe(false);
    expect(listBackups(dir)).toHaveLength(backups);
    expect(journalLines(dir)).toHaveLength(lines);
    expect(leftovers(dir)).toEqual([]);
    // and the store is still usable (lock released)
    addLeaderTx(store, '王五');
    expect(leaderNames(dir)).toEqual(['张明', '王五']);
  });

  test('one that changes nothing writes nothing', () => {
    const { dir, store } = newStore();
    const backups = listBackups(dir).length;
    const result = store.transaction(CTX, (tx) => tx.config.leaders.length);
    expect(result).toBe(0);
    expect(listBackups(dir)).toHaveLength(backups);
    expect(journalLines(dir)).toHaveLength(1); // only init
  });

  test('a draft that would not validate is refused before anything is written', () => {
    const { dir, store } = newStore();
    const before = configText(dir);
    expect(() =>
      store.transaction(CTX, (tx) => {
        (tx.config.leaders as unknown[]).push({ name: '' });
      }),
    ).toThrow(StoreError);
    expect(configText(dir)).toBe(before);
    expect(journalLines(dir)).toHaveLength(1);
  });

  test('reads inside a transaction see its own staged writes; other readers see them only after commit', () => {
    const { dir, store } = newStore();
    const spec = { kind: 'cases', schema: z.object({ schemaVersion: z.number(), n: z.number() }) };
    store.transaction(CTX, (tx) => {
      tx.write('cases/x.json', { schemaVersion: 2, n: 1 });
      expect(tx.read('cases/x.json', spec)).toEqual({ schemaVersion: 2, n: 1 });
      expect(store.read('cases/x.json', spec)).toBeNull();
    });
    expect(store.read('cases/x.json', spec)).toEqual({ schemaVersion: 2, n: 1 });
  });

  test('a missing store is a StoreError telling to run init', () => {
    const dir = newStoreDir();
    expect(() => Store.open(dir)).toThrow(StoreError);
    expect(() => Store.open(dir)).toThrow(/xinfang init/);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
