// 附件说明 under the body (GB/T 9704 7.3.4) and the 附件 label that opens the attachment pages.
import { AlignmentType, Paragraph } from 'docx';
import type { AttachmentLabelBlock, AttachmentNoteBlock } from './document-model.js';
import { blankLine, bodyCharsTwip, bodyStyle, exactSpacing, run, textChars } from './official-text.js';
import type { PageSetup } from './page-setup.js';

/**
 * One blank line, then "附件：1．名称" 左空二字; with several attachments each on its own line, numbers under numbers,
 * and a name that wraps lines up with the first character of the name. One attachment carries no number.
 */
export function attachmentNoteParagraphs(page: PageSetup, b: AttachmentNoteBlock): Paragraph[] {
  const labelChars = textChars(b.label);
  const numbered = b.items.length > 1;
  const numberChars = numbered ? textChars(`${b.items.length}．`) : 0;
  const left = page.body.indentChars + labelChars + numberChars;
  const lines = b.items.map(
    (item, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: exactSpacing(page.body.lineSpacingPt),
        indent: { left: bodyCharsTwip(page, left), hanging: bodyCharsTwip(page, i === 0 ? labelChars + numberChars : numberChars) },
        keepNext: true,
        keepLines: true,
        children: [run(page, `${i === 0 ? b.label : ''}${numbered ? `${i + 1}．` : ''}${item}`, bodyStyle(page))],
      }),
  );
  return [blankLine(page, true), ...lines];
}

/** A new page whose first line is the label, flush left in the level-1 heading font (黑体) at body size (3号). */
export function attachmentLabelParagraph(page: PageSetup, b: AttachmentLabelBlock): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: exactSpacing(page.body.lineSpacingPt),
    pageBreakBefore: true,
    keepNext: true,
    children: [run(page, b.text, { font: page.headings['1'].font, sizePt: page.body.sizePt })],
  });
}
