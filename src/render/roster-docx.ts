// The published 领导信访接待日安排表 as an official document: landscape (eight columns), the table with its header
// repeated on every page, the rule in words as its 备注, the issuing office and date at the end.
import type { RosterDocModel } from '../domain/roster-view.js';
import type { OfficialDoc, TableColumn } from './docx/document-model.js';
import { renderOfficialDocx } from './docx/official.js';

// Widths (mm of the 225 mm landscape line at 小四) of 日期 / 星期 / 接待领导 / 职务 / 分管工作 / 信访干部 / 接待地点 / 备注:
// room for "10月16日", "党组成员、副局长" and "局机关三楼会议室" on one line (a CJK character is 4.2 mm).
const WIDTHS = [28, 16, 20, 37, 36, 20, 37, 31];
const LEFT = new Set([4, 7]); // 分管工作 and 备注 read as text

export function rosterOfficialDoc(m: RosterDocModel): OfficialDoc {
  const columns: TableColumn[] = m.columns.map((header, i) => ({ header, width: WIDTHS[i] ?? 10, align: LEFT.has(i) ? 'left' : 'center' }));
  return {
    title: m.title,
    landscape: true,
    // The 备注 is a paragraph, not the table's own note, so that it goes with the signature to a new page when the
    // signature does not fit: the signature never stands alone on the last page.
    blocks: [
      ...(m.rows.length || m.sections.length === 0 ? [{ kind: 'table' as const, columns, rows: m.rows, ...(m.sections.length ? { title: m.rowsTitle } : {}) }] : []),
      // the every-working-day duty and the 下访 days read at a glance as tables of their own
      ...m.sections.map((s) => ({ kind: 'table' as const, title: s.title, columns, rows: s.rows })),
      { kind: 'paragraph', text: `${m.noteLabel}${m.notes.join('')}`, align: 'left', indent: false },
    ],
    signature: { issuer: m.issuer, date: m.date },
  };
}

export function renderRosterDocx(m: RosterDocModel): Promise<Buffer> {
  return renderOfficialDocx(rosterOfficialDoc(m));
}
