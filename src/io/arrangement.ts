// What `calendar import FILE` reads: the State Council's notice as text (UTF-8 or GB18030), a JSON list, or an
// .ics calendar — each turned into the same list of days (date, work, name) to show, confirm and enter.
import { calendarOfConfig } from '../domain/calendar/holiday-calendar.js';
import { yearOf } from '../domain/common/dates.js';
import { noticeEntries, type NoticeEntry } from '../domain/calendar/holiday-notice-apply.js';
import { parseNotice } from '../domain/calendar/holiday-notice.js';
import type { Config } from '../domain/model.js';
import { parseCalendarFile, type IcsOptions } from './calendar-file.js';
import { readTextFile } from './text-file.js';

export interface Arrangement {
  /** What the file was read as, for the heading of the table. */
  what: string;
  year: number;
  entries: NoticeEntry[];
}

function mostCommonYear(entries: readonly NoticeEntry[]): number {
  const counts = new Map<number, number>();
  for (const e of entries) counts.set(yearOf(e.date), (counts.get(yearOf(e.date)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/** The days a file gives, sorted by date; an amendment notice is applied on top of `config`'s calendar. */
export function readArrangement(file: string, config: Pick<Config, 'calendar' | 'calendarConfirmed'>, options: IcsOptions = {}): Arrangement {
  const text = readTextFile(file);
  if (/\.(json|ics)$/i.test(file)) {
    const entries = parseCalendarFile(text, file, options)
      .map((e) => ({ date: e.date, work: !e.off, name: e.name }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { what: /\.ics$/i.test(file) ? '.ics 日历' : '.json 列表', year: mostCommonYear(entries), entries };
  }
  const notice = parseNotice(text);
  const cal = calendarOfConfig(config);
  return { what: '国务院办公厅放假通知', year: notice.year, entries: noticeEntries(notice, (d) => cal.dayInfo(d)) };
}
