// Page setup of an official document as data (templates/page.json), plus the unit conversions the renderer needs.
import { InputError } from '../../errors.js';
import { loadTemplate, templatePath } from '../templates.js';

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface FontSpec {
  font: string;
  sizePt: number;
}

export interface PageSetup {
  paper: { widthMm: number; heightMm: number };
  marginsMm: Margins;
  landscapeMarginsMm: Margins;
  footerDistanceMm: number;
  landscapeFooterDistanceMm: number;
  /** Font for Latin letters and digits (ascii/hAnsi); the named fonts below are the East Asian ones. */
  latinFont: string;
  title: FontSpec & { lineSpacingPt: number };
  subtitle: FontSpec;
  /** charsPerLine: body characters are drawn slightly condensed when needed so that many fit a line (28 in GB/T 9704). */
  body: FontSpec & { lineSpacingPt: number; indentChars: number; charsPerLine: number };
  headings: Record<'1' | '2' | '3' | '4', { font: string; bold: boolean }>;
  table: FontSpec & { headerFont: string; titleFont: string; titleSizePt: number; lineSpacingPt: number; cellMarginMm: number };
  note: FontSpec;
  placeholderColor: string;
  /** `format` contains {page}, e.g. "— {page} —". */
  pageNumber: FontSpec & { format: string; outerIndentChars: number };
  /** seal: the documents are sealed (GB/T 9704 7.3.5.1), which moves the date to 右空四字 and centres the issuer. */
  signature: { seal: boolean; rightIndentChars: number; blankLinesBefore: number; sealDateRightChars: number; sealBlankLinesBefore: number };
  caption: FontSpec;
}

export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
/** docx run sizes are half-points. */
export const ptToHalfPt = (pt: number): number => Math.round(pt * 2);
/** docx image sizes are pixels at 96 dpi. */
export const mmToPx = (mm: number): number => Math.round((mm * 96) / 25.4);

/** Text width of the page in twips, portrait or landscape. */
export function textWidthTwip(page: PageSetup, landscape = false): number {
  const m = landscape ? page.landscapeMarginsMm : page.marginsMm;
  const paperWidth = landscape ? page.paper.heightMm : page.paper.widthMm;
  return mmToTwip(paperWidth - m.left - m.right);
}

/**
 * Extra spacing (twips, ≤ 0) after each body character so that body.charsPerLine characters fill the portrait text
 * width; 0 when they fit at the natural size. Rounded down so the line never overflows.
 */
export function bodyCharSpacingTwip(page: PageSetup): number {
  if (page.body.charsPerLine <= 0) return 0;
  const pitchTwip = textWidthTwip(page) / page.body.charsPerLine;
  return Math.min(0, Math.floor(pitchTwip - ptToTwip(page.body.sizePt)));
}

const NUMBER_PATHS = [
  'paper.widthMm', 'paper.heightMm',
  'marginsMm.top', 'marginsMm.bottom', 'marginsMm.left', 'marginsMm.right',
  'landscapeMarginsMm.top', 'landscapeMarginsMm.bottom', 'landscapeMarginsMm.left', 'landscapeMarginsMm.right',
  'footerDistanceMm', 'landscapeFooterDistanceMm',
  'title.sizePt', 'title.lineSpacingPt', 'subtitle.sizePt', 'body.sizePt', 'body.lineSpacingPt', 'body.indentChars', 'body.charsPerLine',
  'table.sizePt', 'table.titleSizePt', 'table.lineSpacingPt', 'table.cellMarginMm', 'note.sizePt',
  'pageNumber.sizePt', 'pageNumber.outerIndentChars', 'signature.rightIndentChars', 'signature.blankLinesBefore',
  'signature.sealDateRightChars', 'signature.sealBlankLinesBefore',
  'caption.sizePt',
];
const STRING_PATHS = [
  'latinFont', 'title.font', 'subtitle.font', 'body.font', 'headings.1.font', 'headings.2.font', 'headings.3.font',
  'headings.4.font', 'table.font', 'table.headerFont', 'table.titleFont', 'note.font', 'pageNumber.font',
  'pageNumber.format', 'caption.font', 'placeholderColor',
];

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Checks that every field the renderer reads is there with the right type; names the first bad field. */
export function checkPageSetup(value: unknown, source = 'templates/page.json'): PageSetup {
  for (const p of NUMBER_PATHS) {
    const v = at(value, p);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InputError(`版式文件 ${source} 中的 ${p} 应为非负数字，请改正该文件`);
    }
  }
  for (const p of STRING_PATHS) {
    if (typeof at(value, p) !== 'string') throw new InputError(`版式文件 ${source} 中的 ${p} 应为文字，请改正该文件`);
  }
  if (typeof at(value, 'signature.seal') !== 'boolean') {
    throw new InputError(`版式文件 ${source} 中的 signature.seal 应为 true 或 false，请改正该文件`);
  }
  if (!String(at(value, 'pageNumber.format')).includes('{page}')) {
    throw new InputError(`版式文件 ${source} 中的 pageNumber.format 应包含 {page}，请改正该文件`);
  }
  return value as PageSetup;
}

/** The page setup from templates/page.json (validated; cached by the template loader). */
export function loadPageSetup(): PageSetup {
  return checkPageSetup(loadTemplate<unknown>('page'), templatePath('page'));
}
