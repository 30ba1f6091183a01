// Legal time limits of a case (docs/domain.md, 法定期限): accept within acceptDays of receipt, handle within
// handleDays of acceptance, one extension. Counted in calendar days, or in working days through the holiday calendar.
import { InputError } from '../../errors.js';
import { addDays, diffDays, yearOf } from '../common/dates.js';
import type { CaseStatus, ISODate, Settings } from '../model.js';
import { msg } from '../messages/index.js';

/** The part of the holiday calendar deadlines need (src/domain/calendar/holiday-calendar.ts provides it). */
export interface WorkdayCalendar {
  /** The date n working days after d (d itself not counted). */
  addWorkdays(d: ISODate, n: number): ISODate;
  /** d itself when it is a working day, else the first working day after it. */
  workdayOnOrAfter?(d: ISODate): ISODate;
  /** Whether the year's holiday arrangement is known: a deadline counted through a year that is not is provisional. */
  isCovered?(year: number): boolean;
}

export type DeadlineSettings = Pick<Settings, 'deadlineDays' | 'acceptDays' | 'handleDays' | 'maxExtensionDays' | 'lastDayRollover'>;

/** A deadline, and whether it was counted Monday–Friday through a year whose holidays are not entered yet (暂定). */
export interface Deadline {
  date: ISODate;
  provisional: boolean;
}

function knownFrom(cal: WorkdayCalendar, from: ISODate, to: ISODate): boolean {
  for (let y = yearOf(from); y <= yearOf(to); y++) if (cal.isCovered && !cal.isCovered(y)) return false;
  return true;
}

/**
 * `from` plus n days of the configured kind. Calendar days: when the last day is a rest day it moves to the first
 * working day after it (期间届满的最后一日是法定节假日的，以节假日后的第一日为期满日), unless the office turned that off.
 */
export function deadlineAfter(settings: DeadlineSettings, cal: WorkdayCalendar | null, from: ISODate, n: number): Deadline {
  if (settings.deadlineDays === 'working') {
    if (!cal) throw new Error(msg('cases.deadlineNeedsCalendar'));
    const date = cal.addWorkdays(from, n);
    return { date, provisional: !knownFrom(cal, from, date) };
  }
  const end = addDays(from, n);
  if (settings.lastDayRollover === false || !cal?.workdayOnOrAfter) return { date: end, provisional: false };
  const date = cal.workdayOnOrAfter(end);
  return { date, provisional: !knownFrom(cal, end, date) };
}

export function addDeadlineDays(settings: DeadlineSettings, cal: WorkdayCalendar | null, from: ISODate, n: number): ISODate {
  return deadlineAfter(settings, cal, from, n).date;
}

export function acceptDeadline(settings: DeadlineSettings, cal: WorkdayCalendar | null, receivedDate: ISODate): ISODate {
  return addDeadlineDays(settings, cal, receivedDate, settings.acceptDays);
}

/** The statutory handling limit, the default due date at 交办 and the latest one allowed. */
export function handleDeadline(settings: DeadlineSettings, cal: WorkdayCalendar | null, acceptedDate: ISODate): ISODate {
  return addDeadlineDays(settings, cal, acceptedDate, settings.handleDays);
}

export function extendedDeadline(settings: DeadlineSettings, cal: WorkdayCalendar | null, dueDate: ISODate, days: number): ISODate {
  return addDeadlineDays(settings, cal, dueDate, days);
}

/** What `case due` needs of a case; the store keeps these for every open case in one small file. */
export interface OpenCaseSummary {
  no: string;
  status: CaseStatus;
  receivedDate: ISODate;
  acceptedDate: ISODate | null;
  dueDate: ISODate | null;
  /** The due date was the statutory limit counted provisionally: it is counted again once the year is entered. */
  dueProvisional?: boolean;
  /** Days of the extension, kept with a provisional due date to count it again. */
  extensionDays?: number;
  unit: string;
  leader: string;
  summary: string;
}

export type DueStage = '受理' | '办理' | '复查' | '复核';
export type DueState = '超期' | '临期';

export interface DueRow {
  no: string;
  status: CaseStatus;
  stage: DueStage;
  deadline: ISODate;
  provisional: boolean;
  /** Calendar days from today to the deadline: negative when overdue. */
  daysLeft: number;
  state: DueState;
  unit: string;
  leader: string;
  summary: string;
}

/**
 * The handling limit of an accepted case counted now: the statutory limit, plus the extension when there is one.
 * A due date stored while provisional is counted again this way, so it becomes exact once the year is entered.
 */
