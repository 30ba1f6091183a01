// Terminal tables. cli-table3 measures East Asian wide characters, so Chinese columns line up.
import Table from 'cli-table3';

export interface TableOptions {
  color?: boolean;
}

export function renderTable(head: string[], rows: (string | number)[][], opts: TableOptions = {}): string {
  const table = new Table({
    head,
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: false, 'padding-left': 1, 'padding-right': 1 },
    wordWrap: true,
    wrapOnWordBoundary: false,
  });
  for (const r of rows) table.push(r.map((c) => String(c)));
  return table.toString();
}

/** Label/value pairs as a two-column table (a record card). */
export function renderCard(pairs: [string, string][], opts: TableOptions = {}): string {
  const table = new Table({ style: { head: [], border: opts.color ? ['grey'] : [] }, wordWrap: true, wrapOnWordBoundary: false, colWidths: [14, 62] });
  for (const [k, v] of pairs) table.push([k, v]);
  return table.toString();
}
