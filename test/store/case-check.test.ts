// The case files are checked by hand-written checkers (src/store/check.ts): each broken field is a StoreError naming
// the file and the field, worded as before; and on a generated sample they accept, keep and word exactly what the
// zod schema they replaced did (kept in helpers/zod-case-schema.ts as the reference).
import fs from 'node:fs';
import path from 'node:path';
import type { Case } from '../../src/domain/model.js';
import { StoreError } from '../../src/errors.js';
import { monthSpec, openSpec, peopleSpec, yearIndexSpec } from '../../src/store/case-schema.js';
import { CasesRepo } from '../../src/store/cases-repo.js';
import { type DocSpec, parseDoc } from '../../src/store/json-doc.js';
import { sealText } from '../../src/store/seal.js';
import { Store } from '../../src/store/store.js';
import { caseConfig, makeCase } from '../domain/fixtures/case-fixtures.js';
import { zodMonthSpec, zodOpenSpec, zodPeopleSpec, zodYearIndexSpec } from './helpers/zod-case-schema.js';
import { tempDir } from '../helpers/cli.js';

const FILE = '/数据/cases/2026/2026-03.json';

/** A case with every nullable part filled, so the parts inside them are checked too. */
const fullCase = (): Case =>
  makeCase({
    reception: { date: '2026-03-02', leader: '李强' },
    repeatOf: ['2025-0007'],
    status: '已评价',
    acceptedDate: '2026-03-03',
    unit: '基础教育科',
    leader: '张明',
    dueDate: '2026-05-02',
    extension: { days: 30, reason: '情况复杂', date: '2026-04-20' },
    closedDate: '2026-05-20',
    result: '解决',
    replyDate: '2026-05-21',
    satisfaction: '满意',
  });

const monthText = (c: unknown) => JSON.stringify({ schemaVersion: 2, month: '2026-03', cases: [makeCase({ no: '2026-0000' }), c] });

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return (e as Error).message;
  }
  throw new Error('expected a StoreError');
}

