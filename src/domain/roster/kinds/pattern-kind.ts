// What a pattern kind — how a roster rule picks its days (每月1日、16日, 每周二, 每个工作日 …) — declares about itself.
// Not to be confused with a rule's duty (接访 or 下访, `RuleKind`). Each kind is one file in this folder; index.ts
// lists them. Adding one is described in docs/design.md, "The roster".
import { InputError } from '../../../errors.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { weekdayNumber } from '../../common/chinese-values.js';
import type { ISODate, Leader, RuleKind } from '../../model.js';
import type { RosterWording } from '../rules.js';
import { msg } from '../../messages/index.js';

/** The raw `roster rule add` flags, as commander hands them over (camel-cased keys). */
export type RuleFlags = {
  kind?: string;
  shift?: string;
  location?: string;
  time?: string;
} & { [flag: string]: string | boolean | undefined };

/** One command-line option of a kind: its key in RuleFlags, its commander spelling and its help line. */
export interface KindOption {
  key: string;
  flags: string; // '--per-leader <天数>'
  help: string;
  /** A companion option given without the kind's own: the usage error to give. */
  alone?: string;
}

/** The numbers a pattern field may hold, for the parser and for the check of config.json alike. */
export interface FieldLimit {
  limits: readonly [number, number];
  list?: true; // an array of at least one such number
  except?: number; // a value inside the limits that is still refused
}

/** Where a month's slots come from: dates the rotation fills, or days the kind gives to leaders itself. */
export type SlotSource =
  | { by: 'rotation'; dates: ISODate[] }
  | { by: 'leader'; days: { date: ISODate; leader: Leader }[]; short: { leader: string; missing: number }[] };

/** What a kind that is not date-based needs to lay out one month. */
export interface MonthContext {
  year: number;
  month: number;
  cal: HolidayCalendar;
  leaders: readonly Leader[];
  /** A leader already on another rule's slot that day. */
  leaderBusy: (leader: string, date: ISODate) => boolean;
}

interface KindBase<P extends { type: string }> {
  type: P['type'];
  /** Its options, the first being the one that selects the kind (the others are its companions). */
  options: KindOption[];
  /** How `roster rule add` is shown this kind in its description: "--days 1,16". */
  example: string;
  /** Its fields' limits; every field of the pattern but `type`. */
  fields: { [K in Exclude<keyof P, 'type'>]: FieldLimit };
  /** The flags → the pattern (called when the kind's own option is given). */
  parse(f: RuleFlags): P;
  /** The placeholders of its sentence in templates/roster.json "wording.rule" (dayName and shift are filled for all). */
  words(p: P, w: RosterWording, duty: RuleKind): Record<string, string | number>;
  /** An 接访 rule of this kind is the every-working-day duty, shown as a table of its own in the published roster. */
  dailyDuty?: true;
}

/**
 * Date-based: the kind names dates of the month; one falling on a rest day is shifted by the rule's policy (顺延,
 * 提前, 不安排) and two landing on one day are merged — the same for every such kind (src/domain/roster/rules.ts).
 */
export interface DateKind<P extends { type: string }> extends KindBase<P> {
  dateBased: true;
  rawDates(p: P, year: number, month: number): ISODate[];
}

/** Working-day based: the kind lays out a month on working days itself; nothing is ever shifted. */
export interface WorkdayKind<P extends { type: string }> extends KindBase<P> {
  dateBased: false;
  generate(p: P, ctx: MonthContext): SlotSource;
}

export type PatternKind<P extends { type: string }> = DateKind<P> | WorkdayKind<P>;

/** The option name without its argument: '--per-leader <天数>' → '--per-leader'. */
export function optionName(o: KindOption): string {
  return o.flags.split(' ')[0];
}

/** An integer flag value within a field's limits; `hint` says what to write instead. */
export function intIn(raw: string, field: FieldLimit, flag: string, hint: string): number {
  const t = raw.trim();
  const n = Number(t);
  const [min, max] = field.limits;
  if (!/^-?\d+$/.test(t) || n < min || n > max || n === field.except) throw new InputError(msg('roster.optionValueInvalid', { flag, value: t, hint }));
  return n;
}

/** 1 = Monday … 7 = Sunday: the limits of every weekday field. */
export const WEEKDAY: FieldLimit = { limits: [1, 7] };

/** 2, 星期二, 周二 → 2. */
export function weekdayIn(raw: string, flag: string): number {
  const n = weekdayNumber(raw);
  if (n === null) throw new InputError(msg('roster.weekdayInvalid', { flag, value: raw.trim() }));
  return n;
}
