// Paragraph-level pieces of an official document: fonts, runs, title, headings, body, notes, images.
import { AlignmentType, ImageRun, LineRuleType, PageBreak, Paragraph, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import type {
  HeadingBlock,
  ImageBlock,
  Inline,
  ParagraphBlock,
} from './document-model.js';
import { stretchesBadly } from './line-breaks.js';
import { bodyCharSpacingTwip, mmToPx, ptToHalfPt, ptToTwip, textWidthTwip, type PageSetup } from './page-setup.js';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<'justify' | 'left' | 'center' | 'right', Align> = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
export const alignOf = (a: keyof typeof ALIGN): Align => ALIGN[a];

/** East Asian font as named, Latin letters and digits in the Latin font (Times New Roman). */
export function fontOf(page: PageSetup, eastAsia: string): IRunOptions['font'] {
  return { ascii: page.latinFont, hAnsi: page.latinFont, cs: page.latinFont, eastAsia };
}

export interface RunStyle {
  font: string;
  sizePt: number;
  bold?: boolean;
  underline?: boolean;
  color?: string;
  /** Extra space after each character in twips (negative condenses). */
  spacingTwip?: number;
}

/** A dash between figures ("8:30—12:00", "1—10月") is held to them by word joiners: no line breaks beside it. */
export const keepRanges = (text: string): string => text.replace(/(?<=\d)([—–])(?=\d)/g, '\u2060$1\u2060');

export function run(page: PageSetup, text: string, s: RunStyle): TextRun {
  return new TextRun({
    text: keepRanges(text),
    font: fontOf(page, s.font),
    size: ptToHalfPt(s.sizePt),
    bold: s.bold ?? false,
    ...(s.underline ? { underline: {} } : {}),
    ...(s.color ? { color: s.color } : {}),
    ...(s.spacingTwip ? { characterSpacing: s.spacingTwip } : {}),
  });
}

/** Exact line spacing, no space before/after: the fixed 22-line grid of GB/T 9704. */
export const exactSpacing = (pt: number) => ({ line: ptToTwip(pt), lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** Two characters of the given size, as a first-line indent in twips. */
export const charsTwip = (chars: number, sizePt: number): number => ptToTwip(chars * sizePt);

/** Body text style on the 28-characters-a-line grid. */
export const bodyStyle = (page: PageSetup, font = page.body.font): RunStyle => ({
  font,
  sizePt: page.body.sizePt,
  spacingTwip: bodyCharSpacingTwip(page),
});
/** `chars` body characters (indents), on the same grid as bodyStyle. */
export const bodyCharsTwip = (page: PageSetup, chars: number): number =>
  Math.round(chars * (ptToTwip(page.body.sizePt) + bodyCharSpacingTwip(page)));

function bodyRuns(page: PageSetup, text: Inline): TextRun[] {
  const base = bodyStyle(page);
  if (typeof text === 'string') return [run(page, text, base)];
  return text.map((r) => run(page, r.text, { ...base, bold: r.bold, underline: r.underline }));
}

export function titleParagraphs(page: PageSetup, title: string, subtitle?: string): Paragraph[] {
  const out = title.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactSpacing(page.title.lineSpacingPt),
        keepNext: true,
        children: [run(page, line, page.title)],
      }),
  );
  if (subtitle) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactSpacing(page.body.lineSpacingPt),
        keepNext: true,
        children: [run(page, subtitle, page.subtitle)],
      }),
    );
  }
  out.push(blankLine(page)); // 标题下空一行
  return out;
}

export function blankLine(page: PageSetup, keepNext = false): Paragraph {
  return new Paragraph({ spacing: exactSpacing(page.body.lineSpacingPt), keepNext, children: [] });
}

export function headingParagraph(page: PageSetup, b: HeadingBlock): Paragraph {
  const h = page.headings[String(b.level) as '1' | '2' | '3' | '4'];
  const children = [run(page, b.text, { ...bodyStyle(page, h.font), bold: h.bold })];
  if (b.after) children.push(run(page, b.after, bodyStyle(page)));
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactSpacing(page.body.lineSpacingPt),
    indent: { firstLine: bodyCharsTwip(page, page.body.indentChars) },
    keepNext: !b.after,
    children,
  });
}

/**
 * Justified, unless justifying would spread a line apart before a figure that does not fit at its end: then flush
 * left (line-breaks.ts).
 */
function bodyAlignment(page: PageSetup, b: ParagraphBlock, indent: boolean): Align {
  const align = b.align ?? 'justify';
  if (align !== 'justify') return ALIGN[align];
  const text = typeof b.text === 'string' ? b.text : b.text.map((r) => r.text).join('');
  const size = page.body.sizePt;
  const pitch = (ptToTwip(size) + bodyCharSpacingTwip(page)) / ptToTwip(size);
  const widthEm = textWidthTwip(page) / ptToTwip(size);
  const indentEm = indent ? bodyCharsTwip(page, page.body.indentChars) / ptToTwip(size) : 0;
  return stretchesBadly(keepRanges(text), widthEm, indentEm, pitch) ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
}

/** keepNext: keep with what follows (the last paragraph before the signature). */
export function bodyParagraph(page: PageSetup, b: ParagraphBlock, keepNext = false): Paragraph {
  const align = b.align ?? 'justify';
  const indent = b.indent ?? align === 'justify';
  return new Paragraph({
    alignment: bodyAlignment(page, b, indent),
    spacing: exactSpacing(page.body.lineSpacingPt),
    ...(indent ? { indent: { firstLine: bodyCharsTwip(page, page.body.indentChars) } } : {}),
    keepNext,
    children: bodyRuns(page, b.text),
  });
}

/** A 备注 line; `style` lets a table note use the table's size. */
export function noteParagraph(page: PageSetup, text: string, style: RunStyle = page.note, lineSpacingPt = page.body.lineSpacingPt): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: exactSpacing(lineSpacingPt),
    children: [run(page, text, style)],
  });
}

export function placeholderParagraph(page: PageSetup, text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactSpacing(page.body.lineSpacingPt),
    indent: { firstLine: bodyCharsTwip(page, page.body.indentChars) },
    children: [run(page, text, { ...bodyStyle(page), color: page.placeholderColor })],
  });
}

export function pageBreakParagraph(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

export function imageParagraphs(page: PageSetup, b: ImageBlock): Paragraph[] {
  const transformation = { width: mmToPx(b.widthMm), height: mmToPx(b.heightMm) };
  const image = b.svg
    ? new ImageRun({ type: 'svg', data: b.svg, fallback: { type: 'png', data: b.png }, transformation })
    : new ImageRun({ type: 'png', data: b.png, transformation });
  // single (auto) spacing: an exact line height would crop the picture
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      keepNext: !!b.caption,
      children: [image],
    }),
  ];
  if (b.caption) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactSpacing(page.body.lineSpacingPt),
        children: [run(page, b.caption, page.caption)],
      }),
    );
  }
  return out;
}

/** Width of a text in characters of the body size: CJK and full-width count 1, ASCII half. */
export function textChars(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return n;
}
