// Where a justified body paragraph would be stretched. A figure and the punctuation that must stay with it
// ("8.51%）；") cannot be broken; when it does not fit at the end of a line, justification spreads the rest of the
// line's characters apart ("临 江 县"). This predicts the line breaks as Chinese line breaking makes them (no line
// starts with a closing mark, none ends with an opening one, figures stay whole, 。， may hang into the margin),
// so that such a paragraph can be set flush left instead.
import { textEm } from './text-measure.js';

const CLOSING = /^[，。、；：？！）》」』”’%‰…—·]/;
const OPENING = /[（《「『“‘]$/;
const LATIN = /[0-9A-Za-z.%:/+\-–]/;
const HANGING = /[，。、]$/;

/** The unbreakable pieces of a text, in order. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const ch of text) {
    const last = units[units.length - 1];
    const joinLatin = last !== undefined && LATIN.test(ch) && LATIN.test(last[last.length - 1]) && /[0-9A-Za-z]/.test(last);
    if (last !== undefined && (CLOSING.test(ch) || OPENING.test(last) || joinLatin || ch === '\u2060' || last.endsWith('\u2060'))) {
      units[units.length - 1] = last + ch;
    } else units.push(ch);
  }
  return units;
}

export interface LineFit {
  /** Characters (em of the body size) each line would lack at its end, all lines but the last. */
  slack: number[];
}

/**
 * Lines of a paragraph `widthEm` wide (the first `indentEm` narrower); `pitch` is the width of one character in em
 * (below 1 when the body is condensed to 28 a line).
 */
export function fitLines(text: string, widthEm: number, indentEm: number, pitch: number): LineFit {
  const slack: number[] = [];
  let room = widthEm - indentEm;
  let used = 0;
  for (const unit of breakUnits(text)) {
    const w = textEm(unit) * pitch;
    const hangs = HANGING.test(unit) ? pitch : 0;
    if (used > 0 && used + w - hangs > room + 1e-6) {
      slack.push(Math.max(0, room - used));
      room = widthEm;
      used = 0;
    }
    used += w;
  }
  return { slack };
}

/** True when justification would spread some line by more than `limitEm` (one character by default). */
export function stretchesBadly(text: string, widthEm: number, indentEm: number, pitch: number, limitEm = 1): boolean {
  return fitLines(text, widthEm, indentEm, pitch).slack.some((s) => s > limitEm);
}
