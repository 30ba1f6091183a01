// Renders an OfficialDoc as a .docx in the layout of GB/T 9704-2012 (党政机关公文格式); layout numbers come from
// templates/page.json. Landscape tables get sections of their own; page numbers "— 1 —" sit on the outer side.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TextRun,
} from 'docx';
import type { ISectionOptions } from 'docx';
import { addChartParts, chartFonts, chartParagraphs, chartsOf } from './chart-part.js';
import type { Block, OfficialDoc } from './document-model.js';
import {
  bodyParagraph,
  charsTwip,
  exactSpacing,
  headingParagraph,
  imageParagraphs,
  noteParagraph,
  pageBreakParagraph,
  placeholderParagraph,
  signatureParagraphs,
  titleParagraphs,
} from './official-text.js';
import { tableParagraphsAndTable } from './official-table.js';
import { loadPageSetup, mmToTwip, ptToHalfPt, type PageSetup } from './page-setup.js';

export type { PageSetup } from './page-setup.js';

type Child = Paragraph | Table;

/**
 * "— {page} —" → a run with the PAGE field in place of {page}. East Asian font 宋体 with the eastAsia hint, so Word
 * draws the dashes full width; Latin slots in the Latin font, because LibreOffice ignores the hint and would
 * otherwise draw a half-width dash from the CJK font.
 */
function pageNumberFooter(page: PageSetup, side: 'odd' | 'even'): Footer {
  const [before, after] = page.pageNumber.format.split('{page}');
  const f = page.pageNumber.font;
  const indent = charsTwip(page.pageNumber.outerIndentChars, page.pageNumber.sizePt);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({
            font: { ascii: page.latinFont, hAnsi: page.latinFont, cs: page.latinFont, eastAsia: f, hint: 'eastAsia' },
            size: ptToHalfPt(page.pageNumber.sizePt),
            children: [before ?? '', PageNumber.CURRENT, after ?? ''],
          }),
        ],
      }),
    ],
  });
}

function blockChildren(page: PageSetup, b: Block, landscape: boolean, keepNext: boolean, chartNo: (b: Block) => number): Child[] {
  switch (b.kind) {
    case 'heading':
      return [headingParagraph(page, b)];
    case 'paragraph':
      return [bodyParagraph(page, b, keepNext)];
    case 'table':
      return tableParagraphsAndTable(page, b, landscape);
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
  const charts: Block[] = chartsOf(doc.blocks);
  const chartNo = (b: Block) => charts.indexOf(b) + 1;
  doc.blocks.forEach((b, i) => {
    const wantLandscape = base || (b.kind === 'table' && !!b.landscape);
    if (wantLandscape !== current().landscape) plans.push({ landscape: wantLandscape, children: [] });
    const next = doc.blocks[i + 1];
    // the last paragraph goes to the signature's page with it, so the signature never stands alone
    current().children.push(...blockChildren(page, b, wantLandscape, next === undefined && !!doc.signature, chartNo));
    // after a landscape table, go back to portrait only if something follows (the signature may stay)
    if (wantLandscape && !base && next !== undefined && !(next.kind === 'table' && next.landscape)) {
      plans.push({ landscape: false, children: [] });
    }
  });
  if (doc.signature) current().children.push(...signatureParagraphs(page, doc.signature));
  return plans.filter((p, i) => i === 0 || p.children.length > 0);
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
    },
    footers: { default: pageNumberFooter(page, 'odd'), even: pageNumberFooter(page, 'even') },
    children: plan.children,
  };
}

/** The docx Document object (for callers that want to post-process); most callers use renderOfficialDocx. */
export function buildOfficialDocument(doc: OfficialDoc, page: PageSetup = loadPageSetup()): Document {
  const bodyFont = page.body.font;
  return new Document({
    evenAndOddHeaderAndFooters: true,
    title: doc.title.replace(/\n/g, ''),
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
    },
    sections: planSections(doc, page).map((p, i) => sectionOptions(page, p, i === 0)),
  });
}

/** Renders the document to .docx bytes. `page` defaults to templates/page.json. */
export async function renderOfficialDocx(doc: OfficialDoc, page: PageSetup = loadPageSetup()): Promise<Buffer> {
  const bytes = await Packer.toBuffer(buildOfficialDocument(doc, page));
  return addChartParts(bytes, chartsOf(doc.blocks), chartFonts(page));
}