type Edit = (c: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
const set =
  (field: string, value: unknown): Edit =>
  (c) => {
    const keys = field.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((o, k) => o[k], c);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  };

// [the field (path inside the case), how it is broken, what the message says about it]
const BROKEN: [string, unknown, string][] = [
  ['no', 7, '应为文字，实际为数字'],
  ['no', '', '不能为空'],
  ['receivedDate', '2026/3/2', '应为 YYYY-MM-DD 日期'],
  ['receivedDate', undefined, '缺少该字段'],
  ['channel', '传真', '取值无效，应为 来信、来访、网上、来电 之一'],
  ['channel', 1, '取值无效，应为 来信、来访、网上、来电 之一'],
  ['source', null, '应为文字，实际为null'],
  ['docNo', [], '应为文字，实际为列表 […]'],
  ['petitioner', '王某某', '应为对象 {…}，实际为文字'],
  ['petitioner.name', undefined, '缺少该字段'],
  ['petitioner.phone', 13800138000, '应为文字，实际为数字'],
  ['petitioner.idNumber', null, '应为文字，实际为null'],
  ['petitioner.address', {}, '应为文字，实际为对象 {…}'],
  ['persons', 0, '不能小于 1'],
  ['persons', 1.5, '应为整数，实际为小数'],
  ['persons', '1', '应为数字，实际为文字'],
  ['region', true, '应为文字，实际为true 或 false'],
  ['category', undefined, '缺少该字段'],
  ['tags', '违规收费', '应为列表 […]，实际为文字'],
  ['tags.0', 3, '应为文字，实际为数字'],
  ['summary', null, '应为文字，实际为null'],
  ['demands', undefined, '缺少该字段'],
  ['reception', '李强', '应为对象 {…}，实际为文字'],
  ['reception.date', '3月2日', '应为 YYYY-MM-DD 日期'],
  ['reception.leader', undefined, '缺少该字段'],
  ['repeatOf', null, '应为列表 […]，实际为null'],
  ['repeatOf.0', { no: 1 }, '应为文字，实际为对象 {…}'],
  ['status', '完成', '取值无效，应为 登记、已受理、不予受理、办理中、已办结、已评价、复查中、复核中 之一'],
  ['status', undefined, '缺少该字段'],
  ['acceptedDate', '2026-3-3', '应为 YYYY-MM-DD 日期'],
  ['rejectReason', 0, '应为文字，实际为数字'],
  ['unit', undefined, '缺少该字段'],
  ['leader', ['张明'], '应为文字，实际为列表 […]'],
  ['dueDate', 20260502, '应为文字，实际为数字'],
  ['extension', 30, '应为对象 {…}，实际为数字'],
  ['extension.days', 0, '不能小于 1'],
  ['extension.reason', undefined, '缺少该字段'],
  ['extension.date', '', '应为 YYYY-MM-DD 日期'],
  ['closedDate', undefined, '缺少该字段'],
  ['result', '满意', '取值无效，应为 解决、部分解决、解释疏导、不予支持 之一'],
  ['replyDate', false, '应为文字，实际为true 或 false'],
  ['satisfaction', '很满意', '取值无效，应为 满意、基本满意、不满意 之一'],
  ['history', {}, '应为列表 […]，实际为对象 {…}'],
  ['history.0', null, '应为对象 {…}，实际为null'],
  ['history.0.date', '2026-03-02T10:00', '应为 YYYY-MM-DD 日期'],
  ['history.0.action', undefined, '缺少该字段'],
  ['history.0.note', 1, '应为文字，实际为数字'],
];

describe.each(BROKEN)('a case whose %s is %p', (field, value, says) => {
  const c = fullCase();
  set(field, value)(c as unknown as Record<string, unknown>);
  const text = monthText(c);

  test('is a StoreError naming the file and the field, in Chinese', () => {
    const msg = errorOf(() => parseDoc(FILE, text, monthSpec));
    expect(msg).toContain(`数据文件 ${FILE} 内容不符合格式：字段 cases.1.${field}：${says}`);
    expect(msg).not.toMatch(/Expected|Required|Invalid|\breceived\b/);
  });

  test('is worded exactly as the zod schema worded it', () => {
    expect(errorOf(() => parseDoc(FILE, text, monthSpec))).toBe(errorOf(() => parseDoc(FILE, text, zodMonthSpec)));
  });
});

test('the full case and the fixture case are accepted as they are', () => {
  const text = monthText(fullCase());
  expect(parseDoc(FILE, text, monthSpec)).toEqual(JSON.parse(text));
});

test('several problems: the first is named and the count given', () => {
  const c = { ...fullCase(), persons: 0, status: 'x', history: 'none' };
  expect(errorOf(() => parseDoc(FILE, monthText(c), monthSpec))).toContain('字段 cases.1.persons：不能小于 1（共 3 处问题）');
});

// the other case files: [spec, zod reference, a good document, a broken one, what is said]
const OTHERS: [string, DocSpec<unknown>, DocSpec<unknown>, unknown, unknown, string][] = [
  ['month file', monthSpec as DocSpec<unknown>, zodMonthSpec, { schemaVersion: 2, month: '2026-03', cases: [] }, { schemaVersion: 2, month: '2026-3', cases: [] }, '字段 month：应为 YYYY-MM 月份'],
  ['month file', monthSpec as DocSpec<unknown>, zodMonthSpec, { schemaVersion: 2, month: '2026-03', cases: [] }, { schemaVersion: 2, month: '2026-03' }, '字段 cases：缺少该字段'],
  ['month file', monthSpec as DocSpec<unknown>, zodMonthSpec, { schemaVersion: 2, month: '2026-03', cases: [] }, [], '字段 （根）：应为对象 {…}，实际为列表 […]'],
  ['year index', yearIndexSpec as DocSpec<unknown>, zodYearIndexSpec, { schemaVersion: 2, year: 2026, nextSeq: 2, months: { '2026-0001': '03' } }, { schemaVersion: 2, year: 2026, nextSeq: 2, months: { '2026-0001': '3' } }, '字段 months.2026-0001：取值无效'],
  ['year index', yearIndexSpec as DocSpec<unknown>, zodYearIndexSpec, { schemaVersion: 2, year: 2026, nextSeq: 2, months: {} }, { schemaVersion: 2, year: 2026, nextSeq: 0, months: {} }, '字段 nextSeq：不能小于 1'],
  ['year index', yearIndexSpec as DocSpec<unknown>, zodYearIndexSpec, { schemaVersion: 2, year: 2026, nextSeq: 2, months: {} }, { schemaVersion: 2, year: '2026', nextSeq: 2, months: [] }, '字段 year：应为数字，实际为文字（共 2 处问题）'],
  ['year index', yearIndexSpec as DocSpec<unknown>, zodYearIndexSpec, { schemaVersion: 2, year: 2026, nextSeq: 2, months: { '2026-0001': '03' }, bySource: { 本级受理: 1 } }, { schemaVersion: 2, year: 2026, nextSeq: 2, months: { '2026-0001': '03' }, bySource: { 本级受理: 0 } }, '字段 bySource.本级受理：不能小于 1'],
  ['open list', openSpec as DocSpec<unknown>, zodOpenSpec, { schemaVersion: 2, cases: [{ no: '2026-0001', status: '登记', receivedDate: '2026-03-02', acceptedDate: null, dueDate: null, unit: '', leader: '', summary: 's' }] }, { schemaVersion: 2, cases: [{ no: '2026-0001', status: '登记', receivedDate: '2026-03-02', acceptedDate: null, dueDate: '下周', unit: '', leader: '', summary: 's' }] }, '字段 cases.0.dueDate：应为 YYYY-MM-DD 日期'],
  ['people shard', peopleSpec as DocSpec<unknown>, zodPeopleSpec, { schemaVersion: 2, people: { ab12: [{ no: '2026-0001', date: '2026-03-02' }] } }, { schemaVersion: 2, people: { ab12: [{ no: '2026-0001' }] } }, '字段 people.ab12.0.date：缺少该字段'],
  ['people shard', peopleSpec as DocSpec<unknown>, zodPeopleSpec, { schemaVersion: 2, people: {} }, { schemaVersion: 2, people: { ab12: { no: '2026-0001' } } }, '字段 people.ab12：应为列表 […]，实际为对象 {…}'],
];

describe.each(OTHERS)('the %s', (_what, spec, zodSpec, good, bad, says) => {
  test('accepts the good document as it is and names the broken field', () => {
    expect(parseDoc(FILE, JSON.stringify(good), spec)).toEqual(good);
    const msg = errorOf(() => parseDoc(FILE, JSON.stringify(bad), spec));
    expect(msg).toContain(`内容不符合格式：${says}。`);
    expect(msg).toBe(errorOf(() => parseDoc(FILE, JSON.stringify(bad), zodSpec)));
  });
});

test('keys a shape does not know are dropped, as zod dropped them', () => {
  const c = { ...fullCase(), note: '手工加的', petitioner: { ...fullCase().petitioner, age: 40 } };
  const out = parseDoc(FILE, monthText(c), monthSpec).cases[1] as unknown as Record<string, unknown>;
  expect(out).toEqual(fullCase());
  expect(Object.keys(out)).not.toContain('note');
  expect(Object.keys(out.petitioner as object)).not.toContain('age');
});

// ---- a generated sample: random damage to valid documents, judged by both ----

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const ODD_VALUES: unknown[] = [
  undefined, null, 0, -1, 1, 2.5, 1e400, '', 'x', '2026-03-02', '2026-3-2', '2026-03', '03', '来访', '已办结', '解决', '满意',
  true, [], ['a'], [1], {}, { date: '2026-03-02', leader: 'x' }, { days: 3, reason: '', date: '2026-03-02' }, { no: 'a', date: '2026-03-02' },
];

/** Every place in a JSON value: paths to its fields, array items and the value itself. */
function places(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...places(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...places(x, [...at, k]));
  return out;
}

function damaged(doc: unknown, rand: () => number): unknown {
  const copy = structuredClone(doc);
  const changes = 1 + Math.floor(rand() * 3);
  for (let n = 0; n < changes; n++) {
    const all = places(copy).filter((p) => p.length > 0);
    const at = all[Math.floor(rand() * all.length)];
    const parent = at.slice(0, -1).reduce<any>((o, k) => o[k], copy); // eslint-disable-line @typescript-eslint/no-explicit-any
    const key = at[at.length - 1];
    const roll = rand();
    if (roll < 0.1 && !Array.isArray(parent)) parent[`extra${n}`] = 'x'; // an unknown key beside it
    else if (roll < 0.2 && !Array.isArray(parent)) delete parent[key];
    else parent[key] = structuredClone(ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]);
  }
  return copy;
}

