// An official letter (告知书, 交办单, 督办单, 答复意见书) as a GB/T 9704 document: title, 文号, addressee, body,
// an optional table of items, and the issuer's signature with the date.
import type { LetterModel } from '../domain/cases/letters/letter-model.js';
import { paragraph, table, type Block, type OfficialDoc } from './docx/document-model.js';

export function letterDoc(m: LetterModel): OfficialDoc {
  const blocks: Block[] = [paragraph(m.docNo, { align: 'right', indent: false }), paragraph(m.addressee, { align: 'left', indent: false })];
  blocks.push(...m.paragraphs.map((p) => paragraph(p)));
  if (m.table.length) {
    blocks.push(
      table({
        columns: [
          { header: m.tableColumns[0], width: 1 },
          { header: m.tableColumns[1], width: 3.4, align: 'left' },
        ],
        rows: m.table.map(([k, v]) => [k, v]),
      }),
    );
  }
  blocks.push(...m.after.map((p) => paragraph(p)));
  return { title: m.title, blocks, signature: { issuer: m.issuer, date: m.date } };
}
