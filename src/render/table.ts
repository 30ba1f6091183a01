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

/** Column widths (content + padding 2) that fit `max` columns in all, narrowing the widest first. */
export function fitWidths(head: string[], rows: string[][], max: number): number[] {
  // plain loops: spreading a column of 275,000 rows into Math.max overflows the call stack
  const widths = head.map((h) => displayWidth(h));
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) {
      for (const line of String(r[i] ?? '').split('\n')) widths[i] = Math.max(widths[i], displayWidth(line));
    }
  }
  for (let i = 0; i < widths.length; i++) widths[i] += 2;
  const budget = max - (head.length + 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(widths.reduce((a, b) => Math.max(a, b), 0));
    if (widths[widest] <= 8) break; // cannot narrow further: let it overflow rather than make it unreadable
    widths[widest]--;
  }
  return widths;
}

const BREAK_AFTER = /[\s，、。；：,;)）-]/u;
// Chinese typesetting (避头): these never start a line.
const NO_LINE_START = /[，、。；：！？,;:!?)）》」』”’%]/u;

/** Wraps text to `width` display columns, at a space or punctuation where one is near, else anywhere (Chinese has no spaces). */
export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line: string[] = [];
    let w = 0;
    for (const ch of para) {
      const cw = displayWidth(ch);
      if (w + cw > width && line.length) {
        const startsAt = (i: number) => (i < line.length ? line[i] : ch);
        let cut = NO_LINE_START.test(ch) && line.length > 1 ? line.length - 1 : line.length;
        for (let i = line.length - 1; i > line.length / 2; i--) {
          if (BREAK_AFTER.test(line[i]) && !NO_LINE_START.test(startsAt(i + 1))) {
            cut = i + 1;
            break;
          }
        }
        out.push(line.slice(0, cut).join('').trimEnd());
        line = line.slice(cut);
        if (line.length === 0 && /\s/u.test(ch)) continue;
        w = line.reduce((a, c) => a + displayWidth(c), 0);
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
