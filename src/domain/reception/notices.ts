// Who is to be told of a reception day, and when: the leader two working days ahead, the petitioner one working day
// ahead in writing (the intake procedure of docs/reception-days.md). A notice due and not given stays on the list,
// overdue, until its day has passed.
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { addDays, yearOf } from '../common/dates.js';
import type { Config, ISODate, RuleKind } from '../model.js';
import { notifyDate } from '../roster/view.js';
import { isActive, type LeaderNotice, type Visit } from './visit-model.js';

/** One working day before the visit (plainly the day before when the calendar has no data for that year). */
export function petitionerNotifyDate(date: ISODate, cal: HolidayCalendar): ISODate {
  const d = addDays(date, -1);
  return cal.isCovered(yearOf(d)) ? cal.workdayOnOrBefore(d) : d;
}

export interface DueNotice {
  who: '领导' | '信访人';
  /** The reception day (or appointment) the notice is about. */
  date: ISODate;
  notifyOn: ISODate;
  overdue: boolean;
  kind: RuleKind | '预约接访' | '约访';
  name: string;
  phone: string;
  title: string;
  location: string;
  time: string;
  /** The booking's number, for petitioners. */
  visitId: string | null;
}

/**
 * Every notice due by today and not yet given, whose day is today or later: overdue first (oldest first), then
 * today's; leaders before petitioners on the same day.
 */
export function dueNotices(config: Config, visits: readonly Visit[], given: readonly LeaderNotice[], today: ISODate, cal: HolidayCalendar): DueNotice[] {
  const out: DueNotice[] = [];
  const told = new Set(given.map((g) => `${g.date}|${g.kind}|${g.leader}`));
  for (const s of config.roster.slots) {
    if (s.date < today || !s.leader || told.has(`${s.date}|${s.kind}|${s.leader}`)) continue;
    const on = notifyDate(s.date, cal);
    if (on > today) continue;
    const l = config.leaders.find((x) => x.name === s.leader);
    out.push({ who: '领导', date: s.date, notifyOn: on, overdue: on < today, kind: s.kind, name: s.leader, phone: l?.phone ?? '', title: l?.title ?? '', location: s.location, time: s.time, visitId: null });
  }
  for (const v of visits) {
    if (!isActive(v) || v.noticeGiven || v.date < today) continue;
    const on = petitionerNotifyDate(v.date, cal);
    if (on > today) continue;
    out.push({ who: '信访人', date: v.date, notifyOn: on, overdue: on < today, kind: v.kind, name: v.name, phone: v.phone, title: '', location: v.location, time: v.time, visitId: v.id });
  }
  const rank = (n: DueNotice) => (n.who === '领导' ? 0 : 1);
  return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || cmp(a.notifyOn, b.notifyOn) || cmp(a.date, b.date) || rank(a) - rank(b));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Marks the leaders of a day's slots as told; refused by the caller when there is nothing (left) to mark. */
export function leaderNoticesFor(config: Config, date: ISODate, given: readonly LeaderNotice[], today: ISODate): { added: LeaderNotice[]; already: LeaderNotice[] } {
  const added: LeaderNotice[] = [];
  const already: LeaderNotice[] = [];
  for (const s of config.roster.slots) {
    if (s.date !== date || !s.leader) continue;
    const old = given.find((g) => g.date === date && g.kind === s.kind && g.leader === s.leader);
    if (old) already.push(old);
    else if (!added.some((a) => a.kind === s.kind && a.leader === s.leader)) added.push({ date, kind: s.kind, leader: s.leader, givenOn: today });
  }
  return { added, already };
}
