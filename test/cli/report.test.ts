// report monthly|annual through the real binary: seed 5's ledger imported, then the figures as JSON, the
// documents' text (golden), CSV, the empty cases and every error path.
import fs from 'node:fs';
import path from 'node:path';
import { docxText } from '../helpers/docx-text.js';
import { run, tempDir } from '../helpers/cli.js';
import { expectGoldenText } from '../helpers/golden.js';
import { ledgerCsv, makeCase, seed5Cases, seed5SetupCommands } from '../helpers/report-fixtures.js';

const TODAY = '2027-01-04';
let dir: string;
let work: string;

function ok(args: string[], today = TODAY) {
  const r = run(dir, args, { today, cwd: work });
  if (r.code !== 0) throw new Error(`xinfang ${args.join(' ')} → ${r.code}: ${r.stderr}`);
  return r;
}

beforeAll(() => {
  work = tempDir('xinfang-report-');
  dir = path.join(work, 'data');
  for (const args of seed5SetupCommands()) ok(args);
  ok(['roster', 'rule', 'add', '--days', '1,16'], '2026-01-02');
  ok(['roster', 'generate', '--year', '2026', '--out', path.join(work, 'roster.docx')], '2026-01-02');
  // seed 5's 180 cases from 省教育厅/市信访局, as a 台账 CSV
  fs.writeFileSync(path.join(work, 'seed5.csv'), ledgerCsv(seed5Cases()));
  ok(['import', 'cases', path.join(work, 'seed5.csv')]);
  // a visit of 3 people on the reception day of 2026-03-16 (李明 by rotation: 1-1→1-5 王建国, 1-16 李明, …)
  ok(['case', 'add', '--date', '2026-03-16', '--channel', '来访', '--source', '本级受理', '--name', '赵六', '--phone', '13911112222',
    '--persons', '3', '--region', '南川县', '--category', '教育收费', '--summary', '反映收费问题', '--tags', '违规收费'], '2026-03-16');
  // every reception day of the year closed as held (reception close): the figures of days held come from these records
  const slots = JSON.parse(ok(['--json', 'roster', 'show', '--year', '2026'], '2026-12-31').stdout).slots as { date: string; kind: string }[];
  for (const s of slots.filter((x) => x.kind === '接访')) ok(['reception', 'close', '--date', s.date], '2026-12-31');
  // last year: 150 cases, for the year-on-year sentence
  const last = Array.from({ length: 150 }, (_, i) =>
    makeCase({
      no: `2025-${String(i + 1).padStart(4, '0')}`, receivedDate: '2025-05-06', status: '已办结', closedDate: '2025-06-06', result: '解决',
      petitioner: { name: `甲${i}`, phone: `137${String(i).padStart(8, '0')}`, idNumber: '', address: '' },
    }));
  fs.writeFileSync(path.join(work, 'last.csv'), ledgerCsv(last));
  ok(['import', 'cases', path.join(work, 'last.csv')]);
}, 120_000);

