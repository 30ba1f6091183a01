// A table of strings to and from an .xlsx workbook (first sheet). Every cell is written as text, so ID numbers and
// dates stay exactly as typed; on reading, numbers and dates a person typed into Excel are turned back into text.
import type { CellValue, Workbook } from 'exceljs';
import { InputError } from '../errors.js';
import { xmlSafe } from '../render/xml-safe.js';
import type { CsvRecord } from './csv.js';
import { unpackedSize } from './zip-size.js';

/** How big an import may be: unpacked bytes (checked before parsing) and rows. */
export interface ImportLimits {
  maxUnpackedBytes: number;
  maxRows: number;
}

async function newWorkbook(): Promise<Workbook> {
  const ExcelJS = (await import('exceljs')).default;
  return new ExcelJS.Workbook();
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

export async function writeXlsx(rows: string[][], sheetName: string, onRow: (done: number) => void = () => undefined): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = rows[0]?.length ?? 0;
  for (let c = 1; c <= width; c++) ws.getColumn(c).numFmt = '@';
  rows.forEach((r, i) => {
    ws.addRow(r.map(xmlSafe));
    onRow(i);
  });
  ws.getRow(1).font = { bold: true };
  for (let c = 1; c <= width; c++) {
    const longest = Math.max(...rows.slice(0, 200).map((r) => displayWidth(r[c - 1] ?? '')));
    ws.getColumn(c).width = Math.min(40, Math.max(6, longest + 2));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('result' in v) return cellText(v.result as CellValue); // formula: its last computed value
    if ('error' in v) return '';
  }
  return String(v);
}

/** The rows of the first sheet; `line` is the spreadsheet row number. */
export async function readXlsx(bytes: Uint8Array, limits: ImportLimits, file = 'XLSX 文件'): Promise<CsvRecord[]> {
  const size = unpackedSize(bytes, file);
  if (size > limits.maxUnpackedBytes) {
    const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
    throw new InputError(`${file} 解压后有 ${mb(size)}，超过导入上限 ${mb(limits.maxUnpackedBytes)}；请拆分后分批导入（上限可用环境变量 XINFANG_IMPORT_MAX_MB 调整）`);
  }
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(`无法读取 XLSX 文件（${(e as Error).message}），请确认它是 Excel 2007 及以上格式（.xlsx）`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new InputError('XLSX 文件中没有工作表');
  const out: CsvRecord[] = [];
  if (ws.rowCount > limits.maxRows + 1) {
    throw new InputError(`${file} 有 ${ws.rowCount} 行，超过导入上限 ${limits.maxRows} 行；请拆分后分批导入（上限可用环境变量 XINFANG_IMPORT_MAX_ROWS 调整）`);
  }
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = row.values as CellValue[]; // 1-based
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    if (cells.some((c) => c.trim() !== '')) out.push({ line: n, cells });
  });
  return out;
}
