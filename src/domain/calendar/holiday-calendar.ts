// The working-day calendar: the State Council's arrangement from the chinese-days package, overridden by the
// operator's own entries. chinese-days answers Monday–Friday for years it has no data for, so a year counts only
// when every statutory holiday of it has a day off (or the operator confirmed the year); anything that counts
// working days in another year is refused, or, for deadlines, counted Monday–Friday and marked provisional.
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { InputError } from '../../errors.js';
import { addDays, eachDay, makeDate, weekday, yearOf } from '../common/dates.js';
import { missingHolidays, type HolidayName } from './holiday-names.js';
import type { CalendarEntry, Config, ISODate } from '../model.js';
import { msg } from '../messages/index.js';

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
  /** The operator said the year is complete (calendar confirm), whatever is missing. */
  confirmed: boolean;
  source: CoverageSource | null;
  /** Every day off that is not a plain weekend and every weekend working day, by date. */
  days: DayInfo[];
  /** The operator's entries in this year (also in `days` unless they only restate a plain day). */
  operatorEntries: CalendarEntry[];
  /** Statutory holidays of the year (元旦, 春节 …) without a day off. */
  missing: HolidayName[];
  workdayCount: number | null; // null when the year is not covered
}

export interface CalendarOptions {
  /** Years the operator confirmed as complete. */
  confirmed?: readonly number[];
  /** Count Monday–Friday in a year not covered instead of refusing (deadlines; the result is provisional). */
  provisional?: boolean;
}

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
    msg('calendar.yearNotCovered', { year })
  );
}

/** The calendar of a configuration: its entries and the years it confirmed. */
export function calendarOfConfig(config: Pick<Config, 'calendar' | 'calendarConfirmed'>, options: Omit<CalendarOptions, 'confirmed'> = {}): HolidayCalendar {
  return new HolidayCalendar(config.calendar, packageData, { ...options, confirmed: config.calendarConfirmed ?? [] });
}

export class HolidayCalendar {
  private readonly entries: Map<ISODate, CalendarEntry>;
  private readonly pkgYears: Set<number>;
  private readonly entryYears: Set<number>;
  private readonly confirmed: Set<number>;
  private readonly missingCache = new Map<number, HolidayName[]>();

  constructor(
    entries: readonly CalendarEntry[],
    private readonly data: HolidayData = packageData,
    private readonly options: CalendarOptions = {},
  ) {
    this.entries = new Map(entries.map((e) => [e.date, e]));
    this.pkgYears = new Set(packageYears(data));
    this.entryYears = new Set(entries.map((e) => yearOf(e.date)));
    this.confirmed = new Set(options.confirmed ?? []);
  }

  /** Where the year's arrangement comes from, or null when it is not covered. */
  coverage(year: number): CoverageSource | null {
    if (!this.isCovered(year)) return null;
    const pkg = this.pkgYears.has(year);
    if (pkg && this.entryYears.has(year)) return 'package+operator';
    return pkg ? 'package' : 'operator';
  }

  /** The statutory holidays of the year with no day off in the calendar. */
  missing(year: number): HolidayName[] {
    let m = this.missingCache.get(year);
    if (!m) {
      const off = eachDay(makeDate(year, 1, 1), makeDate(year, 12, 31))
        .map((d) => this.dayInfo(d))
        .filter((i) => !i.work && i.name !== '');
      m = missingHolidays(year, off);
      this.missingCache.set(year, m);
    }
    return m;
  }

  isConfirmed(year: number): boolean {
    return this.confirmed.has(year);
  }

  isCovered(year: number): boolean {
    return this.confirmed.has(year) || this.missing(year).length === 0;
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
    if (this.options.provisional && !this.isCovered(yearOf(date))) return weekday(date) <= 5;
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
    if (!Number.isInteger(n)) throw new InputError(msg('calendar.workdayCountNotInteger', { days: n }));
    let d = date;
    for (let i = 0; i < Math.abs(n); i++) d = this.step(d, n > 0 ? 1 : -1);
    return d;
  }

  yearStatus(year: number): YearStatus {
    const covered = this.isCovered(year);
    const days = eachDay(makeDate(year, 1, 1), makeDate(year, 12, 31))
      .map((d) => this.dayInfo(d))
      .filter((i) => i.source === 'operator' || i.source === 'package');
    return {
      year,
      covered,
      confirmed: this.confirmed.has(year),
      source: this.coverage(year),
      days,
      operatorEntries: [...this.entries.values()].filter((e) => yearOf(e.date) === year).sort(byDate),
      missing: this.missing(year),
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

function byDate(a: { date: ISODate }, b: { date: ISODate }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
