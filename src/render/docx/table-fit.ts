// Column widths of a document table from its content, so that no word is broken: a cell of up to six characters,
// a number, a date or a list item ("纪检组长", "10月", "2026-0151", "党组成员、") always stays on one line; a list
// that has to wrap is broken by the renderer between its items; only prose (a sentence longer than a list item)
// may wrap anywhere, as Chinese text does. A table whose words cannot all fit takes a smaller size (五号), then goes
// landscape (GB/T 9704 allows both for tables).
import type { TableBlock } from './document-model.js';
import { textEm } from './text-measure.js';

/** A cell line this short (in characters) is one word. */
export const SHORT_CELL_CHARS = 6;
/** A piece between separators up to this many characters is a word (a name, a title, a place); longer is prose. */
const WORD_CHARS = 10;
/** Prose columns are never narrower than this (em). */
const PROSE_MIN_EM = 5;
/** Safety against the renderer's own rounding (em per cell). */
const SLACK_EM = 0.4;

/** Where a Chinese list may break: after 、，；：）and before （. */
const LIST_BREAK = /(?<=[、，；：）])|(?=（)/;

/** The unbreakable pieces of a line: the list items, and the words of Latin text between spaces. */
export function tokens(line: string): string[] {
  if ([...line].length <= SHORT_CELL_CHARS) return [line];
  return line.split(LIST_BREAK).flatMap((t) => t.split(/(?<=\s)/)).filter((t) => t.length > 0);
}

const isProse = (t: string) => [...t].length > WORD_CHARS && /[\u2e80-\uffff]/.test(t);

/** The narrowest a line can be drawn without breaking a word (em). */
function minEm(line: string): number {
  return Math.max(0, ...tokens(line).map((t) => (isProse(t) ? Math.min(PROSE_MIN_EM, textEm(t)) : textEm(t.trimEnd()))));
}

const linesOf = (cell: string) => cell.split('\n');

export interface TableFit {
  /** Column widths in twips, adding up to the width given. */
  widthsTwip: number[];
  sizePt: number;
  landscape: boolean;
  /** The header and rows with '\n' inserted where a list must wrap between items. */
  header: string[];
  rows: string[][];
}

export interface FitRoom {
  /** Text width in twips, portrait and landscape. */
  portraitTwip: number;
  landscapeTwip: number;
  /** Left + right cell margin in twips. */
  cellMarginTwip: number;
  /** Sizes to try, largest first (the template's size, then 五号, 小五). */
  sizesPt: number[];
}

function cellsByColumn(t: TableBlock, header: boolean): string[][] {
  return t.columns.map((c, i) => [...(header ? [c.header] : []), ...t.rows.map((r) => r[i] ?? '')]);
}

/** Picks the orientation and size, then shares out the width: every column its longest word, the rest by need. */
export function fitTable(t: TableBlock, room: FitRoom, forceLandscape: boolean): TableFit {
  const withHeader = t.headerRow !== false;
  const cols = cellsByColumn(t, withHeader);
  const minCol = cols.map((cells) => Math.max(1, ...cells.flatMap(linesOf).map(minEm)) + SLACK_EM);
  const natCol = cols.map((cells) => Math.max(1, ...cells.flatMap(linesOf).map(textEm)) + SLACK_EM);
  // portrait at the template's size or one size smaller (五号, still easy to read); then landscape, first at the
  // template's size, then smaller
  const ordered = [
    ...(forceLandscape ? [] : room.sizesPt.slice(0, 2).map((sizePt) => ({ landscape: false, sizePt }))),
    ...room.sizesPt.map((sizePt) => ({ landscape: true, sizePt })),
  ];
  const contentTwip = (o: { landscape: boolean }) =>
    (o.landscape ? room.landscapeTwip : room.portraitTwip) - room.cellMarginTwip * t.columns.length;
  const twip = (em: number, sizePt: number) => em * sizePt * 20;
  const choice =
    ordered.find((o) => minCol.reduce((a, w) => a + twip(w, o.sizePt), 0) <= contentTwip(o)) ?? ordered[ordered.length - 1];

  const total = contentTwip(choice);
  const min = minCol.map((w) => twip(w, choice.sizePt));
  const nat = natCol.map((w) => twip(w, choice.sizePt));
  const natSum = nat.reduce((a, b) => a + b, 0);
  let content: number[];
  if (natSum <= total) {
    // everything fits unwrapped: hand the spare room out by the column weights (or the natural widths)
    const weights = t.columns.map((c, i) => c.width ?? nat[i]);
    const wSum = weights.reduce((a, b) => a + b, 0) || 1;
    content = nat.map((n, i) => n + ((total - natSum) * weights[i]) / wSum);
  } else {
    // water-filling: every column gets its natural width up to a common cap T (never below its longest word);
    // only the widest columns wrap
    const at = (cap: number) => nat.map((n, i) => Math.max(min[i], Math.min(n, cap)));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    let lo = 0;
    let hi = Math.max(...nat);
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (sum(at(mid)) <= total) lo = mid;
      else hi = mid;
    }
    content = at(lo);
    const spare = total - sum(content);
    // the rounding rest of the search goes to the columns that still wrap
    const wrapping = content.map((c, i) => c < nat[i]);
    const share = Math.max(0, spare) / Math.max(1, wrapping.filter(Boolean).length);
    content = content.map((c, i) => (wrapping[i] ? c + share : c));
  }
  const widthsTwip = wholeTwips(content.map((c) => c + room.cellMarginTwip), total + room.cellMarginTwip * t.columns.length);
  const wrapAt = (i: number) => (widthsTwip[i] - room.cellMarginTwip) / (choice.sizePt * 20) - SLACK_EM;
  return {
    widthsTwip,
    sizePt: choice.sizePt,
    landscape: choice.landscape,
    header: t.columns.map((c, i) => wrapCell(c.header, wrapAt(i))),
    rows: t.rows.map((r) => r.map((cell, i) => wrapCell(cell, wrapAt(i)))),
  };
}

/**
 * Breaks the lines of a Chinese list in a cell between its items where they are wider than `em`. Prose, and text
 * with spaces (which every renderer breaks at the spaces), are left to the renderer.
 */
export function wrapCell(cell: string, em: number): string {
  return linesOf(cell)
    .map((line) => {
      const parts = [...line].length <= SHORT_CELL_CHARS ? [line] : line.split(LIST_BREAK).filter((t) => t.length > 0);
      if (textEm(line) <= em || parts.some(isProse) || /\s/.test(line)) return line;
      const out: string[] = [];
      let cur = '';
      for (const p of parts) {
        if (cur && textEm(cur + p.trimEnd()) > em) {
          out.push(cur.trimEnd());
          cur = p.trimStart();
        } else cur += p;
      }
      if (cur) out.push(cur.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

/** Rounds to whole twips that add up exactly to `total`. */
function wholeTwips(raw: number[], total: number): number[] {
  const sum = raw.reduce((a, b) => a + b, 0) || 1;
  const scaled = raw.map((w) => (w * total) / sum);
  const widths = scaled.map(Math.floor);
  let rest = Math.round(total) - widths.reduce((a, b) => a + b, 0);
  const order = scaled.map((w, i) => [w - Math.floor(w), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0 && order.length; k = (k + 1) % order.length, rest--) widths[order[k][1]]++;
  return widths;
}
