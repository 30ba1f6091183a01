// Renders an OfficialDoc as a .docx in the layout of GB/T 9704-2012 (党政机关公文格式); layout numbers come from
// templates/page.json. Landscape tables get sections of their own; page numbers "— 1 —" sit on the outer side.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TextRun,
} from 'docx';
import type { ISectionOptions } from 'docx';
import { chartFonts, chartParagraphs, chartsOf } from './chart-part.js';
import type { Block, OfficialDoc } from './document-model.js';
import type { TableFit } from './table-fit.js';
import {
  bodyParagraph,
  charsTwip,
  exactSpacing,
  headingParagraph,
  imageParagraphs,
  noteParagraph,
  pageBreakParagraph,
  placeholderParagraph,
  titleParagraphs,
} from './official-text.js';
import { attachmentLabelParagraph, attachmentNoteParagraphs } from './attachments.js';
import { fontTableXml, fontsOf } from './font-table.js';
import { offGrid } from './grid-snap.js';
import { packDocument } from './package-finish.js';
import { fitOfficialTable, fitOfficialTables, tableParagraphsAndTable } from './official-table.js';
import { loadPageSetup, mmToTwip, ptToHalfPt, ptToTwip, textWidthTwip, type PageSetup } from './page-setup.js';
import { signatureParagraphs } from './signature.js';
import { xmlSafeDeep } from '../xml-safe.js';

export type { PageSetup } from './page-setup.js';

type Child = Paragraph | Table;

/**
 * "— {page} —" → the dashes in a run of their own and the PAGE field in another. The dashes: East Asian font 宋体
 * with the eastAsia hint, so Word draws them full width; Latin slots in the Latin font, because LibreOffice ignores
 * the hint and would otherwise draw a half-width dash from the CJK font. The page-number digits: 宋体 in every slot.
 */
function pageNumberFooter(page: PageSetup, side: 'odd' | 'even'): Footer {
  const [before, after] = page.pageNumber.format.split('{page}');
  const f = page.pageNumber.font;
  const indent = charsTwip(page.pageNumber.outerIndentChars, page.pageNumber.sizePt);
  const size = ptToHalfPt(page.pageNumber.sizePt);
  const dashes = (text: string) =>
    new TextRun({ text, size, font: { ascii: page.latinFont, hAnsi: page.latinFont, cs: page.latinFont, eastAsia: f, hint: 'eastAsia' } });
  return new Footer({
    children: offGrid([
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        spacing: { before: 0, after: 0 },
        children: [
          dashes(before ?? ''),
          new TextRun({ size, font: { ascii: f, hAnsi: f, cs: f, eastAsia: f }, children: [PageNumber.CURRENT] }),
          dashes(after ?? ''),
        ],
      }),
    ]),
  });
}

interface BlockContext {
  landscape: boolean;
  keepNext: boolean;
  fit: TableFit | null;
  chartNo: (b: Block) => number;
}

function blockChildren(page: PageSetup, b: Block, { landscape, keepNext, fit, chartNo }: BlockContext): Child[] {
  switch (b.kind) {
    case 'heading':
      return [headingParagraph(page, b)];
    case 'paragraph':
      return [bodyParagraph(page, b, keepNext)];
    case 'table':
      return tableParagraphsAndTable(page, b, fit ?? fitOfficialTable(page, b, landscape));
    case 'note':
      return [noteParagraph(page, b.text)];
    case 'pageBreak':
      return [pageBreakParagraph()];
    case 'image':
      return imageParagraphs(page, b);
    case 'chart':
      return chartParagraphs(page, b, chartNo(b));
    case 'placeholder':
      return [placeholderParagraph(page, b.text)];
    case 'signature':
      return signatureParagraphs(b.issuer, b.date, { page, landscape });
    case 'attachmentNote':
      return attachmentNoteParagraphs(page, b);
    case 'attachmentLabel':
      return [attachmentLabelParagraph(page, b)];
  }
}

interface SectionPlan {
  landscape: boolean;
  children: Child[];
}

