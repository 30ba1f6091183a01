// The registry of pattern kinds: how a roster rule may pick its days. Each kind is one file of this folder and one
// entry of KIND_LIST; its place there is its place in `roster rule add`'s options and help. docs/design.md, "The
// roster", says how to add one.
import { monthDays } from './month-days.js';
import { nthWeekday } from './nth-weekday.js';
import type { PatternKind } from './pattern-kind.js';
import { perLeader } from './per-leader.js';
import { weekly } from './weekly.js';
import { workdays } from './workdays.js';

export type { DateKind, FieldLimit, KindOption, MonthContext, PatternKind, RuleFlags, SlotSource, WorkdayKind } from './pattern-kind.js';
export { optionName, WEEKDAY } from './pattern-kind.js';

const KIND_LIST = [monthDays, weekly, nthWeekday, workdays, perLeader] as const;

/** How a roster rule picks its days: the pattern of one of the registered kinds (what its parser gives). */
export type RulePattern = ReturnType<(typeof KIND_LIST)[number]['parse']>;
export type PatternType = RulePattern['type'];

/** The kinds in the order `roster rule add` lists them. */
export const PATTERN_KINDS: readonly PatternKind<RulePattern>[] = KIND_LIST as readonly PatternKind<RulePattern>[];

const BY_TYPE = new Map<string, PatternKind<RulePattern>>(PATTERN_KINDS.map((k) => [k.type, k]));

/** The kind of a pattern (a stored pattern's type was checked on load against the same registry). */
export function patternKind(p: RulePattern): PatternKind<RulePattern> {
  return BY_TYPE.get(p.type)!;
}

/** Whether a pattern names dates that a rest day shifts (顺延/提前/不安排), or lays out working days itself. */
export function isDateBased(p: RulePattern): boolean {
  return patternKind(p).dateBased;
}
