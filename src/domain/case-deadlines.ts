// Legal time limits of a case (信访工作条例 art. 22/23): accept within acceptDays of receipt, handle within
// handleDays of acceptance, one extension. Counted in calendar days, or in working days through the holiday calendar.
import { InputError } from '../errors.js';
import { addDays, diffDays } from './dates.js';
import type { CaseStatus, ISODate, Settings } from './model.js';

/** The part of the holiday calendar deadlines need (src/domain/calendar.ts provides it). */
export interface WorkdayCalendar {
  /** The date n working days after d (d itself not counted). */
  addWorkdays(d: ISODate, n: number): ISODate;
}

export type DeadlineSettings = Pick<Settings, 'deadlineDays' | 'acceptDays' | 'handleDays' | 'maxExtensionDays'>;

/** `from` plus n days of the configured kind. */
export function addDeadlineDays(settings: DeadlineSettings, cal: WorkdayCalendar | null, from: ISODate, n: number): ISODate {
  if (settings.deadlineDays === 'working') {
    if (!cal) throw new Error('按工作日计算期限需要节假日日历');
    return cal.addWorkdays(from, n);
  }
  return addDays(from, n);
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
  /** Calendar days from today to the deadline: negative when overdue. */
  daysLeft: number;
  state: DueState;
  unit: string;
  leader: string;
  summary: string;
}

/** The deadline a case is running against now, or null when no clock runs (closed, rejected). */
export function currentDeadline(
  c: OpenCaseSummary,
  settings: DeadlineSettings,
  cal: WorkdayCalendar | null,
): { stage: DueStage; deadline: ISODate } | null {
  switch (c.status) {
    case '登记':
      return { stage: '受理', deadline: acceptDeadline(settings, cal, c.receivedDate) };
    case '已受理':
    case '办理中': {
      if (c.dueDate) return { stage: '办理', deadline: c.dueDate };
      if (!c.acceptedDate) return null;
      return { stage: '办理', deadline: handleDeadline(settings, cal, c.acceptedDate) };
    }
    case '复查中':
    case '复核中':
      // the store keeps the open review's deadline as the summary's due date
      return c.dueDate ? { stage: c.status === '复查中' ? '复查' : '复核', deadline: c.dueDate } : null;
    default:
      return null;
  }
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
