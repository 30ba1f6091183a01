// Damage that used to give silently wrong answers is now noticed by the guard (the seals: hashing only bytes the
// command reads anyway) with the exact repair command, reported by `check`, and healed by `check --repair`.
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../../../src/errors.js';
import { checkStore, repairStore } from '../../../src/store/repair.js';
import { sealText } from '../../../src/store/seal.js';
import { Store } from '../../../src/store/store.js';
import { makeCase } from '../../domain/fixtures/case-fixtures.js';
import { cleanup, CTX, handEdit, read, readJson, storeWithCases, write } from './helpers.js';

afterAll(cleanup);

const OCT = 'cases/2026/2026-10.json';
const open = (store: Store) => read(store).openCases().map((o) => `${o.no} ${o.status}`).sort();

function guardStops(f: () => unknown, hint: RegExp): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(StoreError);
  expect((err as Error).message).toMatch(hint);
}

/** The store after `check --repair`: check finds nothing, and the answers are the undamaged ones. */
function repairs(store: Store, expectFindings: RegExp): void {
  const found = checkStore(store);
  expect(found.findings.map((f) => `${f.rel}：${f.text}`).join('\n')).toMatch(expectFindings);
  expect(found.blockers).toEqual([]);
  const fixed = repairStore(store, CTX);
  expect(fixed.findings.length).toBeGreaterThan(0);
  expect(checkStore(store).findings).toEqual([]);
}

test('a case dropped from a month file: the month is refused instead of listing 2 of 3; repair brings the case back', () => {
  const { store, dir } = storeWithCases();
  handEdit(dir, OCT, (doc) => doc.cases.pop());
  guardStops(() => read(store).casesOfMonth('2026-10'), /2026-10\.json 缺少校验值.*xinfang backup restore --file cases\/2026\/2026-10\.json/);
  repairs(store, /2026-10\.json：缺少校验值.*\n.*修复：恢复为最后一次保存的版本/);
  expect(read(store).casesOfMonth('2026-10').map((c) => c.no)).toEqual(['2026-0003', '2026-0004', '2026-0005']);
});

test('a status changed in a month file (open.json would be stale): refused; repair restores the committed case', () => {
  const { store, dir } = storeWithCases();
  handEdit(dir, OCT, (doc) => (doc.cases[0].status = '已办结'));
  guardStops(() => read(store).getCase('2026-0003'), /2026-10\.json/);
  const before = open(store);
  repairs(store, /2026-10\.json/);
  expect(read(store).getCase('2026-0003').status).toBe('登记');
  expect(open(store)).toEqual(before);
});

test('a case duplicated in a month file: refused; repair', () => {
  const { store, dir } = storeWithCases();
  handEdit(dir, OCT, (doc) => doc.cases.push(doc.cases[0]));
  guardStops(() => read(store).casesOfYear(2026), /2026-10\.json/);
  repairs(store, /2026-10\.json/);
  expect(read(store).casesOfYear(2026)).toHaveLength(6);
});

test('a consistent but stale open.json (sealed, one open case missing): check reports it, repair rebuilds it', () => {
  const { store, dir } = storeWithCases();
  const doc = readJson(dir, 'cases/open.json');
  delete doc.seal;
  doc.cases = doc.cases.filter((o: { no: string }) => o.no !== '2026-0005');
  fs.writeFileSync(path.join(dir, 'cases/open.json'), sealText(doc).text);
  repairs(store, /open\.json：漏了未办结的信访件 2026-0005/);
  expect(open(store)).toContain('2026-0005 登记');
});

test('an emptied petitioner shard: repeat detection stops instead of silently finding nothing; repair rebuilds it', () => {
  const { store, dir } = storeWithCases();
  const who = { name: '信访人2', phone: '13900000002', idNumber: '' };
  expect(read(store).findRepeats(who).map((r) => r.no)).toEqual(['2026-0003']);
  for (const f of fs.readdirSync(path.join(dir, 'cases/people'))) fs.writeFileSync(path.join(dir, 'cases/people', f), '{"schemaVersion":2,"people":{}}');
  guardStops(() => read(store).findRepeats(who), /people\/[0-9a-f]{2}\.json 缺少校验值.*xinfang check --repair/);
  repairs(store, /people\/[0-9a-f]{2}\.json：缺少校验值（不是由 xinfang 写入的）\n    修复：由月份文件重建/);
  expect(read(store).findRepeats(who).map((r) => r.no)).toEqual(['2026-0003']);
});

test('a year index replaced by an older copy never hands out a number twice: the add stops; repair; the next number is new', () => {
  const { store, dir } = storeWithCases();
  // the index as it was after the 3rd case (a real, sealed file kept by a backup: as if copied back by hand)
  const kept = fs.readdirSync(path.join(dir, 'backups')).map((id) => path.join(dir, 'backups', id, 'files/cases/2026/index.json')).filter((f) => fs.existsSync(f));
  const old = kept.find((f) => JSON.parse(fs.readFileSync(f, 'utf8')).nextSeq === 4)!;
  expect(JSON.parse(fs.readFileSync(old, 'utf8')).nextSeq).toBe(4);
  fs.copyFileSync(old, path.join(dir, 'cases/2026/index.json'));
  guardStops(() => write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-11-20' }))), /index\.json.*xinfang check --repair/);
  repairs(store, /index\.json：下一个编号序号为 4，会重复使用月份文件中已有的编号（应为 7）/);
  expect(write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-11-20' })).no)).toBe('2026-0007');
});

test('a month file deleted: the index still names it, so a read through the index stops; repair accepts the loss only with the backup gone', () => {
  const { store, dir } = storeWithCases();
  fs.rmSync(path.join(dir, 'cases/2026/2026-11.json'));
  guardStops(() => read(store).getCase('2026-0006'), /index\.json 与 .*2026-11\.json 不一致/);
  const found = checkStore(store);
  expect(found.findings.map((f) => f.rel)).toContain('cases/2026/index.json');
});

test('a damaged petitioner secret: repeat detection stops; repair makes a new secret and rebuilds the index with it', () => {
  const { store, dir } = storeWithCases();
  fs.rmSync(path.join(dir, 'secret.key'));
  guardStops(() => read(store).findRepeats({ name: '信访人1', phone: '13900000001', idNumber: '' }), /secret\.key.*xinfang check --repair/);
  repairs(store, /secret\.key：缺失/);
  expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
  expect(read(store).findRepeats({ name: '信访人1', phone: '13900000001', idNumber: '' }).map((r) => r.no)).toEqual(['2026-0002']);
});

test('a clean store: check finds nothing and repair changes nothing (no backup, no journal line)', () => {
  const { store, dir } = storeWithCases();
  const journal = fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8');
  expect(checkStore(store).findings).toEqual([]);
  expect(repairStore(store, CTX).findings).toEqual([]);
  expect(fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')).toBe(journal);
});

test('an index copied back from before a back-dated case (other months unchanged) still cannot reuse its number', () => {
  const { store, dir } = storeWithCases();
  const copy = fs.readFileSync(path.join(dir, 'cases/2026/index.json'));
  expect(write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-09-25' })).no)).toBe('2026-0007');
  fs.writeFileSync(path.join(dir, 'cases/2026/index.json'), copy); // a whole, sealed, older index
  guardStops(() => write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-11-20' }))), /没有记录月份文件 2026-09\.json 的当前版本.*xinfang check --repair/);
  repairs(store, /index\.json：下一个编号序号为 7/);
  expect(write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-11-20' })).no)).toBe('2026-0008');
});
