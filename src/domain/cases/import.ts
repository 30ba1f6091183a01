// Importing a ledger: every row is checked before anything is stored, and every bad row is reported with its line.
import { ledgerRowToCase, mapLedgerHeaders, rowFromCells, type LedgerContext } from './ledger.js';
import type { Case } from '../model.js';
import { InputError } from '../../errors.js';
import { msg } from '../messages/index.js';

export interface SheetRecord {
  line: number;
  cells: string[];
}

export interface ImportRow {
  line: number;
  case: Case;
}

export interface BadRow {
  line: number;
  problems: string[];
}

export interface ImportPlan {
  good: ImportRow[];
  bad: BadRow[];
}

/** Checks the header and every row; `onRow` reports progress (rows done). */
export function planImport(records: SheetRecord[], ctx: LedgerContext, onRow: (done: number) => void = () => undefined): ImportPlan {
  if (records.length === 0) throw new InputError(msg('cases.importEmptyFile'));
  const headers = mapLedgerHeaders(records[0].cells);
  const plan: ImportPlan = { good: [], bad: [] };
  const numbers = new Map<string, number>();
  records.slice(1).forEach((rec, i) => {
    const checked = ledgerRowToCase(rowFromCells(rec.cells, headers), ctx);
    const problems = [...checked.problems];
    const no = checked.case.no;
    if (no) {
      const first = numbers.get(no);
      if (first !== undefined) problems.push(`编号 ${no} 与第 ${first} 行重复`);
      else numbers.set(no, rec.line);
    }
    if (problems.length) plan.bad.push({ line: rec.line, problems });
    else plan.good.push({ line: rec.line, case: checked.case });
    onRow(i + 1);
  });
  if (plan.good.length === 0 && plan.bad.length === 0) throw new InputError(msg('cases.importHeaderOnly'));
  return plan;
}

/** Rows with their own numbers first (so a number handed out cannot take theirs), then by date of receipt. */
export function importOrder(rows: ImportRow[]): ImportRow[] {
  return [...rows].sort(
    (a, b) => Number(!a.case.no) - Number(!b.case.no) || a.case.receivedDate.localeCompare(b.case.receivedDate) || a.line - b.line,
  );
}

export function badRowText(b: BadRow): string {
  return `第 ${b.line} 行：${b.problems.join('；')}`;
}
