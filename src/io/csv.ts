// CSV as RFC 4180 says it: fields separated by commas, quoted with " when they hold a comma, quote or line break,
// records ending in CRLF. Reading accepts LF too, a UTF-8 BOM, and files saved as GB18030/GBK by older systems.
import { InputError } from '../errors.js';

export interface CsvRecord {
  /** The physical line the record starts on (1 = the first line of the file). */
  line: number;
  cells: string[];
}

/** Decodes file bytes: UTF-8 (with or without BOM), else GB18030 (what Excel on a Chinese Windows saves). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let fieldStarted = false;
  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === '')) out.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') continue;
    else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new InputError(`CSV 文件第 ${start} 行起的引号没有闭合，请检查该行`);
  if (field !== '' || cells.length > 0) endRecord();
  return out;
}

function quoteCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Digits Excel and WPS would turn into a number and damage: 12 digits or more (an 18-digit 身份证号 loses its
 * last three), or a leading zero (a 区号). */
const FRAGILE_DIGITS = /^(\d{12,}|0\d+)$/;

/**
 * A cell a spreadsheet must keep as text: written as the formula ="…", which Excel and WPS both show as the text
 * itself. A leading apostrophe or tab would stay visible in the cell.
 */
export function spreadsheetText(s: string): string {
  return FRAGILE_DIGITS.test(s) ? `="${s}"` : s;
}

/** CSV text with a UTF-8 BOM, so Excel opens the Chinese correctly; long digit strings stay text. */
export function writeCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => quoteCell(spreadsheetText(c))).join(',')).join('\r\n') + '\r\n';
}
