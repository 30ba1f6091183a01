import { readFileSync } from 'node:fs';
import { buildAnnualReport } from '../../src/domain/reports/annual.js';
import { buildMonthlyReport } from '../../src/domain/reports/monthly.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { annualOfficialDoc, monthlyOfficialDoc } from '../../src/render/report-docx.js';
import { narrativeLines, numberHeadings } from '../../src/render/report-text.js';
import { docxText, docxXml } from '../helpers/docx-text.js';
import { makeCase, mayorCases, seed5Cases, testConfig } from '../helpers/report-fixtures.js';

const tpl = (name: string) => JSON.parse(readFileSync(new URL(`../../templates/${name}.json`, import.meta.url), 'utf8'));

test('headings are numbered per level and restart under a higher one', () => {
  const h = (level: 1 | 2 | 3, text: string) => ({ kind: 'heading' as const, level, text });
  const out = numberHeadings([h(1, 'A'), h(2, 'B'), h(3, 'C'), h(3, 'D'), h(2, 'E'), h(3, 'F'), h(1, 'G'), h(2, 'H')]);
  expect(out.map((b) => b.text)).toEqual(['一、A', '（一）B', '1.C', '2.D', '（二）E', '1.F', '二、G', '（一）H']);
  expect(narrativeLines({ title: 'T', subtitle: '（S）', blocks: [h(1, 'A'), { kind: 'paragraph', text: 'p' }] })).toEqual(['T（S）', '一、A', '\u3000\u3000p']);
});

describe('the annual document', () => {
  const r = buildAnnualReport({ year: 2026, config: testConfig(), cases: [...seed5Cases(), ...mayorCases()], previousYearCases: null });
  const doc = annualOfficialDoc(r, tpl('report-annual'), '北岭市教育局', '2027-01-05');

  test('narrative, 附件说明, issuer and date, then the 附件 label and the 附表 with the chart after the category table', () => {
    expect(doc.title).toBe('2026年北岭市教育局信访工作总结');
    const kinds = doc.blocks.map((b) => (b.kind === 'table' ? `table:${b.title}` : b.kind === 'chart' ? `chart:${b.caption}` : b.kind));
    const pageBreak = kinds.indexOf('attachmentLabel');
    expect(kinds.slice(pageBreak - 2, pageBreak)).toEqual(['attachmentNote', 'signature']);
    expect(doc.blocks[pageBreak - 1]).toEqual({ kind: 'signature', issuer: '北岭市教育局', date: '2027-01-05' });
    const attachments = doc.blocks[pageBreak - 2];
    expect(attachments.kind === 'attachmentNote' && attachments.items[0]).toBe('2026年信访件分地区统计表');
    expect(kinds.slice(pageBreak).filter((k) => k.startsWith('table:') || k.startsWith('chart:'))).toEqual([
      'table:附表1  2026年信访件分地区统计表',
      'table:附表2  2026年信访件反映问题分类统计表',
      'chart:图  2026年信访件反映问题分类（单位：件）',
      'table:附表3  2026年信访件分来源统计表',
      'table:附表4  2026年信访件分渠道统计表',
      'table:附表5  2026年信访件分月统计表',
      'table:附表6  2026年领导信访接待情况统计表',
      'table:附表7  2026年初信初访和重复信访情况统计表',
      'table:附表8  2026年信访件按期办结情况统计表',
      'table:附表9  2026年超期未办结信访件分单位统计表',
      'table:附表10  2026年信访人满意度评价统计表',
      'table:附表11  近年信访件收办情况统计表',
    ]);
    // the 附件说明 names every 附表, the new ones too, in the order and under the number they carry
    const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.title ?? ''] : []));
    expect(attachments.kind === 'attachmentNote' && attachments.items).toEqual(tables.map((t) => t.replace(/^附表\d+\s+/, '')));
    expect(tables.map((t) => /^附表(\d+)/.exec(t)?.[1])).toEqual(tables.map((_, i) => String(i + 1)));
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    expect(chart && chart.kind === 'chart' && [chart.type, chart.categories, chart.series]).toEqual([
      'bar',
      ['办学管理', '教育收费', '教师待遇', '师德师风', '廉政建设', '办学条件', '招生考试', '其它问题'],
      [{ name: '件数', values: r.byCategory.map((c) => c.count) }],
    ]);
    expect(chart && chart.kind === 'chart' && chart.altText).toMatch(/^2026年信访件反映问题分类条形图，各类问题的件数为：办学管理\d+件，教育收费\d+件，.*其它问题\d+件。$/);
  });

  test('renders: headings numbered, the tables repeat their header row and do not split rows, the chart is a native chart', async () => {
    const buf = await renderOfficialDocx(doc);
    const text = await docxText(buf);
    expect(text).toContain('一、2026年信访情况分析');
    expect(text).toContain('（一）省、市信访工作平台转来信访件情况');
    expect(text).toContain('1.群众（师生）来信来访总体情况');
    expect(text).toContain('（二）市政府的网站——市长信箱转来信访件情况');
    expect(text).toContain('（五）初信初访和重复信访情况');
    const xml = await docxXml(buf);
    expect((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g) ?? []).length).toBe(11);
    expect(xml).toContain('<w:cantSplit');
    expect(xml).toContain('r:id="rIdXfChart1"');
    expect(xml).not.toContain('<pic:pic');
  });

  test('a year without cases has no chart and still renders', async () => {
    const empty = buildAnnualReport({ year: 2030, config: testConfig(), cases: [], previousYearCases: null });
    const d = annualOfficialDoc(empty, tpl('report-annual'), '北岭市教育局', '2031-01-05');
    expect(d.blocks.some((b) => b.kind === 'chart')).toBe(false);
    const text = await docxText(await renderOfficialDocx(d));
    expect(text).toContain('2030年，我局未收到信访件。');
  });
});

