// The five-year trend of the annual summary: received, 办结 and 办结率 per year, from counts the store keeps per
// year (no old case is read for it).
import type { ISODate } from '../model.js';
import { rateNumber } from '../common/percent.js';

export const TREND_YEARS = 5;

export interface YearTotals {
  year: number;
  received: number;
  /** 办结 now. */
  closed: number;
}

export interface TrendYear extends YearTotals {
  /** closed ÷ received × 100; null for a year without cases. */
  closureRate: number | null;
  /** The report year while it is not over: its figures run from 1 January to this day only. */
  through?: ISODate;
}

/**
 * The report year and up to four before it, from the first of them with cases (a store started two years ago has a
 * three-year trend); a year in between without cases is listed with 0. A report year not over is marked `through`
 * its cut-off: the earlier years are whole (only their indexes are read), so it is not compared with them as a year.
 */
export function trendOf(year: number, current: Omit<YearTotals, 'year'>, earlier: readonly YearTotals[], through?: ISODate): TrendYear[] {
  const byYear = new Map(earlier.map((t) => [t.year, t]));
  const years = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i);
  const first = years.find((y) => y === year || (byYear.get(y)?.received ?? 0) > 0)!;
  return years
    .filter((y) => y >= first)
    .map((y) => (y === year ? { year, ...current } : (byYear.get(y) ?? { year: y, received: 0, closed: 0 })))
    .map((t) => ({ year: t.year, received: t.received, closed: t.closed, closureRate: rateNumber(t.closed, t.received) }))
    .map((t) => (through !== undefined && t.year === year ? { ...t, through } : t));
}
