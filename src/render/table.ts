// Terminal tables that fit the terminal (80 columns unless told): cli-table3 measures East Asian wide
// characters, and when the natural width is too wide the widest columns wrap.
import Table from 'cli-table3';

export interface TableOptions {
  color?: boolean;
  width?: number; // terminal columns; default 80
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Column widths (content + padding 2) that fit `max` columns in all, narrowing the widest first. */
export function fitWidths(head: string[], rows: string[][], max: number): number[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => Math.max(...String(r[i] ?? '').split('\n').map(displayWidth)))) + 2);
  const budget = max - (head.length + 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= 8) break; // cannot narrow further: let it overflow rather than make it unreadable
    widths[widest]--;
  }
  return widths;
}

const BREAK_AFTER = /[\s，、。；：,;)）-]/u;

/** Wraps text to `width` display columns, at a space or punctuation where one is near, else anywhere (Chinese has no spaces). */
export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line: string[] = [];
    let w = 0;
    for (const ch of para) {
      const cw = displayWidth(ch);
      if (w + cw > width && line.length) {
        let cut = line.length;
        for (let i = line.length - 1; i > line.length / 2; i--) {
          if (BREAK_AFTER.test(line[i])) {
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

// No rule between body rows (long lists stay on one screen); one rule under the header.
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function renderTable(head: string[], rows: (string | number)[][], opts: TableOptions = {}): string {
  const raw = rows.map((r) => r.map((c) => String(c)));
  const colWidths = fitWidths(head, raw, opts.width ?? 80);
  const cells = raw.map((r) => r.map((c, i) => wrapText(c, colWidths[i] - 2)));
  const table = new Table({
    head,
    chars: COMPACT,
    colWidths,
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const r of cells) table.push(r);
  const lines = table.toString().split('\n');
  const headLines = Math.max(...head.map((h) => h.split('\n').length));
  const rule = lines[0].replace('┌', '├').replace(/┬/g, '┼').replace('┐', '┤');
  if (cells.length) lines.splice(1 + headLines, 0, rule);
  return lines.join('\n');
}

/** Label/value pairs as a two-column table (a record card). */
export function renderCard(pairs: [string, string][], opts: TableOptions = {}): string {
  const max = opts.width ?? 80;
  const table = new Table({ style: { head: [], border: opts.color ? ['grey'] : [] }, colWidths: [14, max - 17] });
  for (const [k, v] of pairs) table.push([wrapText(k, 12), wrapText(v, max - 19)]);
  return table.toString();
}
