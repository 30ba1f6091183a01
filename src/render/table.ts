// Terminal tables that fit the terminal (80 columns unless told): East Asian wide characters count two columns,
// and when the natural width is too wide the widest columns wrap.

export interface TableOptions {
  color?: boolean;
  width?: number; // terminal columns; default 80
}

/** East Asian wide and full-width characters take two terminal columns. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += cp >= 0x1100 && isWide(cp) ? 2 : 1;
  }
  return w;
}

// A cell that must never be split across lines: a number, a date, a case/backup/visit id, a phone, "超期627天" —
// one token without spaces, short, written in ASCII or carrying digits. Names, units and summaries wrap instead.
const ATOMIC = /^(?:[\x21-\x7e]+|\S*\d\S*)$/u;
const ATOMIC_MAX = 20;
const WORD_CHAR = /[\x21-\x7e]/;
const ASCII_WORDS = /[\x21-\x7e]+/g;

function isAtomic(line: string, width: number): boolean {
  return width <= ATOMIC_MAX && ATOMIC.test(line);
}

interface ColumnFit {
  natural: number; // widest line, header included
  body: number; // widest body line
  atomic: boolean; // every body line is an atomic token
  word: number; // widest ASCII token inside a body line ("2026-11-30" in "2026-11-30 09:13")
}

function measure(head: string[], rows: string[][]): ColumnFit[] {
  // plain loops: spreading a column of 275,000 rows into Math.max overflows the call stack
  const cols = head.map((h) => ({ natural: displayWidth(h), body: 0, atomic: true, word: 0 }));
  for (const r of rows) {
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      for (const line of String(r[i] ?? '').split('\n')) {
        const w = displayWidth(line);
        if (w > col.body) col.body = w;
        if (isAtomic(line, w)) col.word = Math.max(col.word, w);
        else if (line !== '') {
          col.atomic = false;
          for (const token of line.match(ASCII_WORDS) ?? []) {
            if (token.length > col.word && token.length <= ATOMIC_MAX) col.word = token.length;
          }
        }
      }
    }
  }
  for (const col of cols) col.natural = Math.max(col.natural, col.body);
  return cols;
}

/**
 * Column widths (content + padding 2) that fit `max` columns in all. The wrapping columns narrow first, widest
 * first, down to 8 (or their widest ASCII token); then an atomic column down to its widest cell (its header may
 * wrap); then the wrapping columns down to one wide character. Only when the atomic columns alone are too wide do
 * they narrow too, widest first, down to 8 (an atomic value is then split rather than overflow).
 */
export function fitWidths(head: string[], rows: string[][], max: number): number[] {
  const cols = measure(head, rows);
  const widths = cols.map((c) => c.natural + 2);
  const floors = cols.map((c, i) => (c.atomic ? Math.max(c.body, Math.min(displayWidth(head[i]), 2)) + 2 : Math.max(Math.min(widths[i], 8), c.word + 2)));
  const budget = max - (head.length + 1);
  let total = widths.reduce((a, b) => a + b, 0);
  const widestAbove = (floor: (i: number) => number, among: (i: number) => boolean): number => {
    let best = -1;
    for (let i = 0; i < widths.length; i++) if (among(i) && widths[i] > floor(i) && (best < 0 || widths[i] > widths[best])) best = i;
    return best;
  };
  const steps: [(i: number) => number, (i: number) => boolean][] = [
    [(i) => floors[i], (i) => !cols[i].atomic],
    [(i) => floors[i], (i) => cols[i].atomic],
    [() => 4, (i) => !cols[i].atomic], // one wide character a line, rather than split a number
    [() => 8, () => true], // cannot narrow below 8: let it overflow rather than make it unreadable
  ];
  for (const [floor, among] of steps) {
    for (let i = widestAbove(floor, among); total > budget && i >= 0; i = widestAbove(floor, among)) {
      widths[i]--;
      total--;
    }
  }
  return widths;
}

const BREAK_AFTER = /[\s，、。；：,;)）-]/u;
// Chinese typesetting (避头): these never start a line.
const NO_LINE_START = /[，、。；：！？,;:!?)）》」』”’%]/u;

