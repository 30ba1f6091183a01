// The case card as an official document: the 信访接待登记表, the 一案一卡 and the 处理过程, in GB/T 9704 layout.
import type { CaseCardModel } from '../domain/case-card.js';
import { heading, headingNumber, paragraph, table, type OfficialDoc } from './docx/document-model.js';

export function caseCardDoc(card: CaseCardModel): OfficialDoc {
  const pairs = (rows: [string, string][]) =>
    table({
      columns: [
        { header: card.pairColumns[0], width: 1 },
        { header: card.pairColumns[1], width: 3.4, align: 'left' },
      ],
      rows: rows.map(([k, v]) => [k, v]),
    });
  return {
    title: card.title,
    subtitle: card.subtitle,
    blocks: [
      heading(1, `${headingNumber(1, 1)}${card.headings.form}`),
      pairs(card.form),
      heading(1, `${headingNumber(1, 2)}${card.headings.card}`),
      pairs(card.card),
      heading(1, `${headingNumber(1, 3)}${card.headings.history}`),
      table({
        columns: [
          { header: card.historyColumns[0], width: 1.65 },
          { header: card.historyColumns[1], width: 0.7 },
          { header: card.historyColumns[2], width: 3.4, align: 'left' },
        ],
        rows: card.history.map(([d, a, n]) => [d, a, n]),
      }),
      paragraph(card.signLine, { align: 'left', indent: false }),
    ],
  };
}
