// Tables of an official document: full text width, header row repeated on every page, rows never split; the
// orientation, size and column widths come from the content (table-fit.ts).
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Block, TableBlock } from './document-model.js';
import { alignOf, exactSpacing, noteParagraph, run } from './official-text.js';
import { mmToTwip, textWidthTwip, type PageSetup } from './page-setup.js';
import { fitTable, type TableFit } from './table-fit.js';

/** For each cell: how many rows it spans (≥1), or 0 when a cell above swallows it. */
export function rowSpans(t: TableBlock): number[][] {
  const spans = t.rows.map((r) => r.map(() => 1));
  t.columns.forEach((col, c) => {
    if (!col.merge) return;
    for (let r = 0; r < t.rows.length; ) {
      let end = r + 1;
      while (end < t.rows.length && t.rows[r][c] !== '' && t.rows[end][c] === t.rows[r][c]) end++;
      spans[r][c] = end - r;
      for (let k = r + 1; k < end; k++) spans[k][c] = 0;
      r = end;
    }
  });
  return spans;
}

function normalisedRows(t: TableBlock): string[][] {
  return t.rows.map((row, i) => {
    if (row.length > t.columns.length) {
      throw new Error(`表格第 ${i + 1} 行有 ${row.length} 格，多于 ${t.columns.length} 列`);
    }
    return [...row, ...Array<string>(t.columns.length - row.length).fill('')];
  });
}

/** What the table needs: its orientation, size and column widths, from its content (table-fit.ts). */
export function fitOfficialTable(page: PageSetup, t: TableBlock, forceLandscape: boolean): TableFit {
  const base = t.fontSizePt ?? page.table.sizePt;
  const room = {
    portraitTwip: textWidthTwip(page, false),
    landscapeTwip: textWidthTwip(page, true),
    cellMarginTwip: 2 * mmToTwip(page.table.cellMarginMm),
    sizesPt: [base, ...SMALLER_SIZES_PT.filter((s) => s < base)],
  };
  return fitTable({ ...t, rows: normalisedRows(t) }, room, forceLandscape);
}

/**
 * The fit of every table of a document (null for other blocks): a table alone from its own content; the tables of
 * a fit group from all their rows together, so that they line up as one table does. `landscapeAt(i)`: the page
 * orientation forced on block i.
 */
export function fitOfficialTables(page: PageSetup, blocks: readonly Block[], landscapeAt: (i: number) => boolean): (TableFit | null)[] {
  const fits: (TableFit | null)[] = blocks.map(() => null);
  blocks.forEach((b, i) => {
    if (b.kind !== 'table' || fits[i]) return;
    const members = b.fitGroup === undefined ? [i] : blocks.flatMap((o, k) => (o.kind === 'table' && o.fitGroup === b.fitGroup ? [k] : []));
    const tables = members.map((k) => blocks[k] as TableBlock);
    const all = fitOfficialTable(page, { ...b, rows: tables.flatMap((t) => normalisedRows(t)) }, members.some(landscapeAt));
    let from = 0;
    for (const [n, k] of members.entries()) {
      fits[k] = { ...all, rows: all.rows.slice(from, from + tables[n].rows.length) };
      from += tables[n].rows.length;
    }
  });
  return fits;
}

/** 五号 and 小五: the sizes a table may drop to when it is too wide even on a landscape page. */
const SMALLER_SIZES_PT = [10.5, 9];

export function tableParagraphsAndTable(page: PageSetup, t: TableBlock, fit: TableFit): (Paragraph | Table)[] {
  const sizePt = fit.sizePt;
  const widths = fit.widthsTwip;
  const margin = mmToTwip(page.table.cellMarginMm);
  const rows = fit.rows;
  const spans = rowSpans({ ...t, rows });

  const cell = (text: string, c: number, header: boolean, rowSpan = 1) =>
    new TableCell({
      width: { size: widths[c], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: margin, right: margin, top: Math.round(margin / 3), bottom: Math.round(margin / 3) },
      ...(rowSpan > 1 ? { rowSpan } : {}),
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : alignOf(t.columns[c].align ?? 'center'),
            spacing: exactSpacing(page.table.lineSpacingPt * (sizePt / page.table.sizePt)),
            children: [run(page, line, { font: header ? page.table.headerFont : page.table.font, sizePt })],
          }),
      ),
    });

  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((_, c) => cell(fit.header[c], c, true)),
  });
  const bodyRows = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.flatMap((text, c) => (spans[r][c] === 0 ? [] : [cell(text, c, false, spans[r][c])])),
      }),
  );
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    rows: t.headerRow === false ? bodyRows : [headerRow, ...bodyRows],
  });

  const out: (Paragraph | Table)[] = [];
  if (t.title) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactSpacing(page.body.lineSpacingPt),
        keepNext: true,
        children: [run(page, t.title, { font: page.table.titleFont, sizePt: page.table.titleSizePt })],
      }),
    );
  }
  out.push(table);
  if (t.note) out.push(noteParagraph(page, t.note, { font: page.table.font, sizePt }, page.body.lineSpacingPt));
  return out;
}
