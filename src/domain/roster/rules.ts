// Roster rules as data: a rule's days in a month, how a rest day is shifted, and the rule in words — the same for
// every pattern kind; what differs between kinds is declared in src/domain/roster/kinds/ (one file each).
// Parsing of the `roster rule add` flags lives in roster-rule-parse.ts.
import { InputError } from '../../errors.js';
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { chineseMonthDay, makeDate, daysInMonth } from '../common/dates.js';
import type { ISODate, Leader, RosterRule, RuleKind, RulePattern, ShiftPolicy } from '../model.js';
import { patternKind, type MonthContext } from './kinds/index.js';
import { msg } from '../messages/index.js';

/** A reception date a rule produced; `mergedFrom` lists other dates of the same rule shifted onto this one. */
export interface Candidate {
  date: ISODate;
  shiftedFrom: ISODate | null;
  mergedFrom: ISODate[];
}

/** The wording of templates/roster.json that the domain needs (passed in; the domain reads no files). */
export interface RosterWording {
  rule: Record<RulePattern['type'], string>;
  dayName: Record<RuleKind, string>;
  workdaysVerb: Record<RuleKind, string>;
  perLeaderVerb: Record<RuleKind, string>;
  shift: Record<ShiftPolicy, string>;
  nth: Record<string, string>;
  weekdayShort: string[]; // index 1 = Monday … 7 = Sunday
  weekdayLong: string[];
  daySuffix: string;
  listSeparator: string;
  time: string;
  /** Between the two ends of a time range, as official text writes it ("8:30—12:00"); default "—". */
  rangeDash?: string;
  shiftedNote: Record<Exclude<ShiftPolicy, 'skip'>, string>;
  mergedNote: string;
  unassignedNote: string;
  swapNote: string;
}

/** Fills {name} placeholders; an unknown placeholder is a template bug and is left visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** The raw dates a date-based rule names in one month, before any shift. */
export function rawDates(pattern: RulePattern, year: number, month: number): ISODate[] {
  const kind = patternKind(pattern);
  if (!kind.dateBased) throw new InputError(msg('roster.ruleNotDateBased', { type: pattern.type }));
  return kind.rawDates(pattern, year, month);
}

/** Moves a date that is not a working day according to the policy; null when the policy skips it. */
export function shiftDate(date: ISODate, policy: ShiftPolicy, cal: HolidayCalendar): ISODate | null {
  if (cal.isWorkday(date)) return date;
  if (policy === 'skip') return null;
  return policy === 'next' ? cal.nextWorkday(date) : cal.previousWorkday(date);
}

function prevMonth(year: number, month: number): [number, number] {
  return month === 1 ? [year - 1, 12] : [year, month - 1];
}

function nextMonth(year: number, month: number): [number, number] {
  return month === 12 ? [year + 1, 1] : [year, month + 1];
}

/** A rule's month: dates for the rotation to fill, or days its kind gave to the leaders itself. */
export type RuleMonth =
  | { by: 'rotation'; candidates: Candidate[] }
  | { by: 'leader'; days: { date: ISODate; leader: Leader }[]; short: { leader: string; missing: number }[] };

/** One rule's slots-to-be in one month, whatever its pattern kind. */
export function ruleMonth(rule: RosterRule, ctx: MonthContext): RuleMonth {
  ctx.cal.assertCovered(ctx.year);
  const kind = patternKind(rule.pattern);
  if (kind.dateBased) {
    return { by: 'rotation', candidates: shiftedInMonth((y, m) => kind.rawDates(rule.pattern, y, m), rule.shift, ctx.year, ctx.month, ctx.cal) };
  }
  const source = kind.generate(rule.pattern, ctx);
  switch (source.by) {
    case 'rotation':
      return { by: 'rotation', candidates: source.dates.map((date) => ({ date, shiftedFrom: null, mergedFrom: [] })) };
    case 'leader':
      return source;
    default: {
      const missed: never = source;
      return missed;
    }
  }
}

