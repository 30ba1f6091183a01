// Every load is validated: a broken config.json is a StoreError naming the file and the problem, and is never rewritten.
import fs from 'node:fs';
import { StoreError } from '../../src/errors.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { addLeaderTx, configPath, configText, journalLines, leaderNames, newStore } from './helpers/store-fixtures.js';

type Break = (text: string) => string;
const edit =
  (f: (c: Record<string, any>) => void): Break => // eslint-disable-line @typescript-eslint/no-explicit-any
  (text) => {
    const c = JSON.parse(text);
    f(c);
    return JSON.stringify(c, null, 2);
  };

// [what, how the file is broken, what the message must say besides the file name]
const BROKEN: [string, Break, RegExp][] = [
  ['a field of the wrong type', edit((c) => (c.leaders[0].name = 5)), /字段 leaders\.0\.name：应为文字，实际为数字/],
  ['a missing field', edit((c) => delete c.org), /字段 org：缺少该字段/],
  ['a value out of its list', edit((c) => (c.settings.deadlineDays = 'sometimes')), /字段 settings\.deadlineDays：取值无效，应为 calendar、working 之一/],
  ['a bad date (the schema’s own Chinese message)', edit((c) => (c.calendar = [{ date: '2027/1/1', off: true, name: '元旦' }])), /字段 calendar\.0\.date：应为 YYYY-MM-DD 日期/],
  ['truncated JSON', (t) => t.slice(0, Math.floor(t.length / 2)), /不是有效的 JSON（文件在中途结束，可能被截断）/],
  ['truncated JSON (cut after a comma)', (t) => t.slice(0, t.indexOf(',') + 1), /不是有效的 JSON（文件在中途结束，可能被截断）/],
  ['a hand edit that breaks the syntax', (t) => t.replace('"org": {', '"org": {,'), /不是有效的 JSON（第 3 行第 \d+ 列附近格式错误）/],
  ['an empty file', () => '', /不是有效的 JSON（文件是空的）/],
  ['not an object', () => '[]', /字段 （根）/],
  ['a higher schemaVersion', edit((c) => (c.schemaVersion = SCHEMA_VERSION + 1)), new RegExp(`格式版本为 ${SCHEMA_VERSION + 1}，高于本程序支持的 ${SCHEMA_VERSION}`)],
  ['a missing schemaVersion', edit((c) => delete c.schemaVersion), /schemaVersion 缺失或无效/],
];

describe.each(BROKEN)('config.json with %s', (_what, breakIt, says) => {
  let dir: string;
  let store: Store;
  let broken: string;
  beforeAll(() => {
    ({ dir, store } = newStore());
    addLeaderTx(store, '张明');
    broken = breakIt(configText(dir));
    fs.writeFileSync(configPath(dir), broken);
  });

  test('loading is a StoreError naming the file and the problem, without English from the validator', () => {
    const err = (() => {
      try {
        Store.open(dir).config();
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(StoreError);
    const msg = (err as StoreError).message;
    expect(msg).toContain(configPath(dir));
    expect(msg).toMatch(says);
    expect(msg).not.toMatch(/Expected|Unexpected|Required|Invalid|received|position/);
  });

  test('a change is refused and the file stays byte-identical, no journal line', () => {
    const lines = journalLines(dir).length;
    expect(() => addLeaderTx(Store.open(dir), '李四')).toThrow(StoreError);
    expect(configText(dir)).toBe(broken);
    expect(journalLines(dir)).toHaveLength(lines);
  });
});

test('a file that changed on disk is validated again (the cache keys on the bytes)', () => {
  const { dir, store } = newStore();
  addLeaderTx(store, '张明');
  expect(store.config().leaders).toHaveLength(1);
  fs.writeFileSync(configPath(dir), configText(dir).replace('"张明"', '42'));
  expect(() => store.config()).toThrow(StoreError);
  fs.writeFileSync(configPath(dir), configText(dir).replace('42', '"张明"'));
  expect(leaderNames(dir)).toEqual(['张明']);
  expect(store.config().leaders[0].name).toBe('张明');
});
