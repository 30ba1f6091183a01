// What the guard says about a damaged file: a seal that is there but wrong is a mismatch (not "missing"), and a
// corrupt config.json names the command that restores that one file — and following it works.
import fs from 'node:fs';
import { StoreError } from '../../../src/errors.js';
import { checkStore } from '../../../src/store/repair.js';
import { Store } from '../../../src/store/store.js';
import { addLeaderTx, configPath, newStore } from '../helpers/store-fixtures.js';
import { cleanup, CTX, read, readJson, rel, storeWithCases } from './helpers.js';

afterAll(cleanup);

const OCT = 'cases/2026/2026-10.json';

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return (e as Error).message;
  }
  throw new Error('no error thrown');
}

const SEAL_DAMAGE: [string, (doc: Record<string, any>, text: string) => string, RegExp][] = [
  ['seal kept, file reformatted by an editor', (doc) => JSON.stringify(doc, null, 2), /与写入时的校验值不符/],
  ['seal kept, a case edited and reformatted', (doc) => JSON.stringify({ ...doc, cases: doc.cases.slice(1) }, null, 1), /与写入时的校验值不符/],
  ['seal value cut short', (_doc, text) => text.replace(/"seal":"([0-9a-f]{10})[0-9a-f]+"/, '"seal":"$1"'), /与写入时的校验值不符/],
  ['seal value replaced by another hash', (_doc, text) => text.replace(/"seal":"[0-9a-f]{64}"/, `"seal":"${'0'.repeat(64)}"`), /与写入时的校验值不符/],
  ['seal removed', (doc) => {
    delete doc.seal;
    return JSON.stringify(doc);
  }, /缺少校验值（不是由 xinfang 写入的）/],
];

test.each(SEAL_DAMAGE)('a month file with its %s: the guard and check say so', (_what, damage, says) => {
  const { store, dir } = storeWithCases();
  const text = fs.readFileSync(rel(dir, OCT), 'utf8');
  const damaged = damage(readJson(dir, OCT), text);
  expect(damaged).not.toBe(text);
  fs.writeFileSync(rel(dir, OCT), damaged);
  const msg = messageOf(() => read(store).casesOfMonth('2026-10'));
  expect(msg).toMatch(says);
  expect(msg).toContain('xinfang backup restore --file cases/2026/2026-10.json');
  const other = says.source.includes('不符') ? /缺少校验值/ : /校验值不符/;
  expect(msg).not.toMatch(other);
  const found = checkStore(store).findings.map((f) => `${f.rel}：${f.text}`).join('\n');
  expect(found).toMatch(new RegExp(`${OCT.replace(/\./g, '\\.')}：${says.source}`));
});

test('a corrupt config.json advises `backup restore --file config.json`, which brings back the last saved settings', () => {
  const { dir } = newStore();
  for (const n of ['张明', '李四']) addLeaderTx(Store.open(dir), n, 'leader add');
  const good = fs.readFileSync(configPath(dir), 'utf8');
  fs.writeFileSync(configPath(dir), good.slice(0, Math.floor(good.length * 0.6)));
  const msg = messageOf(() => Store.open(dir).config());
  expect(msg).toContain('可用 xinfang backup restore --file config.json 恢复');
  expect(msg).not.toMatch(/backup restore(?! --file)/);
  const store = Store.open(dir);
  expect(store.restoreFile(CTX, 'config.json').rel).toBe('config.json');
  expect(Store.open(dir).config().leaders.map((l) => l.name)).toEqual(['张明', '李四']);
});
