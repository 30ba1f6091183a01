// The period an annual report covers: the whole year once it is over, else 1 January to today (a partial year),
// compared with the same period of the previous year (同期). Its wording: "2026年" or "2026年1—11月", and the
// template's partialYear entries replacing the whole-year sentences.
import { InputError } from '../../errors.js';
import { chineseDate, chineseMonthDay, daysInMonth, makeDate } from '../common/dates.js';
import type { ISODate } from '../model.js';
import { Wording, type Values } from '../common/wording.js';
import { msg } from '../messages/index.js';

export interface ReportPeriod {
  from: ISODate;
  to: ISODate;
  /** false: the year is not over; the report covers it up to `to`. */
  complete: boolean;
}

export interface AnnualPeriods {
  period: ReportPeriod;
  /** The same stretch of the previous year (the whole previous year for a complete one). */
  previous: ReportPeriod;
}

/** The year's period as of `today` (omitted: the whole year). A year that has not begun cannot be reported. */
export function annualPeriods(year: number, today?: ISODate): AnnualPeriods {
  const from = makeDate(year, 1, 1);
  const end = makeDate(year, 12, 31);
  if (today !== undefined && today < from) throw new InputError(msg('reports.yearNotStarted', { year, today: chineseDate(today) }));
  if (today === undefined || today >= end) {
    return { period: { from, to: end, complete: true }, previous: { from: makeDate(year - 1, 1, 1), to: makeDate(year - 1, 12, 31), complete: true } };
  }
  const [m, d] = today.slice(5).split('-').map(Number);
  // 2月29日 of a leap year compares with 2月28日
  const previousTo = makeDate(year - 1, m, Math.min(d, daysInMonth(year - 1, m)));
  return { period: { from, to: today, complete: false }, previous: { from: makeDate(year - 1, 1, 1), to: previousTo, complete: false } };
}

/** "2026年", "2026年1—11月" (ending on a month's last day), "2026年1月", "2026年1月1日至11月15日" or "2026年1月1日". */
export function periodLabel(p: ReportPeriod): string {
  const [y, m, d] = p.to.split('-').map(Number);
  if (p.complete) return `${y}年`;
  if (d === daysInMonth(y, m)) return m === 1 ? `${y}年1月` : `${y}年1—${m}月`;
  return m === 1 && d === 1 ? `${y}年1月1日` : `${y}年1月1日至${chineseMonthDay(p.to)}`;
}

/** Values every annual sentence may use besides its own: {period}, {previousPeriod}, {cutoff}, {cutoffDate}. */
export function periodValues(p: AnnualPeriods): Values {
  return { period: periodLabel(p.period), previousPeriod: periodLabel(p.previous), cutoff: chineseMonthDay(p.period.to), cutoffDate: chineseDate(p.period.to) };
}

function merge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== 'object' || Array.isArray(over) || !base || typeof base !== 'object' || Array.isArray(base)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? merge(out[k], v) : v;
  return out;
}

/**
 * The annual template's wording for this period: for a partial year its "partialYear" entries take the place of the
 * same entries outside it; every sentence can use the period values.
 */
export class PeriodWording extends Wording {
  constructor(template: unknown, file: string, readonly periods: AnnualPeriods) {
    const partial = (template as Record<string, unknown> | null)?.partialYear;
    super(periods.period.complete || partial === undefined ? template : merge(template, partial), file);
  }

  override text(path: string, values: Values = {}): string {
    return super.text(path, { ...periodValues(this.periods), ...values });
  }

  override sections(values: Values): { heading: string; placeholder: string }[] {
    return super.sections({ ...periodValues(this.periods), ...values });
  }
}

/** The wording of an annual report (templates/report-annual.json) for the report's period. */
export function annualWording(template: unknown, r: { period: ReportPeriod; previousPeriod: ReportPeriod }): PeriodWording {
  return new PeriodWording(template, 'report-annual.json', { period: r.period, previous: r.previousPeriod });
}
