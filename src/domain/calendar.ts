// The working-day calendar: the State Council's arrangement from the chinese-days package, overridden by the
// operator's own entries. chinese-days answers Monday–Friday for years it has no data for, so coverage is
// derived from its data and anything that counts working days in an uncovered year is refused.
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { InputError } from '../errors.js';
import { addDays, eachDay, makeDate, weekday, yearOf } from './dates.js';
import type { CalendarEntry, ISODate } from './model.js';

/** The shape of chinese-days/dist/chinese-days.json: date → "English,中文,days". */
export interface HolidayData {
  holidays: Record<string, string>; // every day off of a holiday period (weekends inside it included)
  workdays: Record<string, string>; // 调休上班: weekend days that are working days
  inLieuDays: Record<string, string>; // weekdays off in lieu (a subset of holidays)
}

export type DaySource = 'operator' | 'package' | 'weekend' | 'weekday';
export type CoverageSource = 'package' | 'operator' | 'package+operator';

export interface DayInfo {
  date: ISODate;
  work: boolean;
  name: string; // 元旦, 春节, 调休上班 …; '' for a plain weekday or weekend
  source: DaySource;
}

export interface YearStatus {
  year: number;
  covered: boolean;
  source: CoverageSource | null;
  /** Every day off that is not a plain weekend and every weekend working day, by date. */
  days: DayInfo[];
  /** The operator's entries in this year (also in `days` unless they only restate a plain day). */
  operatorEntries: CalendarEntry[];
  /** Statutory holidays (元旦, 春节 …) with no day off named after them; a hint that the arrangement is incomplete. */
  missingHolidays: string[];
  workdayCount: number | null; // null when the year is not covered
}

export const STATUTORY_HOLIDAYS = ['元旦', '春节', '清明', '劳动', '端午', '中秋', '国庆'];

/** "New Year's Day,元旦,1" → "元旦" */
function chineseName(raw: string): string {
  return raw.split(',')[1] ?? raw;
}

export function packageYears(data: HolidayData = packageData): number[] {
  return [...new Set(Object.keys(data.holidays).map(yearOf))].sort((a, b) => a - b);
}

/** The add-a-year instructions every refusal repeats. */
export function uncoveredMessage(year: number): string {
  return (
    `${year}年的节假日安排尚未录入，无法计算工作日；请按国务院办公厅${year}年放假通知录入，例如 ` +
    `xinfang calendar set ${year}-01-01 off --name 元旦，或 xinfang calendar import FILE（.json 或 .ics），` +
    `再用 xinfang calendar status --year ${year} 核对`
  );
}

export class HolidayCalendar {
  private readonly entries: Map<ISODate, CalendarEntry>;
  private readonly pkgYears: Set<number>;
  private readonly opYears: Set<number>;
  private readonly entryYears: Set<number>;

  constructor(
    entries: readonly CalendarEntry[],
    private readonly data: HolidayData = packageData,
  ) {
    this.entries = new Map(entries.map((e) => [e.date, e]));
    this.pkgYears = new Set(packageYears(data));
    this.opYears = new Set(entries.filter(coversItsYear).map((e) => yearOf(e.date)));
    this.entryYears = new Set(entries.map((e) => yearOf(e.date)));
  }

  coverage(year: number): CoverageSource | null {
    const pkg = this.pkgYears.has(year);
    const op = this.opYears.has(year);
    if (pkg && this.entryYears.has(year)) return 'package+operator';
    if (pkg) return 'package';
    return op ? 'operator' : null;
  }

  isCovered(year: number): boolean {
    return this.coverage(year) !== null;
  }

  assertCovered(year: number): void {
    if (!this.isCovered(year)) throw new InputError(uncoveredMessage(year));
  }

  /** What the calendar says about a day, whether or not its year is covered. */
  dayInfo(date: ISODate): DayInfo {
    const op = this.entries.get(date);
    if (op) return { date, work: !op.off, name: op.name, source: 'operator' };
    const holiday = this.data.holidays[date];
    if (holiday) return { date, work: false, name: chineseName(holiday), source: 'package' };
    const workday = this.data.workdays[date];
    if (workday) return { date, work: true, name: '调休上班', source: 'package' };
    const weekend = weekday(date) >= 6;
    return { date, work: !weekend, name: '', source: weekend ? 'weekend' : 'weekday' };
  }

  isWorkday(date: ISODate): boolean {
    this.assertCovered(yearOf(date));
    return this.dayInfo(date).work;
  }

  /** The first working day strictly after `date`. */
  nextWorkday(date: ISODate): ISODate {
    return this.step(date, 1);
  }

  /** The last working day strictly before `date`. */
  previousWorkday(date: ISODate): ISODate {
    return this.step(date, -1);
  }

  workdayOnOrAfter(date: ISODate): ISODate {
    return this.isWorkday(date) ? date : this.nextWorkday(date);
  }

  workdayOnOrBefore(date: ISODate): ISODate {
    return this.isWorkday(date) ? date : this.previousWorkday(date);
  }

  /** Working days from `from` to `to`, both inclusive. */
  workdaysInRange(from: ISODate, to: ISODate): ISODate[] {
    return eachDay(from, to).filter((d) => this.isWorkday(d));
  }

  /**
   * The n-th working day after `date` (n > 0), before it (n < 0), or `date` itself (n = 0). `date` need not be a
   * working day and is never counted: a deadline of 15 working days from a Friday receipt is addWorkdays(friday, 15).
   */
  addWorkdays(date: ISODate, n: number): ISODate {
    if (!Number.isInteger(n)) throw new InputError(`工作日天数“${n}”必须是整数`);
    let d = date;
    for (let i = 0; i < Math.abs(n); i++) d = this.step(d, n > 0 ? 1 : -1);
    return d;
  }

  yearStatus(year: number): YearStatus {
    const covered = this.isCovered(year);
    const days = eachDay(makeDate(year, 1, 1), makeDate(year, 12, 31))
      .map((d) => this.dayInfo(d))
      .filter((i) => i.source === 'operator' || i.source === 'package');
    const named = days.filter((d) => !d.work).map((d) => d.name);
    return {
      year,
      covered,
      source: this.coverage(year),
      days,
      operatorEntries: [...this.entries.values()].filter((e) => yearOf(e.date) === year).sort(byDate),
      missingHolidays: covered ? STATUTORY_HOLIDAYS.filter((h) => !named.some((n) => n.includes(h))) : [],
      workdayCount: covered ? this.workdaysInRange(makeDate(year, 1, 1), makeDate(year, 12, 31)).length : null,
    };
  }

  private step(date: ISODate, dir: 1 | -1): ISODate {
    let d = addDays(date, dir);
    // A year always has working days, so this ends within the year or at an uncovered year's refusal.
    while (!this.isWorkday(d)) d = addDays(d, dir);
    return d;
  }
}

/**
 * The strict rule for a year the package does not know: the operator has entered at least one day off dated
 * January–November of that year. December days off belong to the next year's 元旦 notice, so they alone do not
 * cover a year.
 */
function coversItsYear(e: CalendarEntry): boolean {
  return e.off && Number(e.date.slice(5, 7)) <= 11;
}

function byDate(a: { date: ISODate }, b: { date: ISODate }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