/** The dates a rule gives in one month for the rotation to fill; refused for a kind that gives days to leaders. */
export function ruleDatesInMonth(rule: RosterRule, year: number, month: number, cal: HolidayCalendar): Candidate[] {
  const m = ruleMonth(rule, { year, month, cal, leaders: [], leaderBusy: () => false });
  if (m.by === 'leader') throw new InputError(msg('roster.ruleByLeader'));
  return m.candidates;
}

/**
 * The dates a date-based rule gives in one month, after shifting. A neighbouring month's date shifted into this
 * month belongs here (1 January shifted back lands in December), so generating month by month equals generating a
 * whole year. A neighbouring month in a year the calendar does not cover is left out: its shifts cannot be known
 * yet. Two dates of the rule landing on one day make one slot; the unshifted date keeps it, the other is recorded.
 */
function shiftedInMonth(raw: (year: number, month: number) => ISODate[], policy: ShiftPolicy, year: number, month: number, cal: HolidayCalendar): Candidate[] {
  const first = makeDate(year, month, 1);
  const last = makeDate(year, month, daysInMonth(year, month));
  const months = [prevMonth(year, month), [year, month] as [number, number], nextMonth(year, month)];
  const shifted: Candidate[] = [];
  for (const [y, m] of months) {
    if (!cal.isCovered(y)) continue;
    for (const r of raw(y, m)) {
      const date = shiftDate(r, policy, cal);
      if (date && date >= first && date <= last) shifted.push({ date, shiftedFrom: date === r ? null : r, mergedFrom: [] });
    }
  }
  return mergeSameDay(shifted);
}

function mergeSameDay(cands: Candidate[]): Candidate[] {
  const byDate = new Map<ISODate, Candidate[]>();
  for (const c of cands) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, group]) => {
      // Prefer the date that is really this day; otherwise the earliest original date.
      const sorted = [...group].sort((a, b) => originOf(a).localeCompare(originOf(b)));
      const keep = sorted.find((c) => c.shiftedFrom === null) ?? sorted[0];
      const others = sorted.filter((c) => c !== keep).map(originOf);
      return { date, shiftedFrom: keep.shiftedFrom, mergedFrom: others };
    });
}

function originOf(c: Candidate): ISODate {
  return c.shiftedFrom ?? c.date;
}

/** The note a shifted or merged slot carries in the 备注 column: "1月1日顺延". */
export function candidateNote(c: Candidate, policy: ShiftPolicy, w: RosterWording): string {
  const parts: string[] = [];
  if (c.shiftedFrom && policy !== 'skip') parts.push(fill(w.shiftedNote[policy], { date: chineseMonthDay(c.shiftedFrom) }));
  if (c.mergedFrom.length > 0) {
    parts.push(fill(w.mergedNote, { dates: c.mergedFrom.map(chineseMonthDay).join(w.listSeparator) }));
  }
  return parts.join('；');
}

/** The rule in words for the 备注 of the published roster: "每月1日、16日为领导接待日，遇节假日顺延。" */
export function ruleInWords(rule: Omit<RosterRule, 'id'>, w: RosterWording): string {
  const p = rule.pattern;
  const values: Record<string, string | number> = {
    dayName: w.dayName[rule.kind],
    shift: w.shift[rule.shift],
    verb: w.workdaysVerb[rule.kind],
    ...patternKind(p).words(p, w, rule.kind),
  };
  return fill(fill(w.rule[p.type], values), values);
}

/** "接待时间：8:30—12:00、14:30—17:30。" — empty when the rule has no time. */
export function timeInWords(time: string, w: RosterWording): string {
  const ranges = time.split(' ').filter(Boolean).map((r) => r.replace(/-/g, w.rangeDash ?? '—'));
  return ranges.length ? fill(w.time, { time: ranges.join(w.listSeparator) }) : '';
}
