// The journal (one line per change, no petitioner data) and owner-only permissions.
import fs from 'node:fs';
import path from 'node:path';
import { createConfig } from '../../src/domain/org/org.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { addLeaderTx, CTX, defaults, journalLines, newStore, newStoreDir, walk } from './helpers/store-fixtures.js';

const PETITIONER = { name: '王小明', phone: '13912345678', idNumber: '320703198001011234', address: '示例区幸福路88号' };

function storeWithCase(): { dir: string; store: Store } {
  const { dir, store } = newStore();
  addLeaderTx(store, '张明');
  store.transaction({ command: 'case add', today: '2027-01-05' }, (tx) => {
    tx.write('cases/2027/2027-01.json', { schemaVersion: 1, cases: [{ no: '2027-0001', petitioner: PETITIONER, summary: `${PETITIONER.name}反映…` }] });
    tx.write('cases/people/ab.json', { schemaVersion: 1, people: { [PETITIONER.idNumber]: ['2027-0001'] } });
    tx.note('登记信访件', ['case:2027-0001']);
  });
  return { dir, store };
}

describe('journal', () => {
  test('one line per change: when, which command, which records and files, which backup', () => {
    const { dir } = storeWithCase();
    const lines = journalLines(dir);
    expect(lines.map((l) => l.command)).toEqual(['test', 'test', 'case add']);
    expect(lines[1]).toMatchObject({ today: '2027-01-04', action: '添加领导', records: ['leader:张明'], files: ['config.json'] });
    expect(lines[2]).toMatchObject({ today: '2027-01-05', action: '登记信访件', records: ['case:2027-0001'], files: ['cases/2027/2027-01.json', 'cases/people/ab.json'] });
    for (const l of lines) expect(Number.isNaN(Date.parse(String(l.at)))).toBe(false);
  });

  test('holds no petitioner personal data even though the change wrote it', () => {
    const { dir } = storeWithCase();
    const text = fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8');
    expect(fs.readFileSync(path.join(dir, 'cases/2027/2027-01.json'), 'utf8')).toContain(PETITIONER.phone); // it was written…
    for (const v of Object.values(PETITIONER)) expect(text).not.toContain(v); // …but not journaled
  });

  test('is append-only: earlier lines are unchanged by later changes and by restores', () => {
    const { dir, store } = storeWithCase();
    const before = fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8');
    store.restore(CTX);
    addLeaderTx(store, '李四');
    const after = fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(journalLines(dir).slice(-2).map((l) => l.action)).toEqual(['恢复备份', '添加领导']);
  });
});

describe('permissions', () => {
  test('every file is 0600 and every folder 0700, backups and case files included', () => {
    const { dir, store } = storeWithCase();
    store.restore(CTX); // undoes the case: its backup keeps a copy of the case files, petitioner data and all
    const all = walk(dir);
    expect(all.some((f) => f.rel.startsWith('backups/') && f.rel.endsWith('cases/2027/2027-01.json'))).toBe(true);
    expect(all.some((f) => f.rel === 'journal.jsonl')).toBe(true);
    expect(all.some((f) => f.rel === 'cases/people' && f.dir)).toBe(true);
    const wrong = all.filter((f) => f.mode !== (f.dir ? 0o700 : 0o600)).map((f) => `${f.rel} ${f.mode.toString(8)}`);
    expect(wrong).toEqual([]);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  test('an existing folder given to init keeps its mode (a shared folder is not locked), and its exposure is told', () => {
    const dir = newStoreDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o1777);
    const store = Store.create(dir, createConfig('测试局', defaults(), SCHEMA_VERSION), CTX);
    expect(fs.statSync(dir).mode & 0o7777).toBe(0o1777);
    expect(store.exposure()).toBe('0777');
    expect(fs.statSync(path.join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
  });

  test('a folder init creates is private, and then nothing is told', () => {
    const store = Store.create(newStoreDir(), createConfig('测试局', defaults(), SCHEMA_VERSION), CTX);
    expect(fs.statSync(store.dir).mode & 0o777).toBe(0o700);
    expect(store.exposure()).toBeNull();
  });
});
