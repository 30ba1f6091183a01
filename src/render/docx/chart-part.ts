// Native Word charts in the .docx the docx package writes (it has no chart API). Two steps, both here:
// chartParagraphs puts the inline drawing (a:graphicData → c:chart r:id) in the document; addChartParts then adds
// (called from package-finish.ts), for chart n, word/charts/chartN.xml, its data workbook, their relationships and content types to the package.
import { AlignmentType, ImportedXmlComponent, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import type JSZip from 'jszip';
import type { ChartBlock, ChartFonts } from './chart-model.js';
import { NS, chartSpaceXml, xmlEscape } from './chart-xml.js';
import { chartWorkbook } from './chart-workbook.js';
import { exactSpacing, run } from './official-text.js';
import type { PageSetup } from './page-setup.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const EMU_PER_MM = 36000;

/** Relationship id of chart n in word/_rels/document.xml.rels (docx numbers its own rId1, rId2, …). */
const relId = (n: number) => `rIdXfChart${n}`;
const chartPath = (n: number) => `word/charts/chart${n}.xml`;
const workbookName = (n: number) => `chart${n}-data.xlsx`;

/** Chart labels a little smaller than table text (小四 → 五号), as tables of official documents use. */
export function chartFonts(page: PageSetup): ChartFonts {
  return { eastAsia: page.table.font, latin: page.latinFont, sizePt: Math.min(page.table.sizePt, 10.5) };
}

/** The charts of a document in order; chart n (from 1) is the n-th. */
export function chartsOf<T extends { kind: string }>(blocks: readonly T[]): (T & ChartBlock)[] {
  return blocks.filter((b): b is T & ChartBlock => b.kind === 'chart');
}

/** An XML fragment as a paragraph child (docx writes it as is). */
function rawChild(xml: string): ParagraphChild {
  const wrapper = ImportedXmlComponent.fromXmlString(xml) as unknown as { root: ParagraphChild[] };
  return wrapper.root[0];
}

function drawingRunXml(b: ChartBlock, n: number): string {
  const cx = Math.round(b.widthMm * EMU_PER_MM);
  const cy = Math.round(b.heightMm * EMU_PER_MM);
  return (
    `<w:r><w:drawing><wp:inline xmlns:wp="${WP}" distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${9000 + n}" name="图表 ${n}" descr="${xmlEscape(b.altText)}" title="${xmlEscape(b.caption ?? b.altText)}"/>` +
    `<wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId(n)}"/></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r>`
  );
}

/** The chart (chart n of the document) centred on its own line, then its caption. */
export function chartParagraphs(page: PageSetup, b: ChartBlock, n: number): Paragraph[] {
  // single (auto) spacing: an exact line height would crop the drawing
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      keepNext: !!b.caption,
      children: [rawChild(drawingRunXml(b, n))],
    }),
  ];
  if (b.caption) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactSpacing(page.body.lineSpacingPt), children: [run(page, b.caption, page.caption)] }));
  }
  return out;
}

function insertBefore(xml: string, closing: string, add: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`docx package part without ${closing}`);
  return xml.slice(0, at) + add + xml.slice(at);
}

/** Adds the chart parts to the opened package; `Zip` is the JSZip constructor the caller loaded (for the workbooks). */
export async function addChartParts(Zip: typeof JSZip, zip: JSZip, charts: readonly ChartBlock[], fonts: ChartFonts): Promise<void> {
  if (charts.length === 0) return;
  const read = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`docx package without ${path}`);
    return f.async('string');
  };
  let types = await read('[Content_Types].xml');
  let rels = await read('word/_rels/document.xml.rels');
  if (!types.includes('Extension="xlsx"')) types = insertBefore(types, '</Types>', `<Default Extension="xlsx" ContentType="${XLSX_TYPE}"/>`);
  for (const [i, chart] of charts.entries()) {
    const n = i + 1;
    zip.file(chartPath(n), chartSpaceXml(chart, fonts, 'rId1'));
    zip.file(
      `word/charts/_rels/chart${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/package" Target="../embeddings/${workbookName(n)}"/></Relationships>`,
    );
    zip.file(`word/embeddings/${workbookName(n)}`, await chartWorkbook(Zip, chart));
    types = insertBefore(types, '</Types>', `<Override PartName="/${chartPath(n)}" ContentType="${CHART_TYPE}"/>`);
    rels = insertBefore(rels, '</Relationships>', `<Relationship Id="${relId(n)}" Type="${REL}/chart" Target="charts/chart${n}.xml"/>`);
  }
  zip.file('[Content_Types].xml', types);
  zip.file('word/_rels/document.xml.rels', rels);
}
