// What a read notice enters in the calendar: its days off and working days, and an amendment (延长…假期) applied
// on top of what is already entered.
import { InputError } from '../../errors.js';
import { addDays, chineseDate, eachDay, weekday } from '../common/dates.js';
import type { DaySource } from './holiday-calendar.js';
import { canonicalName, holidaysNamed, type HolidayName } from './holiday-names.js';
import { extensionStart, type Notice } from './holiday-notice.js';
import type { ISODate } from '../model.js';
import { msg } from '../messages/index.js';

export interface NoticeEntry {
  date: ISODate;
  work: boolean;
  name: string;
}

/** What the calendar already says about a day (operator entries over the package), and where that comes from. */
export type DayLookup = (date: ISODate) => { work: boolean; name: string; source?: DaySource };

/**
 * The calendar an extension amends. When the operator entered the holiday (an imported notice), the package's days
 * are left out around it: the package may already hold the extended holiday (2020: 1-31 and 2-2 off) while the
 * operator's entries still say the original (2-1 a make-up working day), and mixing both cuts the extension short.
 */
function amended(existing: DayLookup, until: ISODate, holiday: HolidayName): DayLookup {
  const offFor = (day: ReturnType<DayLookup>) => !day.work && holidaysNamed(day.name).includes(holiday);
  const entered = eachDay(addDays(until, -59), until).some((d) => {
    const day = existing(d);
    return day.source === 'operator' && offFor(day);
  });
  if (!entered) return existing;
  return (d) => {
    const day = existing(d);
    if (day.source !== 'package') return day;
    const work = weekday(d) <= 5;
    return { work, name: '', source: work ? 'weekday' : 'weekend' };
  };
}

/**
 * The entries of a notice, sorted by date. An extension turns every day after the holiday's last day off up to
 * its new end into a day off of that holiday — a make-up working day inside included (2020: 2-1).
 */
export function noticeEntries(notice: Notice, existing: DayLookup): NoticeEntry[] {
  const map = new Map<ISODate, NoticeEntry>();
  for (const it of notice.items) {
    const name = canonicalName(it.names);
    for (const date of it.off) map.set(date, { date, work: false, name });
    for (const date of it.work) map.set(date, { date, work: true, name: `${name}调休上班` });
  }
  for (const ext of notice.extensions) {
    const before = amended(existing, ext.until, ext.holiday);
    const isOffFor = (d: ISODate): boolean => {
      const day = map.get(d) ?? before(d);
      return !day.work && holidaysNamed(day.name).includes(ext.holiday);
    };
    const start = extensionStart(ext.until, isOffFor);
    if (!start) {
      throw new InputError(
        msg('calendar.extensionWithoutHoliday', { line: ext.line, holiday: ext.holiday, until: chineseDate(ext.until) }),
      );
    }
    for (let d = start; d <= ext.until; d = addDays(d, 1)) map.set(d, { date: d, work: false, name: ext.holiday });
  }
  return [...map.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
