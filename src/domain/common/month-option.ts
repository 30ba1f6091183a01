// How every command takes a month: --month 2027-01, or a bare --month 3 with --year 2027 (without --year: this year).
import { InputError } from '../../errors.js';
import { parseYear } from './dates.js';
import type { ISODate, ISOMonth } from '../model.js';
import { msg } from '../messages/index.js';

export function monthOption(monthRaw: unknown, yearRaw: unknown, today: ISODate): { year: number; month: number; iso: ISOMonth } {
  const t = String(monthRaw ?? '').trim();
  const full = /^(\d{4})-(\d{1,2})$/.exec(t);
  const bare = /^\d{1,2}$/.test(t) ? Number(t) : null;
  const month = full ? Number(full[2]) : bare;
  if (month === null || month < 1 || month > 12) {
    throw new InputError(msg('common.monthOptionInvalid', { value: t.slice(0, 20) }));
  }
  const given = yearRaw === undefined ? null : parseYear(String(yearRaw), '--year');
  const year = full ? parseYear(full[1], '--month 中的年份') : (given ?? Number(today.slice(0, 4)));
  if (full && given !== null && given !== year) throw new InputError(msg('common.monthYearDisagree', { month: t, year: given }));
  return { year, month, iso: `${year}-${String(month).padStart(2, '0')}` };
}

/** The month after today's: what the month-start routine plans. */
export function nextMonthOf(today: ISODate): { year: number; month: number } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 12 ? { year: y + 1, month: 1 } : { year: y, month: m + 1 };
}
