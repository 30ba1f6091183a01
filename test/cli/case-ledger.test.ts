// The case ledger (台账) through the real binary: import validates every row first, export masks and neutralises,
// and export → import → export gives the same ledger back.
import fs from 'node:fs';
import path from 'node:path';
import { idCheckChar } from '../../src/domain/cases/validate.js';
import { LEDGER_HEADERS } from '../../src/domain/cases/ledger.js';
import { writeCsv, parseCsv, decodeText } from '../../src/io/csv.js';
import { initStore, run, snapshot, tempDir } from '../helpers/cli.js';
import { setupBureau } from '../helpers/case-cli.js';

const TODAY = '2026-12-31';
const xf = (d: string, args: string[]) => run(d, args, { today: TODAY });

function idNumber(i: number): string {
  const first = `320706${1950 + (i % 50)}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, '0')}`;
  return first + idCheckChar(first);
}

/** n ledger rows of every status; every seventh petitioner comes back (repeat). */
function ledgerRows(n: number): string[][] {
  const rows: string[][] = [[...LEDGER_HEADERS]];
  const channels = ['来信', '来访', '网上', '来电'];
  const cats = ['办学管理', '教育收费', '教师待遇', '师德师风', '其它'];
  for (let i = 0; i < n; i++) {
    const month = 1 + (i % 12);
    const day = 1 + (i % 20);
    const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const later = (d: number) => `2026-${String(month).padStart(2, '0')}-${String(day + d).padStart(2, '0')}`;
    const who = i % 7 === 0 ? 7 : i;
    const stage = i % 5; // 0 登记 1 已受理 2 办理中 3 已办结 4 已评价
    const r: Record<string, string> = Object.fromEntries(LEDGER_HEADERS.map((h) => [h, '']));
    Object.assign(r, {
      登记日期: date, 渠道: channels[i % 4], 来源: i % 3 ? '本级受理' : '市信访局', 交办文号: i % 3 ? '' : `市信交〔2026〕${i}号`,
      信访人: `信访人${who}`, 联系电话: `138${String(who).padStart(8, '0')}`, 身份证号: i % 2 ? idNumber(who) : '', 住址: `海州区${who}号`,
      人数: String(1 + (i % 3)), 涉及地区: i % 2 ? '海州区' : '市第一中学', 问题类别: cats[i % 5],
      内容摘要: i === 3 ? '=HYPERLINK("http://x","点我")' : `反映问题，第${i}件，含逗号,和"引号"`, 诉求: i % 4 ? '请求处理' : '', 标签: i % 6 ? '' : '违规收费、补课',
    });
    if (stage >= 1) r.受理日期 = later(1);
    if (stage >= 2) Object.assign(r, { 责任单位: i % 2 ? '基础教育科' : '计财科', 包案领导: i % 2 ? '张明' : '李强', 办理期限: later(5) });
    if (stage >= 3) Object.assign(r, { 办结日期: later(3), 办理结果: '解决', 答复日期: later(4) });
    if (stage >= 4) r.满意度 = '满意';
    rows.push(LEDGER_HEADERS.map((h) => r[h]));
  }
  return rows;
}

let template: string | null = null;

/** A fresh store holding the test bureau (set up once, then copied). */
function bureau(): string {
  if (!template) {
    template = initStore();
    setupBureau(template);
  }
  const d = path.join(tempDir(), 'data');
  fs.cpSync(template, d, { recursive: true });
  return d;
}

