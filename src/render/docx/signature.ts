// 发文机关署名 and 成文日期 (GB/T 9704-2012 7.3.5), shared by every document that is signed (reports, roster,
// letters). Both lines are left-aligned with a left indent computed from the text widths: an indent is honoured by
// Word, WPS and LibreOffice alike, where trailing full-width spaces are dropped.
import { AlignmentType, Paragraph } from 'docx';
import { chineseDate } from '../../domain/common/dates.js';
import type { ISODate } from '../../domain/model.js';
import { blankLine, bodyCharsTwip, bodyStyle, exactSpacing, run } from './official-text.js';
import { textEm } from './text-measure.js';
import { loadPageSetup, textWidthTwip, type PageSetup } from './page-setup.js';

export interface SignatureOptions {
  /** Layout numbers; default templates/page.json. */
  page?: PageSetup;
  /** The signature stands on a landscape page (a wider text area). */
  landscape?: boolean;
  /** The document is sealed (7.3.5.1); default templates/page.json signature.seal. */
  seal?: boolean;
}

/** Where the two lines stand, in body characters counted from the right edge of the text area. */
export interface SignatureGeometry {
  issuerRightChars: number;
  dateRightChars: number;
  issuerChars: number;
  dateChars: number;
  blankLines: number;
}

/**
 * Without a seal (7.3.5.3): the issuer 右空二字, the date on the next line starts two characters right of the issuer's
 * first character; the date keeps at least 右空二字 itself, and when it is too long for that the issuer moves left
 * by as much. With a seal (7.3.5.1): the date 右空四字 and the issuer centred over the date.
 */
export function signatureGeometry(issuer: string, dateText: string, seal: boolean, page: PageSetup): SignatureGeometry {
  const issuerChars = textEm(issuer);
  const dateChars = textEm(dateText);
  const s = page.signature;
  if (seal) {
    const dateRightChars = Math.max(s.sealDateRightChars, (issuerChars - dateChars) / 2);
    const issuerRightChars = dateRightChars + (dateChars - issuerChars) / 2;
    return { issuerRightChars, dateRightChars, issuerChars, dateChars, blankLines: s.sealBlankLinesBefore };
  }
  const dateRightChars = Math.max(s.rightIndentChars, s.rightIndentChars + issuerChars - 2 - dateChars);
  const issuerRightChars = dateRightChars + dateChars + 2 - issuerChars;
  return { issuerRightChars, dateRightChars, issuerChars, dateChars, blankLines: s.blankLinesBefore };
}

/** The blank line(s), the issuer and the date, kept together on one page with what comes before. */
export function signatureParagraphs(issuer: string, date: ISODate, options: SignatureOptions = {}): Paragraph[] {
  const page = options.page ?? loadPageSetup();
  const dateText = chineseDate(date);
  const g = signatureGeometry(issuer, dateText, options.seal ?? page.signature.seal, page);
  const width = textWidthTwip(page, options.landscape ?? false);
  const line = (text: string, rightChars: number, chars: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: exactSpacing(page.body.lineSpacingPt),
      indent: { left: Math.max(0, width - bodyCharsTwip(page, rightChars + chars)), right: 0, firstLine: 0 },
      keepNext,
      keepLines: true,
      children: [run(page, text, bodyStyle(page))],
    });
  const blanks = Array.from({ length: g.blankLines }, () => blankLine(page, true));
  return [...blanks, line(issuer, g.issuerRightChars, g.issuerChars, true), line(dateText, g.dateRightChars, g.dateChars, false)];
}
