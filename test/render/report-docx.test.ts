import { readFileSync } from 'node:fs';
import { buildAnnualReport } from '../../src/domain/report-annual.js';
import { buildMonthlyReport } from '../../src/domain/report-monthly.js';
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
    const kinds = doc.blocks.map((b) => (b.kind === 'table' ? `table:${b.title}` : b.kind === 'image' ? `image:${b.caption}` : b.kind));
    const pageBreak = kinds.indexOf('attachmentLabel');
    expect(kinds.slice(pageBreak - 2, pageBreak)).toEqual(['attachmentNote', 'signature']);
    expect(doc.blocks[pageBreak - 1]).toEqual({ kind: 'signature', issuer: '北岭市教育局', date: '2027-01-05' });
    const attachments = doc.blocks[pageBreak - 2];
    expect(attachments.kind === 'attachmentNote' && attachments.items[0]).toBe('2026年信访件分地区统计表');
    expect(kinds.slice(pageBreak).filter((k) => k.startsWith('table:') || k.startsWith('image:'))).toEqual([
      'table:附表1  2026年信访件分地区统计表',
      'table:附表2  2026年信访件反映问题分类统计表',
      'image:图  2026年信访件反映问题分类（单位：件）',
      'table:附表3  2026年信访件分来源统计表',
      'table:附表4  2026年信访件分渠道统计表',
      'table:附表5  2026年信访件分月统计表',
      'table:附表6  2026年领导信访接待情况统计表',
    ]);
    const note = doc.blocks.find((b) => b.kind === 'note');
    expect(note && note.kind === 'note' && note.text).toBe(
      '注：柱上数字为件数，横轴序号对应的问题类别为：1.办学管理；2.教育收费；3.教师待遇；4.师德师风；5.廉政建设；6.办学条件；7.招生考试；8.其它问题。',
    );
  });

  test('renders: headings numbered, the tables repeat their header row and do not split rows, the chart is a PNG', async () => {
    const buf = await renderOfficialDocx(doc);
    const text = await docxText(buf);
    expect(text).toContain('一、2026年信访情况分析');
    expect(text).toContain('（一）省、市信访工作平台转来信访件情况');
    expect(text).toContain('1.群众（师生）来信来访总体情况');
    expect(text).toContain('（二）市政府的网站——市长信箱转来信访件情况');
    const xml = await docxXml(buf);
    expect((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g) ?? []).length).toBe(6);
    expect(xml).toContain('<w:cantSplit');
    expect(buf.includes(Buffer.from('word/media/'))).toBe(true);
  });

  test('a year without cases has no chart and still renders', async () => {
    const empty = buildAnnualReport({ year: 2030, config: testConfig(), cases: [], previousYearCases: null });
    const d = annualOfficialDoc(empty, tpl('report-annual'), '北岭市教育局', '2031-01-05');
    expect(d.blocks.some((b) => b.kind === 'image')).toBe(false);
    const text = await docxText(await renderOfficialDocx(d));
    expect(text).toContain('2030年，我局未收到信访件。');
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
  ]);
  const jan = monthlyOfficialDoc(buildMonthlyReport({ month: '2026-01', config, cases, previousYearCases: null }), tpl('report-monthly'), '北岭市教育局', '2026-02-03');
  expect(jan.blocks.filter((b) => b.kind === 'table').map((t) => t.kind === 'table' && t.title)).toEqual([
    '附表1  2026年1月信访件分类统计表',
    '附表2  2026年1月信访件办理情况统计表',
    '附表3  2026年1月领导信访接待情况',
  ]);
});
