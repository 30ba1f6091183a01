// How well a period's cases were handled: 按期办结 (closed by the deadline), what was overdue at a cut-off, by
// responsible unit, and how satisfied petitioners were.
import { acceptDeadline, extendedDeadline, handleDeadline, type WorkdayCalendar } from '../cases/deadlines.js';
import type { Case, Config, ISODate } from '../model.js';
import { rateNumber } from '../common/percent.js';
import { overdueAt } from './monthly.js';
import { isClosedNow } from './status.js';

export interface UnitCount {
  /** The responsible unit; '' when the case was not yet assigned to one. */
  unit: string;
  count: number;
  /** Of these, how many were held to a deadline counted Monday–Friday into a year not entered yet (暂定); omitted when none. */
  provisional?: number;
}

export interface SatisfactionFigures {
  rated: number;
  satisfied: number;
  basic: number;
  unsatisfied: number;
  /** (满意 + 基本满意) ÷ rated × 100; null when none was rated. */
  rate: number | null;
}

export interface QualityFigures {
  /** Of the cases 办结 now, how many by their deadline. */
  closedOnTime: number;
  /** closedOnTime ÷ 办结 × 100; null when none is closed. */
  onTimeRate: number | null;
  /** The cut-off the overdue cases are counted at. */
  overdueAsOf: ISODate;
  /** Cases open and past their deadline at the cut-off, by unit: most first. */
  overdue: UnitCount[];
  satisfaction: SatisfactionFigures;
}

/**
 * The date a case had to be closed by: its due date (an extension moves it), or — for a case without one, such as
 * an imported ledger row — the statutory limit from its acceptance, or from the last day it could have been
 * accepted when no acceptance is recorded (so a case is never called late on a guess).
 */
export function closingDeadline(c: Case, settings: Config['settings'], cal: WorkdayCalendar | null): ISODate {
  if (c.dueDate) return c.dueDate;
  const due = handleDeadline(settings, cal, c.acceptedDate ?? acceptDeadline(settings, cal, c.receivedDate));
  return c.extension ? extendedDeadline(settings, cal, due, c.extension.days) : due;
}

export function qualityFigures(cases: readonly Case[], config: Config, cal: WorkdayCalendar | null, cutoff: ISODate): QualityFigures {
  const closed = cases.filter(isClosedNow);
  // a deadline running into a year whose holidays are not entered is counted Monday–Friday (暂定), as everywhere
  const onTime = closed.filter((c) => c.closedDate !== null && c.closedDate <= closingDeadline(c, config.settings, cal)).length;
  return {
    closedOnTime: onTime,
    onTimeRate: rateNumber(onTime, closed.length),
    overdueAsOf: cutoff,
    overdue: byUnit(overdueAt(cases, cutoff, config, cal), config.units.map((u) => u.name)),
    satisfaction: satisfactionOf(cases),
  };
}

function byUnit(overdue: readonly { unit: string; provisional?: true }[], order: readonly string[]): UnitCount[] {
  const counts = new Map<string, UnitCount>();
  for (const o of overdue) {
    const u = counts.get(o.unit) ?? { unit: o.unit, count: 0 };
    u.count++;
    if (o.provisional) u.provisional = (u.provisional ?? 0) + 1;
    counts.set(o.unit, u);
  }
  const rank = (u: string) => (u === '' ? Number.MAX_SAFE_INTEGER : order.indexOf(u) < 0 ? order.length : order.indexOf(u));
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || rank(a.unit) - rank(b.unit) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

export function satisfactionOf(cases: readonly Case[]): SatisfactionFigures {
  let satisfied = 0;
  let basic = 0;
  let unsatisfied = 0;
  for (const c of cases) {
    if (c.satisfaction === '满意') satisfied++;
    else if (c.satisfaction === '基本满意') basic++;
    else if (c.satisfaction === '不满意') unsatisfied++;
  }
  const rated = satisfied + basic + unsatisfied;
  return { rated, satisfied, basic, unsatisfied, rate: rateNumber(satisfied + basic, rated) };
}
