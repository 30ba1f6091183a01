// Comparison with an earlier period (同比/环比): "增加N件（增长x%）", "减少N件（下降x%）", "持平".
import { percentLabel, shareNumber } from '../common/percent.js';
import type { Values, Wording } from '../common/wording.js';

export interface Change {
  previous: number;
  current: number;
  direction: 'up' | 'down' | 'flat';
  /** |current − previous| */
  diff: number;
  /** diff ÷ previous × 100, half-up to two decimals; null when the earlier period had none. */
  percent: number | null;
}

export function change(current: number, previous: number): Change {
  const diff = Math.abs(current - previous);
  return {
    previous,
    current,
    direction: current > previous ? 'up' : current < previous ? 'down' : 'flat',
    diff,
    percent: previous > 0 ? shareNumber(diff, previous) : null,
  };
}

/** The template sentence for a change: PREFIX.up / upFromNone (no base to grow from) / down / flat; `extra` fills more placeholders. */
export function describeChange(w: Wording, c: Change, prefix: string, extra: Values = {}): string {
  const values = { ...extra, diff: c.diff, previous: c.previous, current: c.current, percent: c.percent === null ? '' : percentLabel(c.percent) };
  const key = c.direction === 'up' ? (c.percent === null ? 'upFromNone' : 'up') : c.direction;
  return w.text(`${prefix}.${key}`, values);
}
