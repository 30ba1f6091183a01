// Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so no time zone can shift a day.
import { InputError } from '../../errors.js';
import type { ISODate, ISOMonth } from '../model.js';
import { msg } from '../messages/index.js';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Checks a date typed by the operator; `what` names the option in the message (e.g. "--from"). */
export function parseDate(s: string, what = '日期'): ISODate {
  const t = String(s ?? '').trim();
  if (!isValidDate(t)) throw new InputError(msg('common.dateInvalid', { what, value: t }));
  return t;
}

export function parseMonth(s: string, what = '月份'): ISOMonth {
  const t = String(s ?? '').trim();
  const m = MONTH_RE.exec(t);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new InputError(msg('common.monthInvalid', { what, value: t }));
  return t;
}

export function parseYear(s: string | number, what = '年份'): number {
  const t = String(s ?? '').trim();
  if (!/^\d{4}$/.test(t) || Number(t) < 1990 || Number(t) > 2100) throw new InputError(msg('common.yearInvalid', { what, value: t }));
  return Number(t);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUTC(d: ISODate): Date {
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day));
}

function fromUTC(dt: Date): ISODate {
  return dt.toISOString().slice(0, 10);
}

export function makeDate(year: number, month: number, day: number): ISODate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(d: ISODate, n: number): ISODate {
  const dt = toUTC(d);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromUTC(dt);
}

/** Whole days from a to b (positive when b is later). */
export function diffDays(a: ISODate, b: ISODate): number {
  return Math.round((toUTC(b).getTime() - toUTC(a).getTime()) / 86_400_000);
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(d: ISODate): number {
  const w = toUTC(d).getUTCDay();
  return w === 0 ? 7 : w;
}

export const WEEKDAY_NAMES = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

export function yearOf(d: ISODate): number {
  return Number(d.slice(0, 4));
}

export function monthOf(d: ISODate): ISOMonth {
  return d.slice(0, 7);
}

/** Every date from `from` to `to` inclusive. */
export function eachDay(from: ISODate, to: ISODate): ISODate[] {
  const out: ISODate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** 2027年1月5日 — the official form, no zero padding. */
export function chineseDate(d: ISODate): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}

/** 1月5日 */
export function chineseMonthDay(d: ISODate): string {
  const [, m, day] = d.split('-').map(Number);
  return `${m}月${day}日`;
}

export function previousMonth(m: ISOMonth): ISOMonth {
  const [y, mo] = m.split('-').map(Number);
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}