describe('export → import round trip', () => {
  const work = tempDir();
  const a = bureau();

  test('5,000 rows import (time measured, not asserted)', () => {
    const file = path.join(work, 'in.csv');
    fs.writeFileSync(file, writeCsv(ledgerRows(5000)));
    const t0 = Date.now();
    const r = xf(a, ['import', 'cases', file]);
    const ms = Date.now() - t0;
    process.stderr.write(`import of 5,000 rows took ${ms} ms\n`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('导入信访件 5000 件');
    expect(r.stdout).toContain('重复信访');
    expect(JSON.parse(xf(a, ['case', 'list', '--month', '2026-03', '--json']).stdout)).toHaveLength(417);
  });

  test.each([
    ['CSV, the whole year', 'a.csv', ['--year', '2026']],
    ['XLSX, one month', 'm.xlsx', ['--month', '2026-03']],
  ])('%s: export, import into a fresh store, export again: the same ledger', (_what, name, period) => {
    const first = path.join(work, name);
    const firstCsv = path.join(work, `${name}.csv`);
    expect(xf(a, ['export', 'cases', ...period, '--out', first, '--show-pii']).code).toBe(0);
    expect(xf(a, ['export', 'cases', ...period, '--out', firstCsv, '--show-pii', '--force']).code).toBe(0);
    const d = bureau();
    const imp = xf(d, ['import', 'cases', first]);
    expect(imp.stderr).toBe('');
    const back = path.join(work, `${name}.back.csv`);
    expect(xf(d, ['export', 'cases', ...period, '--out', back, '--show-pii']).code).toBe(0);
    const text = fs.readFileSync(back, 'utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(400);
    expect(text).toBe(fs.readFileSync(firstCsv, 'utf8'));
  });

  test('exports mask petitioner data by default and neutralise formulas', () => {
    const out = path.join(work, 'masked.csv');
    expect(xf(a, ['export', 'cases', '--year', '2026', '--out', out]).code).toBe(0);
    const recs = parseCsv(decodeText(fs.readFileSync(out)));
    const h = recs[0].cells;
        const withId = recs.find((r) => r.cells[h.indexOf('身份证号')] !== '' && r !== recs[0])!.cells;
    expect(withId[h.indexOf('信访人')]).toMatch(/^信\*{3,}$/);
    expect(withId[h.indexOf('联系电话')]).toMatch(/^138\*{4}\d{4}$/);
    expect(withId[h.indexOf('身份证号')]).toMatch(/^320706\*{8}\d{3}[\dX]$/);
    const formula = recs.find((r) => r.cells[h.indexOf('内容摘要')].includes('HYPERLINK'))!.cells;
    expect(formula[h.indexOf('内容摘要')]).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(fs.readFileSync(out, 'utf8')).not.toContain('13800000001');
  });

  test('re-importing numbers already in the store is refused, nothing changes', () => {
    const before = snapshot(a);
    const r = xf(a, ['import', 'cases', path.join(work, 'a.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第 2 行：编号 2026-0001 已存在于数据中');
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^错误：5000 行有错误（见上），未导入任何信访件/);
    expect(snapshot(a)).toEqual(before);
  });
});

describe('bad rows', () => {
  const rows = ledgerRows(6).map((r) => [...r]);
  const col = (h: string) => LEDGER_HEADERS.indexOf(h as (typeof LEDGER_HEADERS)[number]);
  rows[2][col('身份证号')] = '110105194912310021';
  rows[3][col('内容摘要')] = '第一行\n第二行'; // a quoted line break: later rows keep their real line numbers
  rows[4][col('问题类别')] = '住房';
  rows[6][col('登记日期')] = '2027-01-05';
  rows[6][col('涉及地区')] = '火星区';

  test('every bad row is reported with its line; nothing is imported', () => {
    const d = bureau();
    const file = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(file, writeCsv(rows));
    const before = snapshot(d);
    const r = xf(d, ['import', 'cases', file]);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^第 3 行：身份证号“110105194912310021”校验位不符/);
    expect(lines[1]).toMatch(/^第 6 行：问题类别“住房”不存在/);
    expect(lines[2]).toMatch(/^第 8 行：登记日期 2027-01-05 晚于今天（2026-12-31），不能登记未来的日期；涉及地区“火星区”不存在/);
    expect(lines[3]).toBe('错误：3 行有错误（见上），未导入任何信访件；请改正后重新导入，或加 --skip-bad 只导入正确的 3 行');
    expect(r.code).toBe(1);
    expect(snapshot(d)).toEqual(before);
  });

  test('--skip-bad imports the good rows only', () => {
    const d = bureau();
    const file = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(file, writeCsv(rows));
    const r = xf(d, ['import', 'cases', file, '--skip-bad']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('导入信访件 3 件，跳过有错误的 3 行');
    expect(r.stderr).toContain('已跳过 第 3 行');
    const all = JSON.parse(xf(d, ['case', 'list', '--year', '2026', '--json']).stdout);
    expect(all.map((c: { summary: string }) => c.summary)).toContain('第一行\n第二行');
  });

  test('a file without the required headers, and an unknown file type', () => {
    const d = bureau();
    const file = path.join(tempDir(), 'x.csv');
    fs.writeFileSync(file, '编号,登记日期\n1,2026-01-01\n');
    expect(xf(d, ['import', 'cases', file]).stderr).toContain('错误：表头缺少必需的列：渠道、来源、信访人、涉及地区、问题类别、内容摘要');
    const r = xf(d, ['import', 'cases', file.replace('.csv', '.txt')]);
    expect(r.stderr).toContain('只支持 .csv 和 .xlsx 文件');
    expect(r.code).toBe(1);
  });
});
