// Read-only views of the stored roster: the JSON of `roster show` (docs/design.md, "The roster"), `roster upcoming`, the published table.
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { addDays, chineseMonthDay, yearOf } from '../common/dates.js';
import type { Config, ISODate, Leader, RosterSlot, RuleKind } from '../model.js';
import { patternKind } from './kinds/index.js';
import { slotsInPeriod, type Period } from './generate.js';
import { fill, ruleInWords, timeInWords, type RosterWording } from './rules.js';

export interface LeaderView {
  name: string;
  title: string;
  portfolio: string;
  phone: string;
}

/** One slot exactly as `roster show --json` prints it. */
export interface SlotView {
  date: ISODate;
  weekday: number;
  kind: RuleKind;
  leader: LeaderView | null;
  staff: string[];
  location: string;
  time: string;
  shiftedFrom: ISODate | null;
  note: string;
}

export function leaderView(leaders: readonly Leader[], name: string): LeaderView | null {
  if (!name) return null;
  const l = leaders.find((x) => x.name === name);
  return { name, title: l?.title ?? '', portfolio: l?.portfolio ?? '', phone: l?.phone ?? '' };
}

export function slotView(s: RosterSlot, leaders: readonly Leader[]): SlotView {
  return {
    date: s.date,
    weekday: s.weekday,
    kind: s.kind,
    leader: leaderView(leaders, s.leader),
    staff: [...s.staff],
    location: s.location,
    time: s.time,
    shiftedFrom: s.shiftedFrom,
    note: s.note,
  };
}

export function rosterJson(config: Config, p: Period): { slots: SlotView[] } {
  return { slots: slotsInPeriod(config.roster, p).map((s) => slotView(s, config.leaders)) };
}

/**
 * The day to tell a leader of their slot: two days ahead (docs/domain.md, 提前2天通知接访领导), brought forward to a
 * working day when that falls on a rest day. Without calendar data for that year, plainly two days ahead.
 */
export function notifyDate(slotDate: ISODate, cal: HolidayCalendar): ISODate {
  const d = addDays(slotDate, -2);
  return cal.isCovered(yearOf(d)) ? cal.workdayOnOrBefore(d) : d;
}

export interface UpcomingSlot extends SlotView {
  notifyOn: ISODate;
}

export interface Upcoming {
  from: ISODate;
  to: ISODate;
  slots: UpcomingSlot[];
  /** Slots whose leader is to be told today. */
  notifyToday: UpcomingSlot[];
}

/** The slots from today for `days` days, and the leaders to notify today (their slot may lie beyond those days). */
export function upcoming(config: Config, today: ISODate, days: number, cal: HolidayCalendar): Upcoming {
  const to = addDays(today, days - 1);
  const view = (s: RosterSlot): UpcomingSlot => ({ ...slotView(s, config.leaders), notifyOn: notifyDate(s.date, cal) });
  const horizon = days > 14 ? to : addDays(today, 14);
  const future = config.roster.slots.filter((s) => s.date >= today && s.date <= horizon);
  const all = future.map(view);
  return {
    from: today,
    to,
    slots: all.filter((s) => s.date <= to),
    notifyToday: all.filter((s) => s.notifyOn === today && s.date > today),
  };
}

/** templates/roster.json "document". */
export interface RosterDocWording {
  title: string;
  monthTitle: string;
  columns: string[];
  noteLabel: string;
  kindMark: Record<RuleKind, string>;
  fileName: string;
  /** false hides the 联系电话 column (default shown: the published table names each leader's contact). */
  showPhone?: boolean;
  /** Header of the phone column, put after 分管工作. */
  phoneColumn?: string;
  /** 备注 of a slot on a make-up working day (调休上班), e.g. "{date}（{weekday}）调休上班". */
  makeupDayNote?: string;
  /** Titles of the tables of their own: the every-working-day duty (每日在岗) and the 下访 days. */
  sections?: { main: string; duty: string; visits: string };
}

/** The published 领导信访接待日安排表 as plain data; src/render turns it into .docx. */
export interface RosterDocModel {
  title: string;
  fileName: string;
  columns: string[];
  rows: string[][];
  /** Title over `rows` when the document also has sections (alone, the document's title says it). */
  rowsTitle: string;
  /** The every-working-day duty and the 下访 days, each as a table of its own (same columns) under its title. */
  sections: { title: string; rows: string[][] }[];
  noteLabel: string;
  notes: string[];
  issuer: string;
  date: ISODate; // 成文日期, written as 2027年1月5日 by the renderer
}

/** "2027年示例区教育局领导信访接待日安排表" (or "2027年3月…" for one month). */
export function rosterTitle(org: string, p: Period, doc: RosterDocWording): string {
  return fill(p.month === null ? doc.title : doc.monthTitle, { year: p.year, month: p.month ?? '', org });
}

export function rosterFileName(org: string, p: Period, doc: RosterDocWording): string {
  return fill(doc.fileName, { title: rosterTitle(org, p, doc) });
}

/**
 * The table of a period. `isMakeupDay` tells a weekend day that is a working day (调休上班); a slot on one says so
 * in its 备注.
 */
export function rosterDocModel(
  config: Config,
  p: Period,
  today: ISODate,
  w: RosterWording,
  doc: RosterDocWording,
  isMakeupDay: (d: ISODate) => boolean = () => false,
): RosterDocModel {
  const title = rosterTitle(config.org.name, p, doc);
  const showPhone = doc.showPhone !== false;
  const dutyRules = new Set(config.rosterRules.filter((r) => patternKind(r.pattern).dailyDuty && r.kind === '接访').map((r) => r.id));
  const sectionOf = (s: RosterSlot) => (s.kind === '下访' ? 'visits' : dutyRules.has(s.ruleId) ? 'duty' : 'main');
  const row = (s: RosterSlot) => {
    const l = leaderView(config.leaders, s.leader);
    const makeup = s.weekday >= 6 && isMakeupDay(s.date) && doc.makeupDayNote
      ? fill(doc.makeupDayNote, { date: chineseMonthDay(s.date), weekday: w.weekdayLong[s.weekday] })
      : '';
    const note = [sectionOf(s) === 'main' ? doc.kindMark[s.kind] : '', makeup, s.note].filter(Boolean).join('；');
    return [
      chineseMonthDay(s.date),
      w.weekdayLong[s.weekday],
      l?.name ?? w.unassignedNote,
      l?.title ?? '',
      l?.portfolio ?? '',
      ...(showPhone ? [l?.phone ?? ''] : []),
      s.staff.join(w.listSeparator),
      s.location,
      note,
    ];
  };
  const slots = slotsInPeriod(config.roster, p);
  const rows = slots.filter((s) => sectionOf(s) === 'main').map(row);
  const titles = { duty: doc.sections?.duty ?? '每日在岗领导', visits: doc.sections?.visits ?? '领导下访安排' };
  const sections = (['duty', 'visits'] as const)
    .map((k) => ({ title: titles[k], rows: slots.filter((s) => sectionOf(s) === k).map(row) }))
    .filter((x) => x.rows.length > 0);
  const columns = [...doc.columns];
  if (showPhone) columns.splice(5, 0, doc.phoneColumn ?? '联系电话');
  const notes = config.rosterRules.map((r) => ruleInWords(r, w) + timeInWords(r.time, w));
  return {
    title,
    fileName: rosterFileName(config.org.name, p, doc),
    columns,
    rows,
    rowsTitle: doc.sections?.main ?? '领导接待日安排',
    sections,
    noteLabel: doc.noteLabel,
    notes,
    issuer: config.org.issuer || config.org.name,
    date: today,
  };
}
