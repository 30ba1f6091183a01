// The monthly report (信访工作情况月报): the month's intake by channel, source, category and region, where those
// cases stood at the end of the month, the cases closed in the month and how many on time, what was overdue at
// the end of the month, the year to date, 环比/同比, and the leaders' reception days. Counted as of the last day
// of the month, so the report reads the same whenever it is run.
import { currentDeadline, type DueStage, type WorkdayCalendar } from '../cases/deadlines.js';
import { chineseDate, daysInMonth, diffDays, parseMonth, previousMonth } from '../common/dates.js';
import { InputError } from '../../errors.js';
import { msg } from '../messages/index.js';
import { CHANNELS } from '../model.js';
import type { Case, Config, ISODate, ISOMonth, RosterSlot } from '../model.js';
import { rateNumber } from '../common/percent.js';
import { OTHER_CATEGORIES, inPeriod } from './annual.js';
import { change, type Change } from './change.js';
import type { ReceptionRecord } from '../reception/visit-model.js';
import { petitionFigures, type PetitionFigures } from './petitions.js';
import { closingDeadline } from './quality.js';
import { receptionsIn, type Receptions } from './receptions.js';
import { type AcceptanceCounts, countAcceptance, stateOf } from './status.js';
import { tally, type Share } from './tally.js';

/** Of the cases received in the period, as of its last day (AcceptanceCounts: received = accepted + rejected + pendingAcceptance, accepted = closed + inProgress). */
export interface PeriodFigures extends AcceptanceCounts {
  from: ISODate;
  to: ISODate;
  /** closed ÷ received × 100; null when nothing was received (0 of 0 is no rate). */
  closureRate: number | null;
  /** Cases closed during the period (whenever received) and how many of them by their due date. */
  closedInPeriod: number;
  closedOnTime: number;
  /** closedOnTime ÷ closedInPeriod × 100; null when nothing was closed in the period. */
  onTimeRate: number | null;
}

export interface OverdueCase {
  no: string;
  receivedDate: ISODate;
  category: string;
  region: string;
  summary: string;
  /** 受理 (not accepted in time) or 办理 (not closed by the due date). */
  stage: DueStage;
  deadline: ISODate;
  /** Counted Monday–Friday into a year whose holidays are not entered (暂定). */
  provisional?: true;
  daysOverdue: number;
  unit: string;
  leader: string;
}

export interface MonthlyReport extends PeriodFigures, PetitionFigures {
  month: ISOMonth;
  year: number;
  org: string;
  byChannel: Share[];
  bySource: Share[];
  byCategory: Share[];
  byRegion: Share[];
  overdue: OverdueCase[];
  yearToDate: PeriodFigures;
  /** 环比: received against the previous month; null when the data do not reach back that far. */
  monthOnMonth: Change | null;
  /** 同比: received against the same month of the previous year. */
  yearOnYear: Change | null;
  /** 累计同比: the year to date against the same months of the previous year. */
  yearToDateOnYear: Change | null;
  receptions: Receptions;
}

export interface MonthlyInput {
  month: ISOMonth;
  config: Config;
  /** This year's cases (later months are ignored). */
  cases: readonly Case[];
  /** The previous year's cases, for 同比 and January's 环比; null when the store has none. */
  previousYearCases: readonly Case[] | null;
  slots?: readonly RosterSlot[];
  /** Needed only when deadlines count working days. */
  calendar?: WorkdayCalendar | null;
  /** Reception days after this date have not been held yet (the run date, when reporting the current month). */
  asOf?: ISODate;
  /** The reception day records (reception close) of the period: the figures of days held come from them. */
  receptionRecords?: readonly ReceptionRecord[];
}

