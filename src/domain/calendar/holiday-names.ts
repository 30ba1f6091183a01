// The statutory holidays (全国年节及纪念日放假办法) by year, and the names the State Council's notices give them.
import chineseDays from 'chinese-days';
import type { ISODate } from '../model.js';

export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type HolidayName = (typeof HOLIDAY_NAMES)[number];

/**
 * Which holidays a year has: until 2007 only 元旦、春节、劳动节、国庆节; the 2007 revision of the regulation (in
 * force from 2008) added 清明节、端午节、中秋节.
 */
const STATUTORY_BY_YEAR: { from: number; holidays: readonly HolidayName[] }[] = [
  { from: 2008, holidays: HOLIDAY_NAMES },
  { from: 0, holidays: ['元旦', '春节', '劳动节', '国庆节'] },
];

export function statutoryHolidays(year: number): readonly HolidayName[] {
  return STATUTORY_BY_YEAR.find((r) => year >= r.from)!.holidays;
}

/** What a notice (or a published calendar, or an operator) may call a holiday → its name in the regulation. */
const ALIASES: [RegExp, HolidayName][] = [
  [/元旦|新年/, '元旦'],
  [/春节|除夕/, '春节'],
  [/清明/, '清明节'],
  [/劳动|^["“]?五一["”]?$/, '劳动节'],
  [/端午/, '端午节'],
  [/中秋/, '中秋节'],
  [/国庆|^["“]?十一["”]?$/, '国庆节'],
];

/** The statutory holidays a name stands for: "国庆节、中秋节" → both; "妇女节" → none. */
export function holidaysNamed(name: string): HolidayName[] {
  return ALIASES.filter(([re]) => re.test(name)).map(([, h]) => h);
}

/** One name for a notice item's heading: "“五一”国际劳动节" → 劳动节; "中秋节、国庆节" → "中秋节、国庆节". */
export function canonicalName(names: readonly HolidayName[]): string {
  return names.join('、');
}

/** 中秋 (lunar 8/15) of a year as a solar date: a day off on it covers 中秋 even when the notice merges it into 国庆. */
export function midAutumnDate(year: number): ISODate | null {
  try {
    return chineseDays.getSolarDateFromLunar(`${year}-08-15`).date;
  } catch {
    return null;
  }
}

export interface OffDay {
  date: ISODate;
  name: string;
}

/**
 * The statutory holidays of `year` with no day off: each needs a day off named after it in that year (元旦 in
 * January, so the 12-30/12-31 of the next year's 元旦 do not count), and 中秋 is also kept by a day off on its
 * lunar date whatever that day is called (2020: 10-01, inside 国庆).
 */
export function missingHolidays(year: number, offDays: readonly OffDay[]): HolidayName[] {
  const prefix = `${year}-`;
  const inYear = offDays.filter((d) => d.date.startsWith(prefix));
  const kept = new Set<HolidayName>();
  for (const d of inYear) {
    for (const h of holidaysNamed(d.name)) if (h !== '元旦' || d.date.startsWith(`${prefix}01-`)) kept.add(h);
  }
  if (!kept.has('中秋节')) {
    // the lunar date is worked out only when no day off is named after 中秋
    const moon = midAutumnDate(year);
    if (moon && inYear.some((d) => d.date === moon)) kept.add('中秋节');
  }
  return statutoryHolidays(year).filter((h) => !kept.has(h));
}
