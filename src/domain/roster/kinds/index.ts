// The registry of pattern kinds: how a roster rule may pick its days. Each kind is one file of this folder; its
// place here is its place in `roster rule add`'s options and help. docs/design.md, "The roster", says how to add one.
import type { MonthDaysPattern } from './month-days.js';
import { monthDays } from './month-days.js';
import { nthWeekday, type NthWeekdayPattern } from './nth-weekday.js';
import type { PatternKind } from './pattern-kind.js';
import { perLeader, type PerLeaderPattern } from './per-leader.js';
import { weekly, type WeeklyPattern } from './weekly.js';
import { workdays, type WorkdaysPattern } from './workdays.js';

export type { DateKind, FieldLimit, KindOption, MonthContext, PatternKind, RuleFlags, SlotSource, WorkdayKind } from './pattern-kind.js';
export { optionName, WEEKDAY } from './pattern-kind.js';

/** How a roster rule picks its days: one of the registered kinds' patterns. */
export type RulePattern = MonthDaysPattern | WeeklyPattern | NthWeekdayPattern | WorkdaysPattern | PerLeaderPattern;
export type PatternType = RulePattern['type'];

type KindOf<T extends PatternType> = PatternKind<Extract<RulePattern, { type: T }>>;

/** Every pattern type has its kind (the compiler refuses a pattern type without one). */
const KINDS: { [T in PatternType]: KindOf<T> } = { monthDays, weekly, nthWeekday, workdays, perLeader };

/** The kinds in the order `roster rule add` lists them. */
export const PATTERN_KINDS: readonly PatternKind<RulePattern>[] = Object.values(KINDS) as PatternKind<RulePattern>[];

/** The kind of a pattern (a stored pattern's type was checked on load against the same registry). */
export function patternKind<P extends RulePattern>(p: P): KindOf<P['type']> {
  return KINDS[p.type as P['type']] as KindOf<P['type']>;
}

/** Whether a pattern names dates that a rest day shifts (顺延/提前/不安排), or lays out working days itself. */
export function isDateBased(p: RulePattern): boolean {
  return patternKind(p).dateBased;
}