type Verdict = { ok: true; value: unknown } | { ok: false; message: string };
function judge(text: string, spec: DocSpec<unknown>): Verdict {
  try {
    return { ok: true, value: parseDoc(FILE, text, spec) };
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    return { ok: false, message: e.message };
  }
}

const SAMPLES: [string, DocSpec<unknown>, DocSpec<unknown>, unknown][] = [
  ['month files', monthSpec as DocSpec<unknown>, zodMonthSpec, { schemaVersion: 2, month: '2026-03', cases: [fullCase(), makeCase({ no: '2026-0002' })] }],
  ['year indexes', yearIndexSpec as DocSpec<unknown>, zodYearIndexSpec, { schemaVersion: 2, year: 2026, nextSeq: 3, months: { '2026-0001': '03', '2026-0002': '04' }, bySource: { 本级受理: 2 } }],
  ['open lists', openSpec as DocSpec<unknown>, zodOpenSpec, { schemaVersion: 2, cases: [{ no: '2026-0001', status: '办理中', receivedDate: '2026-03-02', acceptedDate: '2026-03-03', dueDate: null, unit: 'u', leader: 'l', summary: 's' }] }],
  ['people shards', peopleSpec as DocSpec<unknown>, zodPeopleSpec, { schemaVersion: 2, people: { ab: [{ no: '2026-0001', date: '2026-03-02' }], cd: [] } }],
];

