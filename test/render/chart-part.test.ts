// The native Word chart: the chart part checked against the chart schema's element order and required elements
// (CT_ChartSpace … CT_ValAx of the DrawingML chart schema), the package wiring (relationship, content type, inline
// drawing with alt text, data workbook), and LibreOffice drawing it as a chart with its Chinese category names.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ChartBlock } from '../../src/render/docx/chart-model.js';
import { chartSpaceXml, columnLetter } from '../../src/render/docx/chart-xml.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { docxXml } from '../helpers/docx-text.js';
import { convertToPdf, pdfToolsMissing } from '../helpers/pdf-layout.js';

const fonts = { eastAsia: '仿宋_GB2312', latin: 'Times New Roman', sizePt: 10.5 };
const bar: ChartBlock = {
  kind: 'chart',
  type: 'bar',
  categoryTitle: '问题类别',
  categories: ['办学管理', '教育收费', '教师待遇', '其它问题'],
  series: [{ name: '件数', values: [48, 42, 36, 11] }],
  widthMm: 150,
  heightMm: 60,
  altText: '2026年信访件反映问题分类条形图，各类问题的件数为：办学管理48件，教育收费42件，教师待遇36件，其它问题11件。',
  caption: '图  2026年信访件反映问题分类（单位：件）',
};
const line: ChartBlock = {
  ...bar,
  type: 'line',
  categoryTitle: '年份',
  categories: ['2022年', '2023年', '2024年', '2025年', '2026年'],
  series: [
    { name: '收到', values: [150, 162, 171, 150, 181] },
    { name: '办结', values: [148, 160, 170, 149, 173] },
  ],
  altText: '近五年信访件数折线图',
};
/** The annual trend as the report draws it: a pair of columns per year, the year not over named by its period. */
const trend: ChartBlock = {
  ...line,
  type: 'column',
  categories: ['2022年', '2023年', '2024年', '2025年', '2026年1—11月'],
  series: [
    { name: '收到件数', values: [150, 162, 171, 199, 153] },
    { name: '办结件数', values: [148, 160, 170, 193, 128] },
  ],
  widthMm: 156,
  heightMm: 80,
  altText: '近5年信访件收办情况柱形图',
  caption: '图  近5年信访件收办情况（含2026年1—11月，单位：件）',
};

