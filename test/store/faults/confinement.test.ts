// Paths the store reads from its own files stay inside the data folder; links inside it are refused, not followed.
// Before this: a forged .pending.json made any command rename/delete files outside the folder and append a forged
// journal line; a forged manifest made `backup restore` delete outside; a symlinked journal appended to its target.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../../../src/errors.js';
import { listBackups } from '../../../src/store/backup.js';
import { PENDING_FILE } from '../../../src/store/commit.js';
import { Store } from '../../../src/store/store.js';
import { cleanup, CTX, files, read, storeWithCases, write } from './helpers.js';
import { makeCase } from '../../domain/fixtures/case-fixtures.js';

afterAll(cleanup);

function victims(root: string): { file: string; text: string }[] {
  return ['victim.txt', 'victim2.txt'].map((n) => {
    const file = path.join(root, n);
    fs.writeFileSync(file, `原样-${n}`);
    return { file, text: `原样-${n}` };
  });
}

describe('a forged pending list', () => {
  const forged: [string, object][] = [
    ['renames onto a file outside', { renames: [['cases/open.json.1.x.tmp', '../victim.txt']], deletes: [] }],
    ['renames a file from outside', { renames: [['../victim.txt.tmp', 'cases/open.json']], deletes: [] }],
    ['deletes outside', { renames: [], deletes: ['../victim2.txt'] }],
    ['deletes by an absolute path', { renames: [], deletes: ['/tmp/../VICTIM'] }],
    ['carries a forged journal line', { renames: [], deletes: [], journal: '{"records":["伪造"]}\n{"x":1}\n' }],
  ];
  test.each(forged)('that %s is refused naming the file; nothing is touched', (_what, pending) => {
    const { root, store, dir } = storeWithCases();
    const vs = victims(root);
    fs.writeFileSync(path.join(root, 'victim.txt.tmp'), 'outside temp');
    const text = JSON.stringify(pending).replace('/tmp/../VICTIM', path.join(root, 'victim2.txt'));
    fs.writeFileSync(path.join(dir, PENDING_FILE), text);
    const before = files(dir);
    const journal = fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8');
    expect(() => Store.open(dir)).toThrow(StoreError);
    expect(() => Store.open(dir)).toThrow(/\.pending\.json/);
    for (const v of vs) expect(fs.readFileSync(v.file, 'utf8')).toBe(v.text);
    expect(fs.existsSync(path.join(root, 'victim.txt.tmp'))).toBe(true);
    expect(files(dir)).toEqual(before);
    expect(fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')).toBe(journal);
    void store;
  });
});

test('a forged backup manifest entry "../x": the backup is shown as damaged and restore deletes nothing outside', () => {
  const { root, store, dir } = storeWithCases();
  const [victim] = victims(root);
  const newest = listBackups(dir).at(-1)!;
  const manifest = path.join(dir, 'backups', newest.id, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  m.files.push({ rel: '../victim.txt', existed: false });
  fs.writeFileSync(manifest, JSON.stringify(m));
  expect(store.damagedBackups()).toEqual([newest.id]);
  expect(store.backups().map((b) => b.id)).not.toContain(newest.id);
  const before = files(dir);
  expect(() => store.restore(CTX)).toThrow(/清单已损坏/);
  expect(fs.readFileSync(victim.file, 'utf8')).toBe(victim.text);
  expect(files(dir)).toEqual(before);
});

describe('links inside the data folder are refused, not followed', () => {
  test('a symlinked journal: the change is refused before anything is written; the target is untouched', () => {
    const { root, store, dir } = storeWithCases();
    const [victim] = victims(root);
    fs.rmSync(path.join(dir, 'journal.jsonl'));
    fs.symlinkSync(victim.file, path.join(dir, 'journal.jsonl'));
    const before = files(dir);
    expect(() => write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-11-20' })))).toThrow(/journal\.jsonl.*符号链接/);
    expect(fs.readFileSync(victim.file, 'utf8')).toBe(victim.text);
    expect(files(dir)).toEqual(before);
  });

  test('a symlinked month file is not read', () => {
    const { store, dir } = storeWithCases();
    const file = path.join(dir, 'cases/2026/2026-10.json');
    const elsewhere = path.join(path.dirname(dir), 'elsewhere.json');
    fs.renameSync(file, elsewhere);
    fs.symlinkSync(elsewhere, file);
    expect(() => read(store).casesOfMonth('2026-10')).toThrow(/2026-10\.json 是符号链接/);
  });

  test('a symlinked case folder is not followed, for reading or writing', () => {
    const { store, dir } = storeWithCases();
    const outside = path.join(path.dirname(dir), 'outside-2026');
    fs.renameSync(path.join(dir, 'cases/2026'), outside);
    fs.symlinkSync(outside, path.join(dir, 'cases/2026'));
    const fresh = Store.open(dir);
    expect(() => read(fresh).casesOfMonth('2026-10')).toThrow(/cases\/2026 是符号链接/);
    expect(() => write(fresh, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-11-20' })))).toThrow(/符号链接/);
    void store;
  });

  test('a FIFO in place of a case file is refused (reading it would hang)', () => {
    const { store, dir } = storeWithCases();
    const file = path.join(dir, 'cases/open.json');
    fs.rmSync(file);
    if (spawnSync('mkfifo', [file]).status !== 0) return; // no mkfifo here: nothing to test
    expect(() => read(store).openCases()).toThrow(/不是普通文件/);
  });
});

test('a temp left by a killed writer (a copy of petitioner data) is removed by the next command, even a read', () => {
  const { dir } = storeWithCases();
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const stale = path.join(dir, 'cases/2026', `2026-10.json.${dead}.ab12cd.tmp`);
  const live = path.join(dir, 'cases/2026', `2026-10.json.${process.pid}.ef34gh.tmp`); // a writer still at work
  fs.writeFileSync(stale, '王某某');
  fs.writeFileSync(live, '李某某');
  read(Store.open(dir)).casesOfMonth('2026-10');
  expect(fs.existsSync(stale)).toBe(false);
  expect(fs.existsSync(live)).toBe(true);
});

test('a kept version a killed writer was copying into a backup is removed too; a live one stays', () => {
  const { dir } = storeWithCases();
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const after = path.join(dir, 'backups', fs.readdirSync(path.join(dir, 'backups')).sort()[0], 'after');
  fs.mkdirSync(after, { recursive: true });
  const stale = path.join(after, `config.json.${dead}.ab12cd.tmp`);
  const live = path.join(after, `config.json.${process.pid}.ef34gh.tmp`);
  fs.writeFileSync(stale, '{}');
  fs.writeFileSync(live, '{}');
  read(Store.open(dir)).casesOfMonth('2026-10');
  expect(fs.existsSync(stale)).toBe(false);
  expect(fs.existsSync(live)).toBe(true);
});

test('a symlinked config.json is not read', () => {
  const { dir } = storeWithCases();
  const file = path.join(dir, 'config.json');
  const elsewhere = path.join(path.dirname(dir), 'config-elsewhere.json');
  fs.renameSync(file, elsewhere);
  fs.symlinkSync(elsewhere, file);
  expect(() => Store.open(dir).config()).toThrow(/config\.json 是符号链接/);
});
