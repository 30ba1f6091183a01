// The published 领导信访接待日安排表 as an official document: landscape (nine columns with 联系电话), the table with its header
// repeated on every page, the rule in words as its 备注, the issuing office and date at the end.
import type { RosterDocModel } from '../domain/roster/view.js';
import type { Block, OfficialDoc, TableBlock, TableColumn } from './docx/document-model.js';
import { renderOfficialDocx } from './docx/official.js';

// Column widths come from the content (docx/table-fit.ts).
const GROUP = 'roster';
const BLANK: Block = { kind: 'paragraph', text: '', align: 'left', indent: false };
const PORTFOLIO = 4; // 分管工作 (before the optional 联系电话) and the last column, 备注, read as text

export function rosterOfficialDoc(m: RosterDocModel): OfficialDoc {
  const left = (i: number) => i === PORTFOLIO || i === m.columns.length - 1;
  const columns: TableColumn[] = m.columns.map((header, i) => ({ header, align: left(i) ? 'left' : 'center' }));
  const tables: TableBlock[] = [
    ...(m.rows.length || m.sections.length === 0 ? [{ kind: 'table' as const, columns, rows: m.rows, fitGroup: GROUP, ...(m.sections.length ? { title: m.rowsTitle } : {}) }] : []),
    // the every-working-day duty and the 下访 days read at a glance as tables of their own, lined up with the first
    ...m.sections.map((s) => ({ kind: 'table' as const, title: s.title, columns, rows: s.rows, fitGroup: GROUP })),
  ];
  return {
    title: m.title,
    landscape: true,
    // The 备注 is a paragraph, not the table's own note, so that it goes with the signature to a new page when the
    // signature does not fit: the signature never stands alone on the last page.
    blocks: [
      ...tables.flatMap((t, i): Block[] => (i > 0 ? [BLANK, t] : [t])),
      { kind: 'paragraph', text: `${m.noteLabel}${m.notes.join('')}`, align: 'left', indent: false },
    ],
    signature: { issuer: m.issuer, date: m.date },
  };
}

export function renderRosterDocx(m: RosterDocModel): Promise<Buffer> {
  return renderOfficialDocx(rosterOfficialDoc(m));
}