describe('report annual', () => {
  test('--json reproduces every figure of seed 5', () => {
    const r = JSON.parse(ok(['report', 'annual', '--year', '2026', '--json']).stdout);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['year', 'total', 'closed', 'inProgress', 'closureRate', 'byRegion', 'byCategory', 'bySource', 'previousYearTotal', 'receptions', 'groups']));
    const upper = r.groups.find((g: { group: string }) => g.group === '上级转办');
    expect(upper).toMatchObject({ sources: ['省教育厅', '市信访局'], total: 180, closed: 173, inProgress: 7, closureRate: 96.11 });
    expect(upper.byKind).toEqual([{ kind: '县区', count: 172, percent: 95.56 }, { kind: '学校', count: 8, percent: 4.44 }]);
    expect(upper.byRegion.slice(0, 4).map((x: { count: number; percent: number }) => [x.count, x.percent])).toEqual([[24, 13.33], [23, 12.78], [20, 11.11], [18, 10]]);
    expect(upper.byCategory.map((x: { name: string; count: number }) => `${x.name}${x.count}`)).toEqual(['办学管理48', '教育收费42', '教师待遇36', '师德师风20', '廉政建设8', '办学条件8', '招生考试7', '其它11']);
    expect(upper.yearOnYear).toEqual({ previous: 150, current: 180, direction: 'up', diff: 30, percent: 20 });
    expect(r).toMatchObject({ year: 2026, total: 181, previousYearTotal: 150 });
    expect(r.receptions).toMatchObject({ days: 24, batches: 1, persons: 3 });
  });

  test('the .docx reads like seed 5 (golden text), with the tables and the chart', async () => {
    const out = path.join(work, 'annual.docx');
    const r = ok(['report', 'annual', '--year', '2026', '--out', out]);
    expect(r.stdout).toContain(`已生成 ${out}`);
    expect(r.stdout).toContain('目前已办结173件，还有7件正在办理中');
    const buf = fs.readFileSync(out);
    const text = await docxText(buf);
    expect(text).toContain('2026年，省教育厅、市信访局共转来信访件180件。其中，涉及县（市、区）的172件，占总量的95.56%；涉及市直属学校的8件，占总量的4.44%。');
    expect(text).toContain('河东区、松林县、柳溪县各8件（各占4.44%）');
    expect(text).toContain('廉政建设、办学条件各8件（各占4.44%）；招生考试7件（占3.89%）；其它问题11件（占6.11%）。');
    expect(buf.includes(Buffer.from('word/charts/chart1.xml'))).toBe(true); // the native chart
    expect(buf.includes(Buffer.from('word/media/'))).toBe(false);
    expectGoldenText('report-annual-2026.docx.txt', `${text}\n`);
  });

  test('--json adds the figures a leader asks for, each rate a number or null', () => {
    const r = JSON.parse(ok(['report', 'annual', '--year', '2026', '--json']).stdout);
    // 181 cases, each petitioner once; nothing rated. Imported rows carry no 办理期限: the statutory 60 days from
    // acceptance apply. The 7 open cases of seed5Cases() were received (and accepted) on 02-20, 04-13, 06-04, 07-24, 09-14
    // (late by 12-31) and 11-05, 12-25 (not yet), in 南川县, 东湖县, 西城区, 白水县, 云台县; the visit of 03-16 was never
    // accepted (late since 03-31) and has no unit. The 173 closed ones closed on the day they came: all on time.
    expect(r).toMatchObject({
      firstTime: { count: 181, percent: 100 },
      repeat: { count: 0, percent: 0 },
      repeatPersons: { count: 0, percent: 0, petitioners: 181 },
      group: { batches: 0, persons: 0 },
      closedOnTime: 173,
      onTimeRate: 100,
      overdueAsOf: '2026-12-31',
      satisfaction: { rated: 0, satisfied: 0, basic: 0, unsatisfied: 0, rate: null },
    });
    expect(r.overdue).toEqual([
      { unit: '南川县', count: 1 }, { unit: '东湖县', count: 1 }, { unit: '西城区', count: 1 }, { unit: '白水县', count: 1 }, { unit: '云台县', count: 1 }, { unit: '', count: 1 },
    ]);
    // from the year indexes: 2025 150 received, 150 closed; 2026 181 and 173 (173 / 181 = 95.58%)
    expect(r.trend).toEqual([
      { year: 2025, received: 150, closed: 150, closureRate: 100 },
      { year: 2026, received: 181, closed: 173, closureRate: 95.58 },
    ]);
  });

  test('--xlsx: one sheet per 附表, header frozen, numbers as numbers', async () => {
    const out = path.join(work, 'annual.xlsx');
    expect(ok(['report', 'annual', '--year', '2026', '--xlsx', '--out', out]).stdout).toContain(`已生成 ${out}`);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toHaveLength(12);
    expect(names[0]).toBe('附表1 2026年信访件分地区统计表');
    expect(names[6]).toBe('附表7 2026年信访件与2025年对比表');
    expect(names[11]).toBe('附表12 近年信访件收办情况统计表');
    const trend = wb.getWorksheet(names[11])!;
    expect(trend.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(trend.getRow(2).values).toEqual([undefined, '年份', '收到件数', '办结件数', '办结率']);
    expect(trend.getRow(4).values).toEqual([undefined, '2026年', 181, 173, 0.9558]);
    expect(trend.getCell('D4').numFmt).toBe('0.00%');
    const r = run(dir, ['report', 'annual', '--year', '2026', '--xlsx', '--csv'], { today: TODAY, cwd: work });
    expect([r.code, r.stdout, r.stderr.trim()]).toEqual([2, '', '错误：--xlsx 不能与 --json 或 --csv 同用，请只选一种输出']);
  });

  test('refuses to overwrite without --force; --force overwrites', () => {
    const out = path.join(work, 'again.docx');
    ok(['report', 'annual', '--year', '2026', '--out', out]);
    const again = run(dir, ['report', 'annual', '--year', '2026', '--out', out], { today: TODAY, cwd: work });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^错误：文件 .*again\.docx 已存在；要覆盖请加 --force/);
    expect(run(dir, ['report', 'annual', '--year', '2026', '--out', out, '--force'], { today: TODAY, cwd: work }).code).toBe(0);
  });

  test('without --out the document goes to out/ under the current folder', () => {
    const r = ok(['report', 'annual', '--year', '2026']);
    expect(fs.existsSync(path.join(work, 'out', '2026年北岭市教育局信访工作总结.docx'))).toBe(true);
    expect(r.stdout).toContain('附表1  2026年信访件分地区统计表');
  });

  test('a year with no cases: sensible text and JSON, no NaN', async () => {
    const j = ok(['report', 'annual', '--year', '2020', '--json']).stdout;
    expect(JSON.parse(j)).toMatchObject({ total: 0, closureRate: 0, previousYearTotal: null, yearOnYear: null });
    expect(j).not.toMatch(/NaN|Infinity/);
    const out = path.join(work, 'empty.docx');
    ok(['report', 'annual', '--year', '2020', '--out', out]);
    const text = await docxText(fs.readFileSync(out));
    expect(text).toContain('2020年，我局未收到信访件。');
    expect(text).not.toMatch(/NaN|undefined/);
  });
});

