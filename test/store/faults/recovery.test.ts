// Recovery that works: the backups keep each change's result too, so one damaged file comes back as last committed
// without undoing anything; a damaged manifest is shown and never used; a restore never leaves what `check` rejects.
// Before this: only the state before each change was kept (a broken month file could only be "recovered" by undoing
// the last change that wrote it), and a damaged manifest hid its backup so that restore produced open.json saying
// 办理中 for a case its month file said was 已办结.
import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../../../src/store/backup.js';
import { checkStore } from '../../../src/store/repair.js';
import { cleanup, CTX, files, read, readJson, storeWithCases } from './helpers.js';

afterAll(cleanup);

const OCT = 'cases/2026/2026-10.json';

test('backup restore --file brings back the last committed version of one damaged file, and nothing else changes', () => {
  const { store, dir } = storeWithCases();
  const committed = fs.readFileSync(path.join(dir, OCT), 'utf8');
  const others = files(dir);
  delete others[OCT];
  fs.writeFileSync(path.join(dir, OCT), committed.slice(0, 200)); // truncated on disk
  const { rel, backup } = store.restoreFile(CTX, OCT);
  expect(rel).toBe(OCT);
  expect(backup.command).toBe('test');
  expect(fs.readFileSync(path.join(dir, OCT), 'utf8')).toBe(committed);
  const now = files(dir);
  delete now[OCT];
  expect(now).toEqual(others); // the last case update (2026-0004 closed) is still there
  expect(read(store).getCase('2026-0004').status).toBe('已办结');
  expect(checkStore(store).findings).toEqual([]);
});

test('a file damaged in place does not damage its kept version (the kept versions are copies, not links)', () => {
  const { store, dir } = storeWithCases();
  const committed = fs.readFileSync(path.join(dir, OCT), 'utf8');
  const fd = fs.openSync(path.join(dir, OCT), 'r+');
  fs.writeSync(fd, 'XXXX', 10); // in place: the same inode
  fs.closeSync(fd);
  store.restoreFile(CTX, OCT);
  expect(fs.readFileSync(path.join(dir, OCT), 'utf8')).toBe(committed);
});

test('--file outside the data folder, or a file no backup holds, is refused', () => {
  const { store } = storeWithCases();
  expect(() => store.restoreFile(CTX, '../../etc/passwd')).toThrow(/--file 应为数据目录中的文件/);
  expect(() => store.restoreFile(CTX, 'cases/2019/2019-01.json')).toThrow(/备份中没有 cases\/2019\/2019-01\.json 最后一次保存的版本/);
  expect(() => store.restoreFile(CTX, OCT)).toThrow(/与最后一次保存的版本相同/);
});

test('a damaged manifest is listed as damaged; restoring past it is refused; the store stays as check accepts it', () => {
  const { store, dir } = storeWithCases();
  const ids = listBackups(dir).map((b) => b.id);
  const closing = ids.at(-1)!; // the change that closed 2026-0004
  fs.writeFileSync(path.join(dir, 'backups', closing, 'manifest.json'), '{"id":'); // damaged
  expect(store.damagedBackups()).toEqual([closing]);
  const before = files(dir);
  expect(() => store.restore(CTX, ids.at(-3))).toThrow(new RegExp(`备份 ${closing} 的清单已损坏`));
  expect(files(dir)).toEqual(before);
  expect(readJson(dir, 'cases/open.json').cases.map((o: { no: string }) => o.no)).not.toContain('2026-0004');
  expect(checkStore(store).findings).toEqual([]);
});

test('every whole restore leaves a store check accepts', () => {
  const { store, dir } = storeWithCases();
  for (const b of listBackups(dir).slice(2).reverse().slice(0, 3)) {
    store.restore(CTX, b.id);
    expect(checkStore(store).findings).toEqual([]);
  }
});

test('a restore that would leave the store inconsistent is refused (a kept version damaged since)', () => {
  const { store, dir } = storeWithCases();
  const last = listBackups(dir).at(-1)!; // closing 2026-0004 wrote the October file and open.json
  const keptOpen = path.join(dir, 'backups', last.id, 'files', 'cases/open.json');
  fs.rmSync(keptOpen); // the before-state of open.json is gone: undoing would keep the new open.json with the old month
  fs.writeFileSync(keptOpen, fs.readFileSync(path.join(dir, 'cases/open.json')));
  const before = files(dir);
  expect(() => store.restore(CTX)).toThrow(/会使数据前后不一致.*open\.json/);
  expect(files(dir)).toEqual(before);
});