// ---- a small XML tree of our own generated markup (no comments, CDATA or processing instructions inside) ----
interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}
function parse(xml: string): Node {
  const root: Node = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>/g)) {
    const [, close, name, rawAttrs, selfClose] = m;
    if (close) {
      expect(stack.pop()!.name).toBe(name);
      continue;
    }
    const attrs = Object.fromEntries([...rawAttrs.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const node: Node = { name, attrs, children: [] };
    stack[stack.length - 1].children.push(node);
    if (!selfClose) stack.push(node);
  }
  expect(stack).toHaveLength(1);
  return root.children[0];
}
const all = (n: Node, name: string): Node[] => [...(n.name === name ? [n] : []), ...n.children.flatMap((c) => all(c, name))];

// Element sequences of the chart schema (a name list = xsd:sequence; a nested list = one xsd:choice slot).
type Seq = (string | string[])[];
const CHARTS = ['areaChart', 'area3DChart', 'lineChart', 'line3DChart', 'stockChart', 'radarChart', 'scatterChart', 'pieChart', 'pie3DChart', 'doughnutChart', 'barChart', 'bar3DChart', 'ofPieChart', 'surfaceChart', 'surface3DChart', 'bubbleChart'];
const DLBLS = ['numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'showLeaderLines', 'leaderLines'];
const AXIS_HEAD = ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', ['crosses', 'crossesAt']];
const SCHEMA: Record<string, { seq: Seq; required: string[] }> = {
  chartSpace: { seq: ['date1904', 'lang', 'roundedCorners', 'style', 'clrMapOvr', 'pivotSource', 'protection', 'chart', 'spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst'], required: ['chart'] },
  chart: { seq: ['title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'], required: ['plotArea'] },
  plotArea: { seq: ['layout', CHARTS, ['valAx', 'catAx', 'dateAx', 'serAx'], 'dTable', 'spPr', 'extLst'], required: [] },
  barChart: { seq: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'], required: ['barDir', 'axId'] },
  lineChart: { seq: ['grouping', 'varyColors', 'ser', 'dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth', 'axId', 'extLst'], required: ['grouping', 'axId'] },
  'barChart/ser': { seq: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'], required: ['idx', 'order'] },
  'lineChart/ser': { seq: ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'], required: ['idx', 'order'] },
  tx: { seq: [['strRef', 'v']], required: [] },
  cat: { seq: [['multiLvlStrRef', 'numRef', 'numLit', 'strRef', 'strLit']], required: [] },
  val: { seq: [['numRef', 'numLit']], required: [] },
  strRef: { seq: ['f', 'strCache', 'extLst'], required: ['f'] },
  numRef: { seq: ['f', 'numCache', 'extLst'], required: ['f'] },
  strCache: { seq: ['ptCount', 'pt', 'extLst'], required: [] },
  numCache: { seq: ['formatCode', 'ptCount', 'pt', 'extLst'], required: [] },
  pt: { seq: ['v'], required: ['v'] },
  dLbls: { seq: ['dLbl', ...DLBLS, 'extLst'], required: [] },
  'lineChart/ser/marker': { seq: ['symbol', 'size', 'spPr', 'extLst'], required: [] },
  catAx: { seq: [...AXIS_HEAD, 'auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'], required: ['axId', 'scaling', 'axPos', 'crossAx'] },
  valAx: { seq: [...AXIS_HEAD, 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'], required: ['axId', 'scaling', 'axPos', 'crossAx'] },
  scaling: { seq: ['logBase', 'orientation', 'max', 'min', 'extLst'], required: [] },
  legend: { seq: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'], required: [] },
  externalData: { seq: ['autoUpdate'], required: [] },
};

/** Every c: element with a known content model: children known, in schema order, the required ones present. */
function checkAgainstSchema(n: Node, path: string[] = []): Set<string> {
  const checked = new Set<string>();
  const local = n.name.replace(/^c:/, '');
  const key = [`${path[path.length - 2]}/${path[path.length - 1]}/${local}`, `${path[path.length - 1]}/${local}`, local].find((k) => SCHEMA[k]);
  if (n.name.startsWith('c:') && key) {
    const { seq, required } = SCHEMA[key];
    const slot = (child: string) => seq.findIndex((s) => (Array.isArray(s) ? s.includes(child) : s === child));
    const slots = n.children.filter((c) => c.name.startsWith('c:')).map((c) => c.name.slice(2));
    for (const c of slots) expect({ in: key, child: c, known: slot(c) >= 0 }).toEqual({ in: key, child: c, known: true });
    const order = slots.map(slot);
    expect({ in: key, order }).toEqual({ in: key, order: [...order].sort((a, b) => a - b) });
    for (const r of required) expect({ in: key, has: r, present: slots.includes(r) }).toEqual({ in: key, has: r, present: true });
    checked.add(key);
  }
  for (const c of n.children) for (const k of checkAgainstSchema(c, [...path, local])) checked.add(k);
  return checked;
}

describe.each([
  ['horizontal bars', bar, 'c:barChart'],
  ['columns', { ...bar, type: 'column' } as ChartBlock, 'c:barChart'],
  ['a line of two series', line, 'c:lineChart'],
  ['columns of two series (the trend)', trend, 'c:barChart'],
])('the chart part (%s)', (_, chart, plotName) => {
  const root = parse(chartSpaceXml(chart, fonts, 'rId1'));

  test('follows the chart schema: element order and required elements', () => {
    expect(root.name).toBe('c:chartSpace');
    const checked = checkAgainstSchema(root);
    const plotKey = plotName.slice(2);
    for (const k of ['chartSpace', 'chart', 'plotArea', plotKey, `${plotKey}/ser`, 'tx', 'cat', 'val', 'strRef', 'numRef', 'strCache', 'numCache', 'pt', 'dLbls', 'catAx', 'valAx', 'scaling', 'externalData']) {
      expect(checked).toContain(k);
    }
    expect(checked.has('legend')).toBe(chart.series.length > 1);
    const plot = all(root, plotName);
    expect(plot).toHaveLength(1);
    // two axes, each defined once and crossing the other
    const ids = all(plot[0], 'c:axId').filter((a) => plot[0].children.includes(a)).map((a) => a.attrs.val);
    expect(ids).toHaveLength(2);
    const axes = [...all(root, 'c:catAx'), ...all(root, 'c:valAx')];
    expect(axes.map((a) => a.children[0].attrs.val).sort()).toEqual([...ids].sort());
    for (const a of axes) expect(ids).toContain(all(a, 'c:crossAx')[0].attrs.val);
    expect(all(root, 'c:externalData')[0].attrs['r:id']).toBe('rId1');
  });

  test('each series caches its Chinese categories and values, with formulas into the data sheet', () => {
    const series = all(root, 'c:ser');
    expect(series).toHaveLength(chart.series.length);
    series.forEach((s, i) => {
      const cat = all(all(s, 'c:cat')[0], 'c:strCache')[0];
      const vals = all(all(s, 'c:val')[0], 'c:numCache')[0];
      expect(all(cat, 'c:ptCount')[0].attrs.val).toBe(String(chart.categories.length));
      expect(all(cat, 'c:pt').map((p) => p.attrs.idx)).toEqual(chart.categories.map((_, j) => String(j)));
      const xml = chartSpaceXml(chart, fonts);
      for (const name of chart.categories) expect(xml).toContain(`<c:v>${name}</c:v>`);
      expect(all(vals, 'c:pt')).toHaveLength(chart.categories.length);
      const col = columnLetter(i + 1);
      const formulas = [...chartSpaceXml(chart, fonts).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((f) => f[1]);
      expect(formulas).toEqual(expect.arrayContaining([`Sheet1!$${col}$1`, `Sheet1!$A$2:$A$${chart.categories.length + 1}`, `Sheet1!$${col}$2:$${col}$${chart.categories.length + 1}`]));
    });
    // values on the bars / points, in the document's fonts
    for (const d of all(root, 'c:dLbls')) expect(all(d, 'c:showVal')[0].attrs.val).toBe('1');
    expect(all(root, 'a:ea').every((e) => e.attrs.typeface === '仿宋_GB2312')).toBe(true);
    expect(all(root, 'a:latin').every((e) => e.attrs.typeface === 'Times New Roman')).toBe(true);
  });
});

test('the schema check fails on elements out of order, unknown or missing', () => {
  const xml = chartSpaceXml(bar, fonts);
  const swapped = xml.replace('<c:barDir val="bar"/><c:grouping val="clustered"/>', '<c:grouping val="clustered"/><c:barDir val="bar"/>');
  expect(swapped).not.toBe(xml);
  expect(() => checkAgainstSchema(parse(swapped))).toThrow();
  expect(() => checkAgainstSchema(parse(xml.replace('<c:barDir val="bar"/>', '')))).toThrow();
  expect(() => checkAgainstSchema(parse(xml.replace('<c:gapWidth val="80"/>', '<c:gapWidth val="80"/><c:bogus/>')))).toThrow();
});

test('names with XML characters are escaped', () => {
  const xml = chartSpaceXml({ ...bar, categories: ['A&B<C>"D"'] , series: [{ name: "E'", values: [1] }] }, fonts);
  expect(xml).toContain('<c:v>A&amp;B&lt;C&gt;&quot;D&quot;</c:v>');
  expect(xml).toContain('<c:v>E&apos;</c:v>');
  expect(columnLetter(0) + columnLetter(25) + columnLetter(26) + columnLetter(27)).toBe('AZAAAB');
});

describe('in the .docx package', () => {
  let buf: Buffer;
  let zip: JSZip;
  beforeAll(async () => {
    buf = await renderOfficialDocx({ title: '图表测试', blocks: [{ kind: 'paragraph', text: '正文。' }, bar, line] });
    zip = await JSZip.loadAsync(buf);
  });

  test('the same pass over the package writes the font table with its fall-backs', async () => {
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toMatch(/Type="[^"]*\/fontTable" Target="fontTable.xml"/);
  });

  test('each chart is a part with its relationship, content type and an inline drawing with alt text', async () => {
    const xml = await docxXml(buf);
    const docPr = [...xml.matchAll(/<wp:docPr ([^>]*)\/>/g)].map((m) => m[1]);
    expect(docPr).toHaveLength(2);
    expect(docPr[0]).toContain(`descr="${bar.altText}"`);
    expect(docPr[1]).toContain(`descr="${line.altText}"`);
    expect(new Set(docPr.map((d) => /id="(\d+)"/.exec(d)![1])).size).toBe(2);
    const ids = [...xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(ids).toEqual(['rIdXfChart1', 'rIdXfChart2']);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const [i, id] of ids.entries()) {
      expect(rels).toContain(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${i + 1}.xml"/>`);
      expect(types).toContain(`<Override PartName="/word/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      expect(zip.file(`word/charts/chart${i + 1}.xml`)).not.toBeNull();
    }
    expect(types).toContain('<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>');
    expect(new Set(rels.match(/Id="[^"]+"/g)).size).toBe(rels.match(/Id="[^"]+"/g)!.length);
  });

  test('the embedded workbook holds the data the chart formulas point to (Word: edit data)', async () => {
    const chartRels = await zip.file('word/charts/_rels/chart1.xml.rels')!.async('string');
    const target = /Target="\.\.\/embeddings\/([^"]+)"/.exec(chartRels)![1];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file(`word/embeddings/${target}`)!.async('nodebuffer')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Sheet1')!;
    const rows = [1, 2, 3, 4, 5].map((r) => [sheet.getCell(`A${r}`).value, sheet.getCell(`B${r}`).value]);
    expect(rows).toEqual([['问题类别', '件数'], ['办学管理', 48], ['教育收费', 42], ['教师待遇', 36], ['其它问题', 11]]);
    const two = new ExcelJS.Workbook();
    await two.xlsx.load((await zip.file('word/embeddings/chart2-data.xlsx')!.async('nodebuffer')) as unknown as ArrayBuffer);
    expect(['B1', 'C1', 'C6'].map((c) => two.getWorksheet('Sheet1')!.getCell(c).value)).toEqual(['收到', '办结', 173]);
  });
});

const missing = pdfToolsMissing() ?? (spawnSync('sh', ['-c', 'command -v pdfimages']).status === 0 ? null : 'pdfimages 未安装：跳过图表的绘制测试');
if (missing) console.warn(`chart-part.test: ${missing}（条形图、近年柱形图的绘制测试）`);

/** The chart alone in a document, converted by LibreOffice; the PDF's text (-layout) and its list of images. */
async function renderedChart(chart: ChartBlock): Promise<{ text: string; images: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-chart-'));
  try {
    const file = path.join(dir, 'chart.docx');
    fs.writeFileSync(file, await renderOfficialDocx({ title: '图表测试', blocks: [chart] }));
    const [pdf] = convertToPdf([file], dir);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    return { text, images: images.trim().split('\n').slice(2) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(missing ? test.skip : test)(
  'LibreOffice draws it as a chart: the page shows the Chinese category names and the values, no picture',
  async () => {
    const { text, images } = await renderedChart(bar);
    // each name sits on the same line as its value, in the chart's order
    const lines = text.split('\n').filter((l) => bar.categories.some((c) => l.includes(c)));
    expect(lines.map((l) => l.trim().replace(/\s+/g, ' '))).toEqual(bar.categories.map((c, i) => `${c} ${bar.series[0].values[i]}`));
    expect(images).toEqual([]);
  },
  180_000,
);

(missing ? test.skip : test)(
  'LibreOffice draws the trend columns: every year label on one line, both values of each year, the legend',
  async () => {
    const { text, images } = await renderedChart(trend);
    const flat = (l: string) => l.replace(/\s+/g, '');
    // the year labels under the columns, left to right on one line ("2026年1—11月" not broken)
    const labelLine = text.split('\n').find((l) => flat(l).includes('2022年'));
    expect(labelLine && flat(labelLine)).toBe(trend.categories.join(''));
    for (const s of trend.series) {
      expect(text).toContain(s.name);
      for (const v of s.values) expect(text).toMatch(new RegExp(`(^|\\s)${v}(\\s|$)`, 'm'));
    }
    expect(flat(text)).toContain(flat(trend.caption!));
    expect(images).toEqual([]);
  },
  180_000,
);