export function buildMonthlyReport(input: MonthlyInput): MonthlyReport {
  const month = parseMonth(input.month, '--month');
  const { config } = input;
  const year = Number(month.slice(0, 4));
  // a month not begun has nothing to report: refused like a year not begun (annualPeriods)
  if (input.asOf !== undefined && month > input.asOf.slice(0, 7)) {
    throw new InputError(msg('reports.monthNotStarted', { year, month: Number(month.slice(5)), today: chineseDate(input.asOf) }));
  }
  const [from, to] = monthRange(month);
  const previous = input.previousYearCases ?? [];
  const all = [...input.cases, ...previous];
  const cases = inPeriod(all, from, to);
  const total = cases.length;
  const earliest = all.reduce<ISODate | null>((m, c) => (m === null || c.receivedDate < m ? c.receivedDate : m), null);
  /** An earlier period has data when the store's cases reach back into it. */
  const covered = (end: ISODate) => earliest !== null && earliest <= end;
  const count = (a: ISODate, b: ISODate) => inPeriod(all, a, b).length;

  const prevMonth = previousMonth(month);
  const [pmFrom, pmTo] = monthRange(prevMonth);
  const lastYearMonth = `${year - 1}${month.slice(4)}`;
  const [lyFrom, lyTo] = monthRange(lastYearMonth);
  const ytdFrom = `${year}-01-01`;

  return {
    month,
    year,
    org: config.org.name,
    ...periodFigures(all, from, to, config, input.calendar ?? null),
    byChannel: tally(cases, (c) => c.channel, total, { order: CHANNELS, includeZero: true }),
    bySource: tally(cases, (c) => c.source, total, { order: config.sources.map((s) => s.name) }),
    byCategory: tally(cases, (c) => c.category, total, { order: config.categories.map((c) => c.name), last: OTHER_CATEGORIES }),
    byRegion: tally(cases, (c) => c.region, total, { order: config.units.map((u) => u.name) }),
    overdue: overdueAt(all, to, config, input.calendar ?? null),
    yearToDate: periodFigures(all, ytdFrom, to, config, input.calendar ?? null),
    monthOnMonth: covered(pmTo) ? change(total, count(pmFrom, pmTo)) : null,
    yearOnYear: covered(lyTo) ? change(total, count(lyFrom, lyTo)) : null,
    yearToDateOnYear: covered(lyTo) ? change(count(ytdFrom, to), count(`${year - 1}-01-01`, lyTo)) : null,
    receptions: receptionsIn(all, input.slots ?? config.roster.slots, config.leaders, from, to, input.asOf, input.receptionRecords),
    ...petitionFigures(cases),
  };
}

export function monthRange(month: ISOMonth): [ISODate, ISODate] {
  const [y, m] = month.split('-').map(Number);
  return [`${month}-01`, `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`];
}

function periodFigures(all: readonly Case[], from: ISODate, to: ISODate, config: Config, cal: WorkdayCalendar | null): PeriodFigures {
  const received = inPeriod(all, from, to);
  const states = countAcceptance(received, to);
  const closedIn = all.filter((c) => stateOf(c, to) === 'closed' && c.closedDate! >= from);
  // a case without 办理期限 (an imported row) is held to the statutory limit
  const onTime = closedIn.filter((c) => c.closedDate! <= closingDeadline(c, config.settings, cal)).length;
  return {
    from,
    to,
    received: received.length,
    accepted: states.accepted,
    rejected: states.rejected,
    pendingAcceptance: states.pendingAcceptance,
    closed: states.closed,
    inProgress: states.inProgress,
    closureRate: rateNumber(states.closed, received.length),
    closedInPeriod: closedIn.length,
    closedOnTime: onTime,
    onTimeRate: rateNumber(onTime, closedIn.length),
  };
}

/** Cases open at the end of `day` whose running deadline had passed; most overdue first. */
export function overdueAt(all: readonly Case[], day: ISODate, config: Config, cal: WorkdayCalendar | null): OverdueCase[] {
  const rows: OverdueCase[] = [];
  for (const c of all) {
    if (c.receivedDate > day || stateOf(c, day) !== 'open') continue;
    const accepted = c.acceptedDate !== null && c.acceptedDate <= day;
    // An extension (of the handling time) is granted before the due date, so one granted after `day` means the
    // case was not overdue in handling then; a case still waiting for acceptance on `day` is judged on that clock.
    if (accepted && c.extension !== null && c.extension.date > day) continue;
    // only what the deadline depends on (a copy of the whole case per open case was most of this loop's cost)
    const running = currentDeadline(
      {
        status: accepted ? '办理中' : '登记',
        receivedDate: c.receivedDate,
        acceptedDate: accepted ? c.acceptedDate : null,
        dueDate: accepted ? c.dueDate : null,
        dueProvisional: c.dueProvisional,
        extension: c.extension,
      },
      config.settings,
      cal,
    );
    if (!running || running.deadline >= day) continue;
    rows.push({
      no: c.no,
      receivedDate: c.receivedDate,
      category: c.category,
      region: c.region,
      summary: c.summary,
      stage: running.stage,
      deadline: running.deadline,
      ...(running.provisional ? { provisional: true as const } : {}),
      daysOverdue: diffDays(running.deadline, day),
      unit: c.unit,
      leader: c.leader,
    });
  }
  return rows.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.no < b.no ? -1 : a.no > b.no ? 1 : 0));
}

