// The record of one reception day: who received, the bookings, the visits registered that day (批次 and 人次), and
// closing it as held or not held. The monthly and annual reception figures are counted from these records.
import { InputError } from '../../errors.js';
import { parseDate, weekday } from '../common/dates.js';
import type { Case, Config, ISODate, RuleKind } from '../model.js';
import { cleanParagraph, cleanText } from '../common/text.js';
import type { ReceptionRecord, Visit, VisitYear } from './visit-model.js';
import { msg } from '../messages/index.js';

export interface DayLog {
  date: ISODate;
  weekday: number;
  slots: { kind: RuleKind; leader: string; title: string; staff: string[]; location: string; time: string }[];
  bookings: Pick<Visit, 'id' | 'kind' | 'leader' | 'name' | 'phone' | 'persons' | 'summary' | 'status' | 'noticeGiven' | 'caseNo'>[];
  cases: { no: string; name: string; persons: number; leader: string; summary: string }[];
  batches: number;
  persons: number;
  /** 已举行 / 未举行 (closed), 未记录 (not closed yet). */
  status: '已举行' | '未举行' | '未记录';
  record: ReceptionRecord | null;
}

/** The visits received on a day: 来访 cases linked to that day's reception. */
export function casesOfDay(cases: readonly Case[], date: ISODate): Case[] {
  return cases.filter((c) => c.reception?.date === date);
}

export function dayLog(config: Config, date: ISODate, doc: VisitYear, cases: readonly Case[]): DayLog {
  const received = casesOfDay(cases, date);
  const record = doc.days.find((d) => d.date === date) ?? null;
  return {
    date,
    weekday: weekday(date),
    slots: config.roster.slots
      .filter((s) => s.date === date)
      .map((s) => ({ kind: s.kind, leader: s.leader, title: config.leaders.find((l) => l.name === s.leader)?.title ?? '', staff: [...s.staff], location: s.location, time: s.time })),
    bookings: doc.visits
      .filter((v) => v.date === date)
      .map(({ id, kind, leader, name, phone, persons, summary, status, noticeGiven, caseNo }) => ({ id, kind, leader, name, phone, persons, summary, status, noticeGiven, caseNo })),
    cases: received.map((c) => ({ no: c.no, name: c.petitioner.name, persons: Math.max(1, c.persons), leader: c.reception!.leader, summary: c.summary })),
    batches: received.length,
    persons: received.reduce((n, c) => n + Math.max(1, c.persons), 0),
    status: record ? (record.held ? '已举行' : '未举行') : '未记录',
    record,
  };
}

export interface CloseInput {
  date?: string;
  note?: string;
  cancelled?: boolean;
  reason?: string;
}

/**
 * Closes a past (or today's) 接访 day on `doc`. Held: bookings still open become 未到. Not held (--cancelled): refused
 * while bookings are open or visits were registered on it — they must be moved or the day was held after all.
 */
export function closeDay(config: Config, doc: VisitYear, o: CloseInput, cases: readonly Case[], today: ISODate): { record: ReceptionRecord; noShows: Visit[] } {
  const date = parseDate(o.date ?? '', '--date');
  if (date > today) throw new InputError(msg('reception.dayNotYet', { date, today }));
  const leaders = [...new Set(config.roster.slots.filter((s) => s.date === date && s.kind === '接访' && s.leader).map((s) => s.leader))];
  if (leaders.length === 0) throw new InputError(msg('reception.notReceptionDay', { date }));
  const old = doc.days.find((d) => d.date === date);
  if (old) throw new InputError(msg('reception.dayAlreadyClosed', { date, closedOn: old.closedOn, held: old.held ? msg('reception.dayHeld') : msg('reception.dayNotHeld') }));
  const open = doc.visits.filter((v) => v.date === date && v.status === '已预约');
  let record: ReceptionRecord;
  if (o.cancelled) {
    if (o.note !== undefined) throw new InputError(msg('reception.noteOnlyWhenHeld'));
    const reason = cleanText(o.reason, '--reason', 100);
    const received = casesOfDay(cases, date);
    if (received.length) throw new InputError(msg('reception.cancelHasVisits', { date, count: received.length, cases: received.map((c) => c.no).join('、') }));
    if (open.length) throw new InputError(msg('reception.cancelHasBookings', { date, count: open.length, visits: open.map((v) => v.id).join('、') }));
    record = { date, held: false, leaders, note: '', reason, closedOn: today };
  } else {
    if (o.reason !== undefined) throw new InputError(msg('reception.reasonOnlyWhenCancelled'));
    record = { date, held: true, leaders, note: cleanParagraph(o.note, '--note', 500), reason: '', closedOn: today };
    for (const v of open) {
      v.status = '未到';
      v.history.push({ date: today, action: '未到', note: `${date}接待日已结束` });
    }
  }
  doc.days.push(record);
  doc.days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { record, noShows: o.cancelled ? [] : open };
}
