// What the calendar and roster commands share: the roster template, the calendar of a configuration, the period options.
import { parseYear, WEEKDAY_NAMES } from '../domain/common/dates.js';
import type { Config } from '../domain/model.js';
import { monthOption, nextMonthOf } from '../domain/common/month-option.js';
import { hasGenerated, periodLabel, slotsInPeriod, type Period } from '../domain/roster/generate.js';
import type { Command } from 'commander';
import { PATTERN_KINDS } from '../domain/roster/kinds/index.js';
import type { RosterWording } from '../domain/roster/rules.js';
import type { RosterDocWording } from '../domain/roster/view.js';
import { InputError } from '../errors.js';
import { loadTemplate, templatePath } from '../render/templates.js';
import { msg } from './messages.js';

export interface RosterTemplate {
  defaults: { location: string; time: string };
  wording: RosterWording;
  document: RosterDocWording;
}

/** templates/roster.json, checked for the parts the code relies on. */
export function rosterTemplate(): RosterTemplate {
  const t = loadTemplate<Partial<RosterTemplate>>('roster');
  const w = t.wording;
  const ok =
    t.defaults && t.document && w && w.rule && w.dayName && w.shift && w.nth && Array.isArray(w.weekdayLong) && Array.isArray(w.weekdayShort) &&
    Array.isArray(t.document.columns) && typeof t.document.title === 'string' && PATTERN_KINDS.every((k) => typeof w.rule?.[k.type] === 'string');
  if (!ok) throw new InputError(msg('roster.templateIncomplete', { file: templatePath('roster') }));
  return t as RosterTemplate;
}

export { calendarFactory } from './calendar-loader.js';

/**
 * --year and --month → the period: --month 2027-01, or --month 3 with --year (default this year); --year alone is the
 * whole year; neither: this year, or with `nextMonth` (roster generate) the month after today's.
 */
export function periodOf(o: { year?: string; month?: string }, today: string, whenNone: 'thisYear' | 'nextMonth' = 'thisYear'): Period {
  if (o.month !== undefined) {
    const m = monthOption(o.month, o.year, today);
    return { year: m.year, month: m.month };
  }
  if (o.year !== undefined) return { year: parseYear(o.year, '--year'), month: null };
  return whenNone === 'nextMonth' ? nextMonthOf(today) : { year: Number(today.slice(0, 4)), month: null };
}

type SlotLike = { date: string; weekday: number; kind: string; leader: { name: string } | null; staff: string[]; location: string; time: string; note: string };

/**
 * The terminal table of slots: 类型 and 时间 only when they vary (the rules list says them otherwise), so the table
 * fits 80 columns. `extra` adds columns at the end (e.g. the day to notify).
 */
export function slotTable<T extends SlotLike>(slots: T[], extra: [string, (s: T) => string][] = []): { head: string[]; rows: string[][] } {
  const varies = (f: (s: T) => string) => new Set(slots.map(f)).size > 1;
  const cols: [string, (s: T) => string][] = [
    ['日期', (s) => s.date],
    ['星期', (s) => WEEKDAY_NAMES[s.weekday].replace('星期', '周')],
    ...(varies((s) => s.kind) ? [['类型', (s: T) => s.kind] as [string, (s: T) => string]] : []),
    ['接待领导', (s) => s.leader?.name ?? '待指定'],
    ['信访干部', (s) => s.staff.join('、')],
    ['地点', (s) => s.location],
    ...(varies((s) => s.time) ? [['时间', (s: T) => s.time] as [string, (s: T) => string]] : []),
    ['备注', (s) => s.note],
    ...extra,
  ];
  return { head: cols.map(([h]) => h), rows: slots.map((s) => cols.map(([, f]) => f(s))) };
}

/** --year and --month, as every roster command that works on a period takes them. */
export function periodFlags(cmd: Command, monthHelp: string, yearHelp = '年份，如 2027（默认今年）'): Command {
  return cmd.option('--year <年份>', yearHelp).option('--month <月份>', monthHelp);
}

/** The period must have been generated, and (for documents and calendars) hold at least one day. */
export function requireGenerated(config: Config, p: Period, emptyRefusal?: string): void {
  if (!hasGenerated(config.roster, p)) {
    const month = p.month === null ? '' : ` --month ${p.month}`;
    throw new InputError(msg('roster.periodNotGenerated', { period: periodLabel(p), year: p.year, month }));
  }
  if (emptyRefusal && slotsInPeriod(config.roster, p).length === 0) throw new InputError(msg('roster.periodEmpty', { period: periodLabel(p), refusal: emptyRefusal }));
}