describe('report annual of a year not yet over', () => {
  const NOV30 = '2026-11-30';

  test('--json: the period up to today, 同期 of last year, no month after the cut-off', () => {
    const r = JSON.parse(ok(['report', 'annual', '--json'], NOV30).stdout);
    expect(r.period).toEqual({ from: '2026-01-01', to: '2026-11-30', complete: false });
    expect(r.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-11-30', complete: false });
    expect(r.byMonth).toHaveLength(11);
    expect(r.byMonth.reduce((a: number, b: number) => a + b, 0)).toBe(r.total);
    // last year's 150 cases were all received on 2025-05-06, inside the same period
    expect(r.yearOnYear).toMatchObject({ previous: 150, current: r.total });
  });

  test('the .docx says its cut-off, counts 1—11月 and compares with 同期 in text and tables', async () => {
    const out = path.join(work, 'annual-partial.docx');
    ok(['report', 'annual', '--year', '2026', '--out', out], NOV30);
    const text = await docxText(fs.readFileSync(out));
    expect(text).toContain('（统计截至2026年11月30日）');
    expect(text).toContain('一、2026年1—11月信访情况分析');
    expect(text).toMatch(/与上年同期相比增加\d+件（增长[\d.]+%）。/);
    expect(text).not.toContain('从全年信访总量看');
    expect(text).toContain('附表5  2026年1—11月信访件分月统计表\n月份 | 1月 | 2月 | 3月 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 10月 | 11月 | 合计');
    expect(text).not.toContain('12月 |');
    expect(text).toContain('附表7  2026年1—11月信访件与2025年1—11月对比表\n来源分组 | 本期 | 上年同期 | 增减 | 增减幅度');
  });

  test('a year that has not begun is refused', () => {
    const r = run(dir, ['report', 'annual', '--year', '2027', '--json'], { today: NOV30, cwd: work });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe('错误：2027年尚未开始（今天是2026年11月30日），请选择今年或以前的年份\n');
  });
});

describe('report monthly', () => {
  test('--json: the month, its receptions (1 批 3 人次) and the year to date', () => {
    const r = JSON.parse(ok(['report', 'monthly', '--month', '2026-03', '--json']).stdout);
    expect(r).toMatchObject({ month: '2026-03', received: 16 });
    // the visit registered on 3-16 was never accepted: 待受理, not 正在办理
    expect([r.received, r.accepted, r.rejected, r.pendingAcceptance, r.closed, r.inProgress]).toEqual([16, 15, 0, 1, 15, 0]);
    expect(r.receptions.byDay).toContainEqual({ date: '2026-03-16', leader: '李明', batches: 1, persons: 3 });
    expect(r.yearToDate).toMatchObject({ from: '2026-01-01', to: '2026-03-31', received: 46 });
    expect(r.monthOnMonth).toEqual({ previous: 14, current: 16, direction: 'up', diff: 2, percent: 14.29 });
    expect(r.yearOnYear).toBeNull(); // last year's data begin in May
  });

  test('default month is the previous one; the .docx text (golden)', async () => {
    const out = path.join(work, 'monthly.docx');
    ok(['report', 'monthly', '--out', out], '2026-04-04');
    const text = await docxText(fs.readFileSync(out));
    expect(text).toContain('信访工作情况月报');
    expect(text).toContain('（2026年3月）');
    expectGoldenText('report-monthly-2026-03.docx.txt', `${text}\n`);
  });

  test('--csv: the tables with their titles, BOM for Excel; --out writes it to a file', () => {
    const csv = ok(['report', 'monthly', '--month', '2026-03', '--csv']).stdout;
    expect(csv.startsWith('\uFEFF附表1  2026年3月信访件分类统计表\r\n分类,项目,件数,占比\r\n')).toBe(true);
    expect(csv).toContain('合计,,16,100%');
    const file = path.join(work, 'm.csv');
    ok(['report', 'monthly', '--month', '2026-03', '--csv', '--out', file]);
    expect(fs.readFileSync(file, 'utf8')).toBe(csv);
  });

  test('a month with no cases and no receptions: rates of nothing are null, "—" in the tables, said in words', () => {
    const r = ok(['report', 'monthly', '--month', '2027-01', '--json']).stdout;
    expect(JSON.parse(r)).toMatchObject({ received: 0, closureRate: null, onTimeRate: null, yearToDate: { closureRate: null, onTimeRate: null }, receptions: { days: 0, batches: 0, persons: 0 } });
    expect(r).not.toMatch(/NaN|Infinity/);
    const text = ok(['report', 'monthly', '--month', '2027-01']).stdout;
    expect(text).toContain('2027年1月累计未收到信访件，暂无办结率；累计尚无办结的信访件，暂无按期办结率。');
    expect(text).not.toMatch(/(?<![\d.])0%/); // no rate of nothing ("下降100%" is a real one)
    const csv = ok(['report', 'monthly', '--month', '2027-01', '--csv']).stdout;
    expect(csv).toContain('渠道,来访,0,—');
    expect(csv).toContain('来源,—,0,—');
    expect(csv).toContain('合计,,0,—');
    expect(csv).toContain('办结率,—,—');
    expect(csv).toContain('按期办结率,—,—');
  });

  test('a month not yet begun is refused and writes nothing', () => {
    const out = path.join(work, 'future.docx');
    const r = run(dir, ['report', 'monthly', '--month', '2027-02', '--out', out], { today: TODAY, cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('错误：2027年2月尚未开始（今天是2027年1月4日），请选择本月或以前的月份');
    expect(r.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('errors', () => {
  test.each([
    [['report', 'monthly', '--month', '2026-13'], 1, /^错误：--month 的值“2026-13”无效/],
    [['report', 'annual', '--year', '26'], 1, /^错误：--year“26”不是有效年份/],
    [['report', 'annual', '--year', '2026', '--json', '--csv'], 2, /^错误：--json 和 --csv 只能选一个/],
    [['report', 'annual', 'extra'], 2, /^错误：/],
  ])('%j → exit %i', (args, code, message) => {
    const r = run(dir, args, { today: TODAY, cwd: work });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('a missing store is a store error', () => {
    const r = run(path.join(tempDir(), 'none'), ['report', 'annual', '--year', '2026'], { today: TODAY });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^错误：.*xinfang init/);
  });
});
