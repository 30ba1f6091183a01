// The written notice to a petitioner (接访通知书) and its one-line SMS, as plain data from templates/visit-notice.json.
import { chineseDate, chineseMonthDay, WEEKDAY_NAMES, weekday } from '../common/dates.js';
import type { Config, ISODate } from '../model.js';
import type { Visit } from './visit-model.js';
import { type Values, Wording } from '../common/wording.js';

export interface VisitNoticeModel {
  id: string;
  title: string;
  salutation: string;
  paragraphs: string[];
  issuer: string;
  date: ISODate; // 成文日期
  fileName: string;
  name: string;
  phone: string;
  sms: string;
}

/**
 * "8:30-12:00 14:30-17:30" → "8:30至12:00、14:30至17:30" (the notice: 至 as official text writes it, and a line then never
 * breaks a range at its hyphen) and "8:30" (the SMS: when to come).
 */
const timeWords = (t: string) => t.split(/\s+/).filter(Boolean).map((r) => r.replace('-', '至')).join('、');
const timeStart = (t: string) => (/^\d{1,2}:\d{2}/.exec(t.trim())?.[0] ?? '');

export function visitNotice(v: Visit, config: Config, today: ISODate, w: Wording): VisitNoticeModel {
  const leader = config.leaders.find((l) => l.name === v.leader);
  const values: Values = {
    id: v.id,
    name: v.name,
    org: config.org.name,
    bookedOn: chineseDate(v.bookedOn),
    summary: v.summary.replace(/\s+/g, ' '),
    date: chineseDate(v.date),
    monthDay: chineseMonthDay(v.date),
    weekday: WEEKDAY_NAMES[weekday(v.date)],
    time: timeWords(v.time),
    timeStart: timeStart(v.time),
    location: v.location,
    leader: v.leader,
    leaderTitle: leader?.title ?? '',
    persons: v.persons,
    staff: v.staff,
    staffPhone: config.staff.find((x) => x.name === v.staff)?.phone ?? '',
  };
  values.bring = w.text('bring', values);
  values.contact = w.text(!v.staff ? 'contactNoStaff' : values.staffPhone ? 'contactWithPhone' : 'contact', values);
  const paragraphs = (w.template as { paragraphs?: unknown }).paragraphs;
  const list = Array.isArray(paragraphs) ? paragraphs.map((_, i) => w.text(`paragraphs.${i}`, values)) : [w.text('paragraphs', values)];
  return {
    id: v.id,
    title: w.text('title', values),
    salutation: w.text('salutation', values),
    paragraphs: list,
    issuer: config.org.issuer || config.org.name,
    date: today,
    fileName: w.text('fileName', { ...values, date: v.date }).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_'),
    name: v.name,
    phone: v.phone,
    sms: w.text('sms', { ...values, date: chineseMonthDay(v.date) }),
  };
}