export function countedDue(settings: DeadlineSettings, cal: WorkdayCalendar | null, acceptedDate: ISODate, extensionDays: number): Deadline {
  const base = deadlineAfter(settings, cal, acceptedDate, settings.handleDays);
  if (!extensionDays) return base;
  const ext = deadlineAfter(settings, cal, base.date, extensionDays);
  return { date: ext.date, provisional: base.provisional || ext.provisional };
}

/** What a case's current deadline needs: the open-case summary, or a whole case. */
export type DeadlineCase = Pick<OpenCaseSummary, 'status' | 'receivedDate' | 'acceptedDate' | 'dueDate' | 'dueProvisional' | 'extensionDays'> & {
  extension?: { days: number } | null;
};

/** The deadline a case is running against now, or null when no clock runs (closed, rejected). */
export function currentDeadline(
  c: DeadlineCase,
  settings: DeadlineSettings,
  cal: WorkdayCalendar | null,
): { stage: DueStage; deadline: ISODate; provisional: boolean } | null {
  switch (c.status) {
    case '登记': {
      const d = deadlineAfter(settings, cal, c.receivedDate, settings.acceptDays);
      return { stage: '受理', deadline: d.date, provisional: d.provisional };
    }
    case '已受理':
    case '办理中': {
      if (c.dueDate && !(c.dueProvisional && c.acceptedDate)) return { stage: '办理', deadline: c.dueDate, provisional: false };
      if (!c.acceptedDate) return null;
      const d = countedDue(settings, cal, c.acceptedDate, c.extension?.days ?? c.extensionDays ?? 0);
      return { stage: '办理', deadline: d.date, provisional: d.provisional };
    }
    case '复查中':
    case '复核中':
      // the store keeps the open review's deadline as the summary's due date
      return c.dueDate ? { stage: c.status === '复查中' ? '复查' : '复核', deadline: c.dueDate, provisional: false } : null;
    default:
      return null;
  }
}

/**
 * Both limits of a case (case show --json): acceptance counted from receipt; handling from acceptance (the due date
 * set at 交办, null before acceptance); provisional when either was counted Monday–Friday into a year not entered.
 */
export function caseDeadlines(
  c: DeadlineCase,
  settings: DeadlineSettings,
  cal: WorkdayCalendar | null,
): { accept: ISODate; handle: ISODate | null; provisional: boolean } {
  const accept = deadlineAfter(settings, cal, c.receivedDate, settings.acceptDays);
  const handle = !c.acceptedDate
    ? null
    : c.dueDate && !c.dueProvisional
      ? { date: c.dueDate, provisional: false }
      : countedDue(settings, cal, c.acceptedDate, c.extension?.days ?? c.extensionDays ?? 0);
  return { accept: accept.date, handle: handle?.date ?? null, provisional: accept.provisional || handle?.provisional === true };
}

/** "2027-01-05（暂定）": how every view marks a deadline counted before its year's holidays were entered. */
export function markProvisional(date: string, provisional: boolean): string {
  return provisional ? `${date}（暂定）` : date;
}

/**
 * Overdue and due-soon (临期) cases: overdue when today is after the deadline; due soon when the deadline is
 * within `within` calendar days. Most overdue first, then the nearest deadline.
 */
export function dueCases(
  cases: OpenCaseSummary[],
  today: ISODate,
  within: number,
  settings: DeadlineSettings,
  cal: WorkdayCalendar | null,
  /** Cases whose deadline cannot be counted (working days into a year with no holiday arrangement) go here. */
  uncounted: { no: string; reason: string }[] = [],
): DueRow[] {
  const rows: DueRow[] = [];
  for (const c of cases) {
    let cur: ReturnType<typeof currentDeadline>;
    try {
      cur = currentDeadline(c, settings, cal);
    } catch (e) {
      // one case's deadline running into an uncovered year must not hide the rest of the supervision list
      if (!(e instanceof InputError)) throw e;
      uncounted.push({ no: c.no, reason: e.message });
      continue;
    }
    if (!cur) continue;
    const daysLeft = diffDays(today, cur.deadline);
    if (daysLeft > within) continue;
    rows.push({
      no: c.no,
      status: c.status,
      stage: cur.stage,
      deadline: cur.deadline,
      provisional: cur.provisional,
      daysLeft,
      state: daysLeft < 0 ? '超期' : '临期',
      unit: c.unit,
      leader: c.leader,
      summary: c.summary,
    });
  }
  return rows.sort((a, b) => a.daysLeft - b.daysLeft || a.no.localeCompare(b.no));
}

/** 剩3天 / 今日到期 / 超期5天 */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return '今日到期';
  return daysLeft > 0 ? `剩${daysLeft}天` : `超期${-daysLeft}天`;
}