describe('the trend chart of the annual document', () => {
  const earlierYears = [
    { year: 2023, received: 120, closed: 118 },
    { year: 2024, received: 0, closed: 0 },
    { year: 2025, received: 140, closed: 139 },
  ];
  const cases = [...seed5Cases(), ...mayorCases()];
  const chartOf = (d: ReturnType<typeof annualOfficialDoc>) => d.blocks.filter((b) => b.kind === 'chart').map((b) => (b.kind === 'chart' ? b : null)!);

  test('a column per year for received and 办结, after the trend table, with alt text naming every figure', () => {
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases, previousYearCases: null, earlierYears });
    const d = annualOfficialDoc(r, tpl('report-annual'), '北岭市教育局', '2027-01-05');
    const charts = chartOf(d);
    expect(charts).toHaveLength(2);
    const trend = charts[1];
    expect([trend.type, trend.categoryTitle, trend.categories]).toEqual(['column', '年份', ['2023年', '2024年', '2025年', '2026年']]);
    expect(trend.series).toEqual([
      { name: '收到件数', values: [120, 0, 140, r.total] },
      { name: '办结件数', values: [118, 0, 139, r.closed] },
    ]);
    expect(trend.caption).toBe('图  近4年信访件收办情况（单位：件）');
    expect(trend.altText).toBe(
      `近4年信访件收办情况柱形图，各年收到和办结的件数为：2023年收到120件、办结118件；2024年收到0件、办结0件；2025年收到140件、办结139件；2026年收到${r.total}件、办结${r.closed}件。`,
    );
    // right after the last table (the trend table), separated by a blank line
    const at = d.blocks.indexOf(trend);
    const table = d.blocks[at - 2];
    expect(table.kind === 'table' && table.title).toBe('附表11  近年信访件收办情况统计表');
  });

  test('the year not over is labelled with its period, in the chart and its caption', () => {
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases, previousYearCases: null, earlierYears, today: '2026-11-30' });
    const trend = chartOf(annualOfficialDoc(r, tpl('report-annual'), '北岭市教育局', '2026-11-30'))[1];
    expect(trend.categories).toEqual(['2023年', '2024年', '2025年', '2026年1—11月']);
    expect(trend.caption).toBe('图  近4年信访件收办情况（含2026年1—11月，单位：件）');
    expect(trend.altText).toContain('2026年1—11月收到');
  });

  test('no chart for a single year (nothing to compare); the docx carries both charts as native parts', async () => {
    const alone = buildAnnualReport({ year: 2026, config: testConfig(), cases, previousYearCases: null });
    expect(chartOf(annualOfficialDoc(alone, tpl('report-annual'), '北岭市教育局', '2027-01-05')).map((c) => c.type)).toEqual(['bar']);
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases, previousYearCases: null, earlierYears });
    const xml = await docxXml(await renderOfficialDocx(annualOfficialDoc(r, tpl('report-annual'), '北岭市教育局', '2027-01-05')));
    expect([...xml.matchAll(/r:id="(rIdXfChart\d)"/g)].map((m) => m[1])).toEqual(['rIdXfChart1', 'rIdXfChart2']);
    expect(xml).toContain('descr="近4年信访件收办情况柱形图');
  });
});

test('the monthly document: title, subtitle, overdue list on landscape pages only when there is one', () => {
  const config = testConfig();
  const cases = [...seed5Cases(), makeCase({ no: '2026-L001', receivedDate: '2026-01-05', dueDate: '2026-03-06' })];
  const r = buildMonthlyReport({ month: '2026-03', config, cases, previousYearCases: null });
  const doc = monthlyOfficialDoc(r, tpl('report-monthly'), '北岭市教育局', '2026-04-03');
  expect([doc.title, doc.subtitle]).toEqual(['北岭市教育局信访工作情况月报', '（2026年3月）']);
  const tables = doc.blocks.filter((b) => b.kind === 'table');
  expect(tables.map((t) => t.kind === 'table' && [t.title, !!t.landscape])).toEqual([
    ['附表1  2026年3月信访件分类统计表', false],
    ['附表2  2026年3月信访件办理情况统计表', false],
    ['附表3  截至2026年3月31日超期信访件清单', true],
    ['附表4  2026年3月领导信访接待情况', false],
    ['附表5  2026年3月初信初访和重复信访情况统计表', false],
  ]);
  const jan = monthlyOfficialDoc(buildMonthlyReport({ month: '2026-01', config, cases, previousYearCases: null }), tpl('report-monthly'), '北岭市教育局', '2026-02-03');
  expect(jan.blocks.filter((b) => b.kind === 'table').map((t) => t.kind === 'table' && t.title)).toEqual([
    '附表1  2026年1月信访件分类统计表',
    '附表2  2026年1月信访件办理情况统计表',
    '附表3  2026年1月领导信访接待情况',
    '附表4  2026年1月初信初访和重复信访情况统计表',
  ]);
});