/** Splits the blocks into runs of portrait and landscape pages; the title opens the first, the signature ends the last. */
function planSections(doc: OfficialDoc, page: PageSetup): SectionPlan[] {
  const base = !!doc.landscape;
  const plans: SectionPlan[] = [{ landscape: base, children: titleParagraphs(page, doc.title, doc.subtitle) }];
  const current = () => plans[plans.length - 1];
  // a table too wide for a portrait page goes landscape (table-fit.ts)
  const wantsLandscape = (b: Block) => base || (b.kind === 'table' && !!b.landscape);
  const fits = fitOfficialTables(page, doc.blocks, (i) => wantsLandscape(doc.blocks[i]));
  // the 附件 label goes onto the page of the table it opens, whatever its orientation
  const orient: boolean[] = doc.blocks.map((_, i) => base || !!fits[i]?.landscape);
  for (let i = doc.blocks.length - 2; i >= 0; i--) if (doc.blocks[i].kind === 'attachmentLabel') orient[i] = orient[i + 1];
  const landscapeAt = (i: number) => orient[i] ?? base;
  // an empty line between two blocks of different orientation would stand alone on a page of its own
  const lonely = (i: number) => isBlank(doc.blocks[i]) && i > 0 && landscapeAt(i - 1) !== landscapeAt(i + 1);
  const charts: Block[] = chartsOf(doc.blocks);
  const chartNo = (b: Block) => charts.indexOf(b) + 1;
  doc.blocks.forEach((b, i) => {
    if (lonely(i)) return;
    const wantLandscape = landscapeAt(i);
    if (wantLandscape !== current().landscape) plans.push({ landscape: wantLandscape, children: [] });
    const next = doc.blocks[i + 1];
    // the last paragraph goes to the signature's page with it, so the signature never stands alone
    const beforeSignature = next === undefined ? !!doc.signature : next.kind === 'signature' || next.kind === 'attachmentNote';
    current().children.push(...blockChildren(page, b, { landscape: wantLandscape, keepNext: beforeSignature, fit: fits[i], chartNo }));
    // after a landscape table, go back to portrait only if something follows (the signature may stay)
    if (wantLandscape && !base && next !== undefined && !landscapeAt(i + 1)) {
      plans.push({ landscape: false, children: [] });
    }
  });
  if (doc.signature) {
    current().children.push(...signatureParagraphs(doc.signature.issuer, doc.signature.date, { page, landscape: current().landscape }));
  }
  return plans.filter((p, i) => i === 0 || p.children.length > 0);
}

function isBlank(b: Block | undefined): boolean {
  return b?.kind === 'paragraph' && (typeof b.text === 'string' ? b.text : b.text.map((r) => r.text).join('')) === '';
}

/**
 * The typed document grid (22 lines of 28 characters): text a clerk types later keeps the layout. charSpace is the
 * pitch beyond the body size, in 4096ths of a point.
 */
function documentGrid(page: PageSetup) {
  const pitchPt = textWidthTwip(page, false) / 20 / page.body.charsPerLine;
  return {
    type: DocumentGridType.LINES_AND_CHARS,
    linePitch: ptToTwip(page.body.lineSpacingPt),
    charSpace: Math.round((pitchPt - page.body.sizePt) * 4096),
  };
}

function sectionOptions(page: PageSetup, plan: SectionPlan, first: boolean): ISectionOptions {
  const m = plan.landscape ? page.landscapeMarginsMm : page.marginsMm;
  const footer = plan.landscape ? page.landscapeFooterDistanceMm : page.footerDistanceMm;
  return {
    properties: {
      ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      page: {
        // docx swaps width and height itself for landscape
        size: {
          width: mmToTwip(page.paper.widthMm),
          height: mmToTwip(page.paper.heightMm),
          orientation: plan.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(m.top),
          bottom: mmToTwip(m.bottom),
          left: mmToTwip(m.left),
          right: mmToTwip(m.right),
          header: mmToTwip(Math.min(15, m.top)),
          footer: mmToTwip(footer),
          gutter: 0,
        },
        ...(first ? { pageNumbers: { start: 1 } } : {}),
      },
      grid: documentGrid(page),
    },
    footers: { default: pageNumberFooter(page, 'odd'), even: pageNumberFooter(page, 'even') },
    children: offGrid(plan.children),
  };
}

/** The docx Document object (for callers that want to post-process); most callers use renderOfficialDocx. */
export function buildOfficialDocument(doc: OfficialDoc, page: PageSetup = loadPageSetup()): Document {
  const bodyFont = page.body.font;
  const author = doc.author ?? doc.signature?.issuer ?? signatureBlockIssuer(doc) ?? '';
  return new Document({
    evenAndOddHeaderAndFooters: true,
    title: doc.title.replace(/\n/g, ''),
    creator: author,
    lastModifiedBy: author,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: page.latinFont, hAnsi: page.latinFont, cs: page.latinFont, eastAsia: bodyFont },
            size: ptToHalfPt(page.body.sizePt),
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: exactSpacing(page.body.lineSpacingPt) },
        },
      },
      // the grid's character pitch is counted from the Normal style's size (Word and LibreOffice alike)
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { size: ptToHalfPt(page.body.sizePt) } }],
    },
    sections: planSections(doc, page).map((p, i) => sectionOptions(page, p, i === 0)),
  });
}

/** Renders the document to .docx bytes. `page` defaults to templates/page.json. */
export async function renderOfficialDocx(doc: OfficialDoc, page: PageSetup = loadPageSetup()): Promise<Buffer> {
  // every text reaches XML: what XML cannot hold is dropped here, whatever the caller passed
  const safe = xmlSafeDeep(doc);
  return packDocument(buildOfficialDocument(safe, page), { fontTable: fontTableXml(fontsOf(page)), charts: chartsOf(safe.blocks), chartFonts: chartFonts(page) });
}

function signatureBlockIssuer(doc: OfficialDoc): string | undefined {
  for (const b of doc.blocks) if (b.kind === 'signature') return b.issuer;
  return undefined;
}
