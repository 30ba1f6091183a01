// Booking a petitioner onto a reception day (预约接访) or a leader's appointment (约访), moving and cancelling it.
// Pure: the caller hands over the configuration, the year's visits file, today and the holiday calendar.
import { InputError } from '../../errors.js';
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { checkPersons, checkPhone, personsWarning } from '../cases/validate.js';
import { checkRepresentatives, needsRepresentatives } from '../cases/representatives.js';
import { parseDate, yearOf } from '../common/dates.js';
import { parseTime } from '../roster/rule-parse.js';
import type { Config, ISODate, RosterSlot } from '../model.js';
import { cleanParagraph, cleanText } from '../common/text.js';
import { isActive, VISIT_KINDS, type Visit, type VisitKind, type VisitYear } from './visit-model.js';
import { msg } from '../messages/index.js';

/** Bookings a leader's day may hold before the clerk is warned, unless `config set visit-limit` says otherwise. */
export const DEFAULT_VISIT_LIMIT = 10;

export interface BookingInput {
  date?: string;
  leader?: string;
  name?: string;
  phone?: string;
  summary?: string;
  persons?: string;
  representatives?: string;
  kind?: string;
  location?: string;
  time?: string;
}

/** Where and with whom a booking takes place. */
interface Placement {
  leader: string;
  location: string;
  time: string;
  staff: string;
}

const KIND_NAMES: Record<string, VisitKind> = { 预约接访: '预约接访', 预约: '预约接访', 接访: '预约接访', 约访: '约访' };

export function parseVisitKind(raw: string | undefined): VisitKind {
  if (raw === undefined) return '预约接访';
  const k = KIND_NAMES[String(raw).trim()];
  if (!k) throw new InputError(msg('common.kindInvalid', { value: String(raw).trim().slice(0, 20), kinds: VISIT_KINDS.join(msg('common.orSeparator')) }));
  return k;
}

/** The 接访 slots of one day. */
export function receptionSlots(config: Config, date: ISODate): RosterSlot[] {
  return config.roster.slots.filter((s) => s.date === date && s.kind === '接访' && s.leader);
}

/** A leader's next reception days from `from` on (at most n). */
export function nextReceptionDates(config: Config, leader: string, from: ISODate, n = 3): ISODate[] {
  return [...new Set(config.roster.slots.filter((s) => s.kind === '接访' && s.leader === leader && s.date >= from).map((s) => s.date))].slice(0, n);
}

function knownLeader(config: Config, raw: string): string {
  const name = cleanText(raw, '--leader', 50);
  const l = config.leaders.find((x) => x.name === name);
  if (!l || !l.active) {
    const names = config.leaders.filter((x) => x.active).map((x) => x.name);
    throw new InputError(msg('reception.leaderUnknown', { name: name.slice(0, 40), choices: names.length ? msg('reception.leaderChoices', { names: names.join('、') }) : '' }));
  }
  return name;
}

/** A leader away on `date` does not receive: 预约接访 waits for the day's slot to be swapped, 约访 takes another day. */
function refuseAway(config: Config, kind: VisitKind, leader: string, date: ISODate): void {
  const a = config.leaders.find((l) => l.name === leader)?.away.find((p) => p.from <= date && date <= p.to);
  if (!a) return;
  const vars = { leader, date, from: a.from, to: a.to, reason: a.reason };
  throw new InputError(kind === '约访' ? msg('reception.appointmentLeaderAway', vars) : msg('reception.receptionLeaderAway', vars));
}

/** The day must be today or later (and a working day for an appointment outside the roster). */
function futureDate(raw: string | undefined, today: ISODate): ISODate {
  const d = parseDate(raw ?? '', '--date');
  if (d < today) throw new InputError(msg('reception.datePassed', { date: d, today }));
  return d;
}

/**
 * 预约接访: the day's reception slot of `leader` (or the day's only reception leader); refused, with the leader's
 * next reception days, when they do not receive that day. 约访: the named leader, any working day.
 */
function placement(config: Config, kind: VisitKind, date: ISODate, leaderRaw: string | undefined, o: BookingInput, cal: HolidayCalendar, defaults: { location: string; time: string }): Placement {
  if (kind === '约访') {
    if (leaderRaw === undefined) throw new InputError(msg('reception.appointmentNeedsLeader'));
    const leader = knownLeader(config, leaderRaw);
    if (!cal.isWorkday(date)) throw new InputError(msg('reception.appointmentNotWorkday', { date }));
    refuseAway(config, kind, leader, date);
    return {
      leader,
      location: o.location === undefined ? defaults.location : cleanText(o.location, '--location', 50),
      time: parseTime(o.time ?? defaults.time),
      staff: '',
    };
  }
  if (o.location !== undefined || o.time !== undefined) {
    throw new InputError(msg('reception.placeOnlyForAppointment'));
  }
  const slots = receptionSlots(config, date);
  if (leaderRaw !== undefined) {
    const leader = knownLeader(config, leaderRaw);
    const slot = slots.find((s) => s.leader === leader);
    if (!slot) {
      const next = nextReceptionDates(config, leader, date);
      throw new InputError(
        msg('reception.leaderNotOnDay', { leader, date, next: next.length ? msg('reception.leaderNextDays', { leader, days: next.join('、') }) : msg('reception.leaderNoNextDays', { leader }) }),
      );
    }
    refuseAway(config, kind, leader, date);
    return { leader, location: slot.location, time: slot.time, staff: slot.staff[0] ?? '' };
  }
  const leaders = [...new Set(slots.map((s) => s.leader))];
  if (leaders.length === 0) {
    const next = [...new Set(config.roster.slots.filter((s) => s.kind === '接访' && s.leader && s.date > date).map((s) => s.date))].slice(0, 3);
    throw new InputError(msg('reception.notReceptionDayNext', { date, next: next.length ? msg('reception.nextDays', { days: next.join('、') }) : msg('reception.noRosterYet') }));
  }
  if (leaders.length > 1) throw new InputError(msg('reception.severalLeaders', { date, leaders: leaders.join('、') }));
  const slot = slots[0];
  refuseAway(config, kind, slot.leader, date);
  return { leader: slot.leader, location: slot.location, time: slot.time, staff: slot.staff[0] ?? '' };
}

