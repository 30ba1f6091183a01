// 每周二: one weekday every week (`--weekly 2`, `--weekly 星期二`).
import { daysInMonth, makeDate, weekday } from '../../common/dates.js';
import { WEEKDAY, weekdayIn, type DateKind } from './pattern-kind.js';

export interface WeeklyPattern {
  type: 'weekly';
  weekday: number; // 1 = Monday … 7 = Sunday
}

/** The dates of one weekday in a month. */
export function weekdaysOfMonth(day: number, year: number, month: number): string[] {
  return Array.from({ length: daysInMonth(year, month) }, (_, i) => makeDate(year, month, i + 1)).filter((d) => weekday(d) === day);
}

export const weekly: DateKind<WeeklyPattern> = {
  type: 'weekly',
  dateBased: true,
  options: [{ key: 'weekly', flags: '--weekly <星期>', help: '每周星期几：星期二、周二 或 2（1=星期一 … 7=星期日）' }],
  example: '--weekly 星期二',
  fields: { weekday: WEEKDAY },
  parse: (f) => ({ type: 'weekly', weekday: weekdayIn(String(f.weekly), '--weekly') }),
  words: (p, w) => ({ weekday: w.weekdayShort[p.weekday] }),
  rawDates: (p, year, month) => weekdaysOfMonth(p.weekday, year, month),
};
