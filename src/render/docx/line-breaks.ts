// Where a justified body paragraph would be stretched. A figure and the punctuation that must stay with it
// ("8.51%）；") cannot be broken; when it does not fit at the end of a line, justification spreads the rest of the
// line's characters apart ("临 江 县"). This predicts the line breaks as Chinese line breaking makes them (no line
// starts with a closing mark, none ends with an opening one, figures stay whole, 。， may hang into the margin),
// so that such a paragraph can be set flush left instead.
import { AUTOSPACE_EM, AUTOSPACE_UNCERTAINTY_EM, autospaces, textEm } from './text-measure.js';

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
  /**
   * For a line whose last piece fits by less than the renderers' measuring differ (the space between Chinese and
   * figures is not the same in Word, WPS and LibreOffice): the slack the line would have if that piece went down.
   */
  unsure: number[];
}

/**
 * Lines of a paragraph `widthEm` wide (the first `indentEm` narrower); `pitch` is the width of one character in em
 * (below 1 when the body is condensed to 28 a line).
 */
export function fitLines(text: string, widthEm: number, indentEm: number, pitch: number): LineFit {
  const slack: number[] = [];
  const unsure: number[] = [];
  let room = widthEm - indentEm;
  let used = 0;
  let line = '';
  for (const unit of breakUnits(text)) {
    const w = textEm(unit) * pitch;
    // the automatic space between this piece and the one before it on the line
    const space = used > 0 ? autospaces(line.slice(-1) + unit.slice(0, 1)) * AUTOSPACE_EM : 0;
    const hangs = HANGING.test(unit) ? pitch : 0;
    const over = used + space + w - hangs - room;
    if (used > 0 && over > 1e-6) {
      slack.push(Math.max(0, room - used));
      room = widthEm;
      used = w;
      line = unit;
      continue;
    }
    if (used > 0 && -over < autospaces(line + unit) * AUTOSPACE_UNCERTAINTY_EM) unsure.push(Math.max(0, room - used));
    used += space + w;
    line += unit;
  }
  return { slack, unsure };
}

/**
 * True when justification would spread some line by more than `limitEm` (one character by default), or might, where
 * the renderers measure a line differently.
 */
export function stretchesBadly(text: string, widthEm: number, indentEm: number, pitch: number, limitEm = 1): boolean {
  const fit = fitLines(text, widthEm, indentEm, pitch);
  return [...fit.slack, ...fit.unsure].some((s) => s > limitEm);
}
