// The published 领导信访接待日安排表 as an official document: landscape (eight columns), the table with its header
// repeated on every page, the rule in words as its 备注, the issuing office and date at the end.
import type { RosterDocModel } from '../domain/roster-view.js';
import type { OfficialDoc, TableColumn } from './docx/document-model.js';
import { renderOfficialDocx } from './docx/official.js';

// Column widths come from the content (docx/table-fit.ts).
const LEFT = new Set([4, 7]); // 分管工作 and 备注 read as text

export function rosterOfficialDoc(m: RosterDocModel): OfficialDoc {
  const columns: TableColumn[] = m.columns.map((header, i) => ({ header, align: LEFT.has(i) ? 'left' : 'center' }));
  return {
    title: m.title,
    landscape: true,
    // The 备注 is a paragraph, not the table's own note, so that it goes with the signature to a new page when the
    // signature does not fit: the signature never stands alone on the last page.
    blocks: [
      { kind: 'table', columns, rows: m.rows },
      { kind: 'paragraph', text: `${m.noteLabel}${m.notes.join('')}`, align: 'left', indent: false },
    ],
    signature: { issuer: m.issuer, date: m.date },
  };
}

export function renderRosterDocx(m: RosterDocModel): Promise<Buffer> {
  return renderOfficialDocx(rosterOfficialDoc(m));
}
