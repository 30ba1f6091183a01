// The statistics tables of a report as one workbook, the form offices send upward: one sheet per 附表 with its
// title above the header, the header frozen, counts and shares as numbers (a share as a percentage), widths set.
import type { StatTable } from '../domain/reports/tables.js';

const COUNT = /^(0|[1-9]\d*)$/;
const SHARE = /^(0|[1-9]\d*)(\.\d+)?%$/;
/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_MAX = 31;

/** A count as a number, a share ("4.44%") as the fraction 0.0444 shown as a percentage; anything else stays text. */
export function cellValue(s: string): { value: string | number; percent: boolean } {
  if (COUNT.test(s)) return { value: Number(s), percent: false };
  // hundredths of a percent as an integer first, so 4.44% is exactly 0.0444 and not 0.044399999…
  if (SHARE.test(s)) return { value: Math.round(Number(s.slice(0, -1)) * 100) / 10000, percent: true };
  return { value: s, percent: false };
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** "附表3  2026年信访件分来源统计表" → a valid sheet name, unique in the workbook. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(SHEET_FORBIDDEN, '').replace(/\s+/g, ' ').trim().slice(0, SHEET_MAX) || '附表';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, SHEET_MAX - String(i).length - 1)}-${i}`;
  used.add(name);
  return name;
}

export async function statTablesXlsx(tables: readonly StatTable[]): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.title, used), { views: [{ state: 'frozen', ySplit: 2 }] });
    const width = t.columns.length;
    ws.addRow([t.title]);
    if (width > 1) ws.mergeCells(1, 1, 1, width);
    ws.getRow(1).font = { bold: true, size: 12 };
    ws.addRow(t.columns.map((c) => c.header));
    ws.getRow(2).font = { bold: true };
    for (const r of t.rows) {
      const row = ws.addRow(r.map((s) => cellValue(s).value));
      r.forEach((s, i) => {
        if (cellValue(s).percent) row.getCell(i + 1).numFmt = '0.00%';
      });
    }
    t.columns.forEach((c, i) => {
      const longest = Math.max(displayWidth(c.header), ...t.rows.map((r) => displayWidth(r[i] ?? '')));
      ws.getColumn(i + 1).width = Math.min(40, Math.max(8, longest + 2));
      ws.getColumn(i + 1).alignment = { horizontal: c.align ?? 'center', vertical: 'middle' };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
