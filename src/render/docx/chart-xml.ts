// The DrawingML chart part (c:chartSpace) of a ChartBlock, elements in the order the chart schema requires
// (CT_ChartSpace, CT_PlotArea, CT_BarChart/CT_LineChart, CT_BarSer/CT_LineSer, CT_CatAx, CT_ValAx, CT_DLbls).
// Each series carries its data twice: a formula into the embedded data sheet (so Word's "edit data" works) and a
// cache of the values (what every application draws, and what LibreOffice edits).
import type { ChartBlock, ChartFonts } from './chart-model.js';

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

/** The data sheet's name in the embedded workbook (formulas point into it). */
export const DATA_SHEET = 'Sheet1';

/** Fill colours of the series, in order: a dark blue first (prints well in black and white), then muted hues. */
const COLOURS = ['2F5597', 'C55A11', '548235', '7F6000', '7030A0', '404040'];
const CAT_AX = 50010;
const VAL_AX = 50020;

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/** Spreadsheet column letters: 0 → A, 1 → B, …, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const val = (name: string, v: string | number) => `<c:${name} val="${v}"/>`;

/** a:txPr / text body with the document's fonts; `sizePt` overrides the chart's default size. */
function textProps(f: ChartFonts, sizePt = f.sizePt): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(sizePt * 100)}" b="0">` +
    `<a:solidFill><a:srgbClr val="000000"/></a:solidFill>` +
    `<a:latin typeface="${xmlEscape(f.latin)}"/><a:ea typeface="${xmlEscape(f.eastAsia)}"/><a:cs typeface="${xmlEscape(f.latin)}"/>` +
    `</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`
  );
}

function strRef(formula: string, values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${xmlEscape(formula)}</c:f><c:strCache>${val('ptCount', values.length)}${pts}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: number[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numRef><c:f>${xmlEscape(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode>${val('ptCount', values.length)}${pts}</c:numCache></c:numRef>`;
}

/** Values shown on the bars (outside their end) or above the line's points. */
function dataLabels(chart: ChartBlock, f: ChartFonts): string {
  const pos = chart.type === 'line' ? 't' : 'outEnd';
  return (
    `<c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(f)}` +
    `${val('dLblPos', pos)}${val('showLegendKey', 0)}${val('showVal', 1)}${val('showCatName', 0)}${val('showSerName', 0)}` +
    `${val('showPercent', 0)}${val('showBubbleSize', 0)}</c:dLbls>`
  );
}

function series(chart: ChartBlock, f: ChartFonts): string {
  const last = chart.categories.length + 1;
  const ref = (col: number, from: number, to: number) => `${DATA_SHEET}!$${columnLetter(col)}$${from}${to > from ? `:$${columnLetter(col)}$${to}` : ''}`;
  return chart.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const look =
        chart.type === 'line'
          ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
            `<c:marker>${val('symbol', 'circle')}${val('size', 6)}<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>${val('invertIfNegative', 0)}`;
      return (
        `<c:ser>${val('idx', i)}${val('order', i)}<c:tx>${strRef(ref(i + 1, 1, 1), [s.name])}</c:tx>${look}${dataLabels(chart, f)}` +
        `<c:cat>${strRef(ref(0, 2, last), chart.categories)}</c:cat><c:val>${numRef(ref(i + 1, 2, last), s.values)}</c:val>` +
        `${chart.type === 'line' ? val('smooth', 0) : ''}</c:ser>`
      );
    })
    .join('');
}

function plot(chart: ChartBlock, f: ChartFonts): string {
  const axes = `${val('axId', CAT_AX)}${val('axId', VAL_AX)}`;
  if (chart.type === 'line') {
    return `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${series(chart, f)}${val('marker', 1)}${axes}</c:lineChart>`;
  }
  const dir = chart.type === 'bar' ? 'bar' : 'col';
  return `<c:barChart>${val('barDir', dir)}${val('grouping', 'clustered')}${val('varyColors', 0)}${series(chart, f)}${val('gapWidth', 80)}${axes}</c:barChart>`;
}

const NO_LINE = '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>';
const THIN_LINE = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>';

/**
 * The axes. Horizontal bars list the categories from the top (orientation maxMin) and need no value axis: the
 * values stand at the bars' ends. Columns and lines keep a value axis with light gridlines.
 */
function axes(chart: ChartBlock, f: ChartFonts): string {
  const horizontal = chart.type === 'bar';
  const catAx =
    `<c:catAx>${val('axId', CAT_AX)}<c:scaling>${val('orientation', horizontal ? 'maxMin' : 'minMax')}</c:scaling>${val('delete', 0)}` +
    `${val('axPos', horizontal ? 'l' : 'b')}<c:numFmt formatCode="General" sourceLinked="0"/>${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}` +
    `${val('tickLblPos', 'nextTo')}${THIN_LINE}${textProps(f)}${val('crossAx', VAL_AX)}${val('crosses', 'autoZero')}${val('auto', 1)}` +
    `${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('tickLblSkip', 1)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const grid = horizontal ? '' : '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  const valAx =
    `<c:valAx>${val('axId', VAL_AX)}<c:scaling>${val('orientation', 'minMax')}${val('min', 0)}</c:scaling>${val('delete', horizontal ? 1 : 0)}` +
    `${val('axPos', horizontal ? 'b' : 'l')}${grid}<c:numFmt formatCode="General" sourceLinked="0"/>${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}` +
    `${val('tickLblPos', 'nextTo')}${horizontal ? NO_LINE : THIN_LINE}${textProps(f)}${val('crossAx', CAT_AX)}${val('crosses', horizontal ? 'max' : 'autoZero')}` +
    `${val('crossBetween', 'between')}</c:valAx>`;
  return catAx + valAx;
}

/** The whole chart part; `workbookRelId` links the embedded data workbook (c:externalData) when there is one. */
export function chartSpaceXml(chart: ChartBlock, fonts: ChartFonts, workbookRelId?: string): string {
  const legend = chart.series.length > 1 ? `<c:legend>${val('legendPos', 'b')}${val('overlay', 0)}${textProps(fonts)}</c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `${val('date1904', 0)}${val('lang', 'zh-CN')}${val('roundedCorners', 0)}` +
    `<c:chart>${val('autoTitleDeleted', 1)}<c:plotArea><c:layout/>${plot(chart, fonts)}${axes(chart, fonts)}</c:plotArea>` +
    `${legend}${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(fonts)}` +
    `${workbookRelId ? `<c:externalData r:id="${workbookRelId}"><c:autoUpdate val="0"/></c:externalData>` : ''}` +
    `</c:chartSpace>`
  );
}