describe.each(SAMPLES)('on 400 randomly damaged %s', (_what, spec, zodSpec, good) => {
  test('the checker accepts exactly what zod accepted, keeps what zod kept, and says what zod said', () => {
    const rand = rng(20261120);
    let accepted = 0;
    for (let i = 0; i < 400; i++) {
      const text = JSON.stringify(damaged(good, rand));
      const mine = judge(text, spec);
      const ref = judge(text, zodSpec);
      expect({ text, ...mine }).toEqual({ text, ...ref });
      if (mine.ok) accepted++;
    }
    // the sample holds both kinds, or it proves little
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(390);
  });
});

test('a broken month file in a store: reading it is a StoreError naming that file and field, and it is left as it was', () => {
  const dir = path.join(tempDir('xinfang-check-'), 'data');
  const store = Store.create(dir, caseConfig(), { command: 'test', today: '2026-03-31' });
  store.transaction({ command: 'test', today: '2026-03-31' }, (tx) => {
    const repo = new CasesRepo(tx, dir, tx.config.settings.caseNumberFormat, tx);
    repo.addCase(makeCase({ no: '' }));
    repo.flush();
  });
  const file = path.join(dir, 'cases/2026/2026-03.json');
  const { seal: _old, ...doc } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const broken = sealText(JSON.parse(JSON.stringify(doc).replace('"persons":1', '"persons":"一"'))).text; // sealed: the shape is what is wrong
  fs.writeFileSync(file, broken);
  const repo = new CasesRepo(store, dir, store.config().settings.caseNumberFormat);
  expect(errorOf(() => repo.casesOfMonth('2026-03'))).toContain(`数据文件 ${file} 内容不符合格式：字段 cases.0.persons：应为数字，实际为文字`);
  expect(fs.readFileSync(file, 'utf8')).toBe(broken);
});
