// An iCalendar (RFC 5545) file of reception days for the leaders' phones: one event per slot, in Beijing time,
// with a reminder two days ahead (docs/domain.md: the leader is told two days ahead). UIDs are stable, so a re-import updates events.
import { titledName } from '../domain/org/names.js';
import type { ISODate } from '../domain/model.js';
import type { SlotView } from '../domain/roster/view.js';

export interface IcsOptions {
  calendarName: string; // e.g. "2027年示例区教育局领导信访接待日"
  org: string;
  /** DTSTAMP of every event (the day the file was written); the clock is not read here. */
  stamp: ISODate;
  dayName: Record<SlotView['kind'], string>; // 领导接待日 / 领导下访日
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += b;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const compact = (d: ISODate) => d.replace(/-/g, '');
const hhmm = (t: string) => {
  const [h, m] = t.split(':');
  return `${h.padStart(2, '0')}${m}00`;
};

/** "8:30-12:00 14:30-17:30" → ['083000', '173000'], or null when there is no usable time. */
function span(time: string): [string, string] | null {
  const ranges = time.split(' ').map((r) => r.split('-')).filter((r) => r.length === 2);
  if (ranges.length === 0) return null;
  return [hhmm(ranges[0][0]), hhmm(ranges[ranges.length - 1][1])];
}

function event(s: SlotView, o: IcsOptions, uid: string): string[] {
  const who = s.leader ? titledName(s.leader.name, s.leader.title) : '待指定';
  const times = span(s.time);
  const when = times
    ? [`DTSTART;TZID=Asia/Shanghai:${compact(s.date)}T${times[0]}`, `DTEND;TZID=Asia/Shanghai:${compact(s.date)}T${times[1]}`]
    : [`DTSTART;VALUE=DATE:${compact(s.date)}`];
  const description = [
    `接待领导：${who}`,
    s.staff.length ? `信访干部：${s.staff.join('、')}` : '',
    s.time ? `接待时间：${s.time.split(' ').join('、')}` : '',
    s.note ? `备注：${s.note}` : '',
  ].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${compact(o.stamp)}T000000Z`,
    ...when,
    `SUMMARY:${escape(`${o.dayName[s.kind]}：${s.leader?.name ?? '待指定'}`)}`,
    `LOCATION:${escape(s.location)}`,
    `DESCRIPTION:${escape(description.join('\n'))}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(`${o.dayName[s.kind]}提醒：${s.date} ${s.location}`)}`,
    'TRIGGER:-P2D',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** Stable per slot (date, kind and its place among that day's slots of the kind), not per leader: a swap updates. */
function uidOf(s: SlotView, seen: Map<string, number>): string {
  const key = `${compact(s.date)}-${s.kind === '接访' ? 'jiefang' : 'xiafang'}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return `${key}-${n}@xinfang`;
}

export function rosterIcs(slots: SlotView[], o: IcsOptions): string {
  const seen = new Map<string, number>();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//xinfang//领导信访接待日//CN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escape(o.calendarName)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...slots.flatMap((s) => event(s, o, uidOf(s, seen))),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
