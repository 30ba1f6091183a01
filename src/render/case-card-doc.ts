// The case card as an official document: the 信访接待登记表, the 一案一卡 and the 处理过程, in GB/T 9704 layout.
// The two forms have no header row: each row carries its own label. An empty field (领导批示) leaves room to write.
import type { CaseCardModel } from '../domain/cases/card.js';
import { heading, headingNumber, paragraph, table, type Block, type OfficialDoc } from './docx/document-model.js';

/** Lines left blank in a field that is filled in by hand. */
const HANDWRITING = '\n\n';

/** `author`: the office, written into the document properties. */
export function caseCardDoc(card: CaseCardModel, author?: string): OfficialDoc {
  const pairs = (rows: [string, string][]) =>
    table({
      headerRow: false,
      columns: [
        { header: card.pairColumns[0], width: 1 },
        { header: card.pairColumns[1], width: 4, align: 'left' },
      ],
      rows: rows.map(([k, v]) => [k, v === '' ? HANDWRITING : v]),
    });
  const blank: Block = paragraph('', { align: 'left', indent: false });
  return {
    title: card.title,
    subtitle: card.subtitle,
    ...(author ? { author } : {}),
    blocks: [
      heading(1, `${headingNumber(1, 1)}${card.headings.form}`),
      pairs(card.form),
      heading(1, `${headingNumber(1, 2)}${card.headings.card}`),
      pairs(card.card),
      heading(1, `${headingNumber(1, 3)}${card.headings.history}`),
      table({
        columns: [
          { header: card.historyColumns[0], width: 1 },
          { header: card.historyColumns[1], width: 1 },
          { header: card.historyColumns[2], width: 4, align: 'left' },
        ],
        rows: card.history.map(([d, a, n]) => [d, a, n]),
      }),
      blank,
      ...card.signLines.map((line) => paragraph(line, { align: 'left', indent: false })),
    ],
  };
}
