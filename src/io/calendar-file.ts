// Reading the official holiday arrangement from a file for `calendar import`: a JSON list
// [{"date":"2027-01-01","off":true,"name":"元旦"}], or an .ics calendar of the arrangement (one event per
// holiday or per 调休 working day, as the published "中国节假日" calendars are). The notice itself: holiday-notice.ts.
import { InputError } from '../errors.js';
import { addDays, diffDays, isValidDate } from '../domain/common/dates.js';
import type { CalendarEntry } from '../domain/model.js';
import { holidaysNamed } from '../domain/calendar/holiday-names.js';
import { cleanText } from '../domain/common/text.js';

export function parseCalendarJson(text: string, file: string): CalendarEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${file} 不是有效的 JSON（${(e as Error).message}）；格式为 [{"date":"2027-01-01","off":true,"name":"元旦"}]`);
  }
  if (!Array.isArray(data)) throw new InputError(`${file} 应是一个列表，例如 [{"date":"2027-01-01","off":true,"name":"元旦"}]`);
  return data.map((item, i) => {
    const where = `${file} 第${i + 1}项`;
    if (typeof item !== 'object' || item === null) throw new InputError(`${where}不是 {"date","off","name"} 对象`);
    const { date, off, name } = item as Record<string, unknown>;
    if (typeof date !== 'string' || !isValidDate(date)) throw new InputError(`${where}的 date“${String(date)}”不是有效日期（YYYY-MM-DD）`);
    if (typeof off !== 'boolean') throw new InputError(`${where}的 off 应为 true（放假）或 false（上班）`);
    if (name !== undefined && typeof name !== 'string') throw new InputError(`${where}的 name 应为文字`);
    return { date, off, name: (name ?? '').trim() || (off ? '放假' : '调休上班') };
  });
}

/** Unfolds continuation lines (RFC 5545 3.1) and splits into "NAME;PARAMS" → value. */
function icsLines(text: string): { name: string; params: string; value: string }[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return unfolded
    .split(/\r?\n/)
    .filter((l) => l.includes(':'))
    .map((l) => {
      const colon = l.indexOf(':');
      const [name, ...params] = l.slice(0, colon).split(';');
      return { name: name.toUpperCase(), params: params.join(';'), value: l.slice(colon + 1).trim() };
    });
}

/**
 * The day of a DTSTART/DTEND value in Asia/Shanghai: a date as it is; a floating or TZID time on its own date; a
 * UTC time ("…Z") moved by 8 hours (China has no daylight saving). `timed` says whether it had a time of day.
 */
function icsDate(value: string): { date: string; midnight: boolean; timed: boolean } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return null;
  let date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isValidDate(date)) return null;
  if (m[4] === undefined) return { date, midnight: true, timed: false };
  let minutes = Number(m[4]) * 60 + Number(m[5]);
  if (m[7]) minutes += 8 * 60;
  if (minutes >= 24 * 60) {
    date = addDays(date, 1);
    minutes -= 24 * 60;
  }
  return { date, midnight: minutes === 0 && Number(m[6]) === 0, timed: true };
}

function unescape(v: string): string {
  return v.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1');
}

export interface IcsOptions {
  /** Take events that are not statutory holidays (妇女节, 教师节 …) too. */
  allowOther?: boolean;
}

/**
 * Whether an event is a working day: X-APPLE-SPECIAL-DAY, "班" in its summary ("春节(班)", "补班"), or a day off:
 * "休", "放假", "假期", or a plain holiday name. "调休" alone says neither (both kinds of day are called that).
 */
function eventWorks(summary: string, special: string, file: string): boolean {
  if (special === 'ALTERNATE-WORKDAY' || (special !== 'WORK-HOLIDAY' && /班/.test(summary))) return true;
  if (special === 'WORK-HOLIDAY' || /休|放假|假期/.test(summary.replace(/调休/g, ''))) return false;
  if (/调休/.test(summary)) throw new InputError(`${file} 的事件“${summary}”只写了“调休”，没有写明放假（休）还是上班（班），请在日历里改正后再导入`);
  return false;
}

/** Each VEVENT: its days, off or working, named by the holiday. An all-day event's DTEND is exclusive. */
export function parseCalendarIcs(text: string, file: string, options: IcsOptions = {}): CalendarEntry[] {
  if (!/BEGIN:VCALENDAR/i.test(text)) throw new InputError(`${file} 不是 iCalendar（.ics）文件`);
  const out: CalendarEntry[] = [];
  type Day = NonNullable<ReturnType<typeof icsDate>>;
  let ev: { start?: Day; end?: Day; summary: string; special: string } | null = null;
  let n = 0;
  for (const { name, value } of icsLines(text)) {
    if (name === 'BEGIN' && value.toUpperCase() === 'VEVENT') ev = { summary: '', special: '' };
    else if (!ev) continue;
    else if (name === 'DTSTART') ev.start = icsDate(value) ?? undefined;
    else if (name === 'DTEND') ev.end = icsDate(value) ?? undefined;
    else if (name === 'SUMMARY') ev.summary = unescape(value);
    else if (name === 'X-APPLE-SPECIAL-DAY') ev.special = value.toUpperCase();
    else if (name === 'END' && value.toUpperCase() === 'VEVENT') {
      n++;
      if (!ev.start) throw new InputError(`${file} 第${n}个事件（${ev.summary || '无标题'}）没有可识别的 DTSTART 日期`);
      const work = eventWorks(ev.summary, ev.special, file);
      const base = ev.summary.replace(/[（(]\s*[休班]\s*[)）]/g, '').replace(/补班|调休上班|调休|上班|放假|假期/g, '').trim();
      if (base && holidaysNamed(base).length === 0 && !options.allowOther) {
        throw new InputError(`${file} 的事件“${ev.summary}”不是法定节假日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）；如确需导入，加 --allow-other`);
      }
      if (!work && !base && !options.allowOther) {
        throw new InputError(`${file} 的事件“${ev.summary}”没有写是哪个节日；如确需导入，加 --allow-other`);
      }
      const name = work ? `${base}调休上班` : base || '放假';
      const start = ev.start.date;
      // an end at midnight is exclusive (all-day events, and timed ones ending at 00:00 in Shanghai)
      let last = ev.end ? (ev.end.midnight ? addDays(ev.end.date, -1) : ev.end.date) : start;
      if (last < start) last = start;
      if (diffDays(start, last) > 40) throw new InputError(`${file} 的事件“${ev.summary}”从${start}到${last}，长得不像一个假期，请检查该文件`);
      for (let d = start; d <= last; d = addDays(d, 1)) out.push({ date: d, off: !work, name });
      ev = null;
    }
  }
  if (out.length === 0) throw new InputError(`${file} 里没有节假日事件（VEVENT）`);
  return out;
}

export function parseCalendarFile(text: string, file: string, options: IcsOptions = {}): CalendarEntry[] {
  const entries = /\.json$/i.test(file) ? parseCalendarJson(text, file) : /\.ics$/i.test(file) ? parseCalendarIcs(text, file, options) : null;
  if (!entries) throw new InputError(`不认识的文件类型：${file}；请用 .json 列表或 .ics 日历`);
  // names from a file: no control characters (they reach the terminal and the documents); published calendars may
  // name a day more fully than an operator types it, hence 40 characters rather than the 20 of calendar set --name
  return entries.map((e) => ({ ...e, name: cleanText(e.name, `${file} 中 ${e.date} 的名称`, 40) }));
}