/** The visit of `id`, read from the year its number names. */
export function visitYearOf(id: string): number {
  const m = /^Y(\d{4})-\d{3,}$/.exec(String(id ?? '').trim());
  if (!m) throw new InputError(msg('reception.visitIdInvalid', { value: String(id ?? '').trim().slice(0, 30) }));
  return Number(m[1]);
}

export function findVisit(doc: VisitYear, id: string): Visit {
  const v = doc.visits.find((x) => x.id === String(id).trim());
  if (!v) throw new InputError(msg('reception.visitNotFound', { id: String(id).trim() }));
  return v;
}

function limitWarning(doc: VisitYear, v: Visit, limit: number): string | null {
  const n = doc.visits.filter((x) => x.date === v.date && x.leader === v.leader && isActive(x)).length;
  return n > limit ? `${v.date} ${v.leader} 已有 ${n} 个预约，超过每天 ${limit} 个的上限（xinfang config set visit-limit 可调整）` : null;
}

export interface Booked {
  visit: Visit;
  warnings: string[];
}

/** Books onto `doc` (the visits file of the date's year) and returns the new visit. */
export function bookVisit(config: Config, doc: VisitYear, o: BookingInput, today: ISODate, cal: HolidayCalendar, defaults: { location: string; time: string }): Booked {
  const kind = parseVisitKind(o.kind);
  const date = futureDate(o.date, today);
  if (yearOf(date) !== doc.year) throw new Error('visits file of another year');
  const name = cleanText(o.name, '--name', 50);
  const phone = checkPhone(o.phone ?? '');
  if (!phone) throw new InputError(msg('reception.phoneEmpty'));
  const summary = cleanParagraph(o.summary, '--summary', 500, false);
  const persons = checkPersons(o.persons);
  const representatives = checkRepresentatives(o.representatives, persons);
  const place = placement(config, kind, date, o.leader, o, cal, defaults);
  const visit: Visit = {
    id: `Y${doc.year}-${String(doc.nextSeq).padStart(3, '0')}`,
    kind,
    date,
    ...place,
    name,
    phone,
    summary,
    persons,
    ...(representatives.length ? { representatives } : {}),
    bookedOn: today,
    status: '已预约',
    noticeGiven: null,
    caseNo: null,
    history: [{ date: today, action: kind, note: `${date} ${place.leader}` }],
  };
  doc.nextSeq += 1;
  doc.visits.push(visit);
  const limit = config.settings.visitLimit ?? DEFAULT_VISIT_LIMIT;
  const warnings = [limitWarning(doc, visit, limit), needsRepresentatives(persons, representatives) ? personsWarning(persons) : null].filter((w): w is string => w !== null);
  return { visit, warnings };
}

function mustBeActive(v: Visit, doing: string): void {
  if (!isActive(v)) throw new InputError(msg('reception.visitNotActive', { id: v.id, status: v.status, action: doing }));
}

export function cancelVisit(doc: VisitYear, id: string, reasonRaw: string, today: ISODate): Visit {
  const v = findVisit(doc, id);
  const reason = cleanText(reasonRaw, '--reason', 100);
  mustBeActive(v, '取消');
  v.status = '已取消';
  v.history.push({ date: today, action: '取消', note: reason });
  return v;
}

/** Moves a booking to another day of the same year (with the leader receiving that day); its notice is due again. */
export function moveVisit(config: Config, doc: VisitYear, id: string, o: { date?: string; reason?: string; leader?: string }, today: ISODate, cal: HolidayCalendar): Visit {
  const v = findVisit(doc, id);
  const reason = cleanText(o.reason, '--reason', 100);
  mustBeActive(v, '改期');
  const date = futureDate(o.date, today);
  if (yearOf(date) !== doc.year) throw new InputError(msg('reception.moveOtherYear', { date }));
  if (date === v.date && o.leader === undefined) throw new InputError(msg('reception.moveSameDate', { id: v.id, date }));
  const leader = o.leader ?? (v.kind === '约访' ? v.leader : undefined);
  const place = placement(config, v.kind, date, leader, {}, cal, { location: v.location, time: v.time });
  v.history.push({ date: today, action: '改期', note: `${v.date} ${v.leader} → ${date} ${place.leader}：${reason}` });
  Object.assign(v, { date, ...place, noticeGiven: null });
  return v;
}

/** Open 预约接访 bookings whose leader no longer receives on their day (after a swap or a regenerated roster). */
export function strandedBookings(config: Config, visits: readonly Visit[]): Visit[] {
  return visits.filter((v) => isActive(v) && v.kind === '预约接访' && !receptionSlots(config, v.date).some((s) => s.leader === v.leader));
}
