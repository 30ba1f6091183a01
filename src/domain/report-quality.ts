// How well a period's cases were handled: 按期办结 (closed by the deadline), what was overdue at a cut-off, by
// responsible unit, and how satisfied petitioners were.
import { InputError } from '../errors.js';
import { acceptDeadline, extendedDeadline, handleDeadline, type WorkdayCalendar } from './case-deadlines.js';
import type { Case, Config, ISODate } from './model.js';
import { rateNumber } from './percent.js';
import { overdueAt } from './report-monthly.js';
import { isClosedNow } from './report-status.js';

export interface UnitCount {
  /** The responsible unit; '' when the case was not yet assigned to one. */
  unit: string;
  count: number;
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

/**
 * A deadline counted in working days into a year whose holidays are not entered yet cannot be counted (the calendar
 * refuses): it lies beyond every date the calendar covers, so such a case was neither closed late nor overdue.
 */
function beyondCalendar<T>(count: () => T, beyond: T): T {
  try {
    return count();
  } catch (e) {
    if (e instanceof InputError) return beyond;
    throw e;
  }
}

export function qualityFigures(cases: readonly Case[], config: Config, cal: WorkdayCalendar | null, cutoff: ISODate): QualityFigures {
  const closed = cases.filter(isClosedNow);
  const late = (c: Case) => c.closedDate === null || c.closedDate > beyondCalendar(() => closingDeadline(c, config.settings, cal), '9999-12-31');
  const onTime = closed.filter((c) => !late(c)).length;
  const overdue = cal ? cases.flatMap((c) => beyondCalendar(() => overdueAt([c], cutoff, config, cal), [])) : overdueAt(cases, cutoff, config, null);
  return {
    closedOnTime: onTime,
    onTimeRate: rateNumber(onTime, closed.length),
    overdueAsOf: cutoff,
    overdue: byUnit(overdue.map((o) => o.unit), config.units.map((u) => u.name)),
    satisfaction: satisfactionOf(cases),
  };
}

function byUnit(units: readonly string[], order: readonly string[]): UnitCount[] {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  const rank = (u: string) => (u === '' ? Number.MAX_SAFE_INTEGER : order.indexOf(u) < 0 ? order.length : order.indexOf(u));
  return [...counts.entries()]
    .map(([unit, count]) => ({ unit, count }))
    .sort((a, b) => b.count - a.count || rank(a.unit) - rank(b.unit) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

export function satisfactionOf(cases: readonly Case[]): SatisfactionFigures {
  const count = (s: Case['satisfaction']) => cases.filter((c) => c.satisfaction === s).length;
  const satisfied = count('满意');
  const basic = count('基本满意');
  const unsatisfied = count('不满意');
  const rated = satisfied + basic + unsatisfied;
  return { rated, satisfied, basic, unsatisfied, rate: rateNumber(satisfied + basic, rated) };
}
