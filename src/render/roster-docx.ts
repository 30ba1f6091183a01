// The published 领导信访接待日安排表 as an official document: landscape (eight columns), the table with its header
// repeated on every page, the rule in words as its 备注, the issuing office and date at the end.
import type { RosterDocModel } from '../domain/roster-view.js';
import type { OfficialDoc, TableColumn } from './docx/document-model.js';
import { renderOfficialDocx } from './docx/official.js';

// Relative widths of 日期 / 星期 / 接待领导 / 职务 / 分管工作 / 信访干部 / 接待地点 / 备注
const WIDTHS = [8, 7, 8, 13, 15, 8, 14, 14];
const LEFT = new Set([4, 7]); // 分管工作 and 备注 read as text

export function rosterOfficialDoc(m: RosterDocModel): OfficialDoc {
  const columns: TableColumn[] = m.columns.map((header, i) => ({ header, width: WIDTHS[i] ?? 10, align: LEFT.has(i) ? 'left' : 'center' }));
  return {
    title: m.title,
    landscape: true,
    blocks: [{ kind: 'table', columns, rows: m.rows, note: `${m.noteLabel}${m.notes.join('')}` }],
    signature: { issuer: m.issuer, date: m.date },
  };
}

export function renderRosterDocx(m: RosterDocModel): Promise<Buffer> {
  return renderOfficialDocx(rosterOfficialDoc(m));
}
