// Reading the official holiday arrangement from a file for `calendar import`: a JSON list
// [{"date":"2027-01-01","off":true,"name":"元旦"}], or an .ics calendar of the arrangement (one event per
// holiday or per 调休 working day, as the published "中国节假日" calendars are).
import { InputError } from '../errors.js';
import { addDays, diffDays, isValidDate } from '../domain/dates.js';
import type { CalendarEntry } from '../domain/model.js';
import { cleanText } from '../domain/text.js';

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

function icsDate(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  if (!m) return null;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidDate(d) ? d : null;
}

function unescape(v: string): string {
  return v.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1');
}

/**
 * Each VEVENT is a day off unless it says it is a working day: X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY, or "班"
 * in its summary ("春节(班)", "补班", "调休上班"). An all-day event's DTEND is exclusive.
 */
export function parseCalendarIcs(text: string, file: string): CalendarEntry[] {
  if (!/BEGIN:VCALENDAR/i.test(text)) throw new InputError(`${file} 不是 iCalendar（.ics）文件`);
  const out: CalendarEntry[] = [];
  let ev: { start?: string; end?: string; endExclusive: boolean; summary: string; special: string } | null = null;
  let n = 0;
  for (const { name, params, value } of icsLines(text)) {
    if (name === 'BEGIN' && value.toUpperCase() === 'VEVENT') ev = { endExclusive: true, summary: '', special: '' };
    else if (!ev) continue;
    else if (name === 'DTSTART') ev.start = icsDate(value) ?? undefined;
    else if (name === 'DTEND') {
      ev.end = icsDate(value) ?? undefined;
      ev.endExclusive = /VALUE=DATE(?!-)/i.test(params) || /^\d{8}$/.test(value);
    } else if (name === 'SUMMARY') ev.summary = unescape(value);
    else if (name === 'X-APPLE-SPECIAL-DAY') ev.special = value.toUpperCase();
    else if (name === 'END' && value.toUpperCase() === 'VEVENT') {
      n++;
      if (!ev.start) throw new InputError(`${file} 第${n}个事件（${ev.summary || '无标题'}）没有可识别的 DTSTART 日期`);
      const work = ev.special === 'ALTERNATE-WORKDAY' || (ev.special !== 'WORK-HOLIDAY' && /班/.test(ev.summary));
      const base = ev.summary.replace(/[（(]\s*[休班]\s*[)）]/g, '').replace(/补班|调休上班|上班|放假|假期/g, '').trim();
      const name = work ? `${base}调休上班` : base || '放假';
      let last = ev.end ? (ev.endExclusive ? addDays(ev.end, -1) : ev.end) : ev.start;
      if (last < ev.start) last = ev.start;
      if (diffDays(ev.start, last) > 40) throw new InputError(`${file} 的事件“${ev.summary}”从${ev.start}到${last}，长得不像一个假期，请检查该文件`);
      for (let d = ev.start; d <= last; d = addDays(d, 1)) out.push({ date: d, off: !work, name });
      ev = null;
    }
  }
  if (out.length === 0) throw new InputError(`${file} 里没有节假日事件（VEVENT）`);
  return out;
}

export function parseCalendarFile(text: string, file: string): CalendarEntry[] {
  const entries = /\.json$/i.test(file) ? parseCalendarJson(text, file) : /\.ics$/i.test(file) ? parseCalendarIcs(text, file) : null;
  if (!entries) throw new InputError(`不认识的文件类型：${file}；请用 .json 列表或 .ics 日历`);
  // names from a file: no control characters (they reach the terminal and the documents); published calendars may
  // name a day more fully than an operator types it, hence 40 characters rather than the 20 of calendar set --name
  return entries.map((e) => ({ ...e, name: cleanText(e.name, `${file} 中 ${e.date} 的名称`, 40) }));
}