/**
 * Where to end a full line when `ch` does not fit: at a space; before an ASCII token (a date, an id, "8:30-12:00")
 * that would be split, moving it whole; else at punctuation near the end that is not inside such a token; else
 * at the end (Chinese breaks anywhere), never putting closing punctuation first on the next line.
 */
function cutBefore(line: string[], ch: string, width: number): number {
  if (/\s/u.test(ch)) return line.length;
  const at = (i: number) => (i < line.length ? line[i] : ch);
  if (WORD_CHAR.test(ch) && WORD_CHAR.test(line[line.length - 1])) {
    let start = line.length - 1;
    while (start > 0 && WORD_CHAR.test(line[start - 1])) start--;
    const token = line.length - start + 1;
    if (start > 0 && token <= Math.min(width, ATOMIC_MAX) && !NO_LINE_START.test(line[start])) return start;
  }
  const insideWord = (i: number) => WORD_CHAR.test(line[i]) && WORD_CHAR.test(at(i + 1));
  for (let i = line.length - 1; i > line.length / 2; i--) {
    if (BREAK_AFTER.test(line[i]) && !NO_LINE_START.test(at(i + 1)) && !insideWord(i)) return i + 1;
  }
  return NO_LINE_START.test(ch) && line.length > 1 ? line.length - 1 : line.length;
}

/** Wraps text to `width` display columns, at a space or punctuation where one is near, else anywhere (Chinese has no spaces). */
export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line: string[] = [];
    let w = 0;
    for (const ch of para) {
      const cw = displayWidth(ch);
      if (w + cw > width && line.length) {
        const cut = cutBefore(line, ch, width);
        out.push(line.slice(0, cut).join('').trimEnd());
        line = line.slice(cut);
        w = line.reduce((a, c) => a + displayWidth(c), 0);
        if (line.length === 0 && /\s/u.test(ch)) continue;
      }
      line.push(ch);
      w += cw;
    }
    out.push(line.join(''));
  }
  return out.join('\n');
}

function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function rule(widths: number[], left: string, mid: string, right: string): string {
  return left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
}

/** One table row (cells may hold several lines) drawn between vertical bars, padded one space each side. */
function drawRow(cells: string[], widths: number[], paint: (s: string) => string): string[] {
  const lines = cells.map((c) => c.split('\n'));
  const height = Math.max(1, ...lines.map((l) => l.length));
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    out.push('│' + lines.map((l, j) => ' ' + paint(padTo(l[i] ?? '', widths[j] - 2)) + ' ').join('│') + '│');
  }
  return out;
}

// Drawn here rather than with cli-table3: its layout took ~0.7 s for 1,000 rows (`case list` of a busy month).
// No rule between body rows, so long lists stay compact; one rule under the header.
export function renderTable(head: string[], rows: (string | number)[][], opts: TableOptions = {}): string {
  const raw = rows.map((r) => head.map((_, i) => String(r[i] ?? '')));
  const widths = fitWidths(head, raw, opts.width ?? 80);
  const wrap = (r: string[]) => r.map((c, i) => wrapText(c, widths[i] - 2));
  const bold = opts.color ? (s: string) => `\u001b[36m${s}\u001b[39m` : (s: string) => s;
  const lines = [rule(widths, '┌', '┬', '┐'), ...drawRow(wrap(head), widths, bold)];
  if (raw.length) lines.push(rule(widths, '├', '┼', '┤'));
  for (const r of raw) for (const line of drawRow(wrap(r), widths, (s) => s)) lines.push(line);
  lines.push(rule(widths, '└', '┴', '┘'));
  return lines.join('\n');
}

/** Label/value pairs as a two-column table (a record card). */
export function renderCard(pairs: [string, string][], opts: TableOptions = {}): string {
  const max = opts.width ?? 80;
  const widths = [14, max - 17];
  const lines = [rule(widths, '┌', '┬', '┐')];
  pairs.forEach(([k, v], i) => {
    if (i > 0) lines.push(rule(widths, '├', '┼', '┤'));
    lines.push(...drawRow([wrapText(k, widths[0] - 2), wrapText(v, widths[1] - 2)], widths, (s) => s));
  });
  lines.push(rule(widths, '└', '┴', '┘'));
  return lines.join('\n');
}
