// `roster rule add` flags → a RosterRule (without its id). Pure: commander hands over the raw strings.
import { InputError, UsageError } from '../errors.js';
import { SHIFT_WORDS, weekdayNumber } from './chinese-values.js';
import { RULE_KINDS, RULE_LIMITS } from './model.js';
import type { RosterRule, RuleKind, RulePattern, ShiftPolicy } from './model.js';
import { cleanText } from './text.js';

export interface RuleFlags {
  days?: string;
  weekly?: string;
  nth?: string;
  weekday?: string;
  workdays?: boolean;
  perLeader?: string;
  kind?: string;
  shift?: string;
  location?: string;
  time?: string;
}

export interface RuleDefaults {
  location: string;
  time: string;
}

/** A reception place is a room or an address, not a paragraph. */
export const LOCATION_MAX = 50;

const PATTERN_FLAGS = ['--days', '--weekly', '--nth', '--workdays', '--per-leader'];
const LIST_SPLIT = /[,，、;；\s]+/;

function intIn(raw: string, min: number, max: number, flag: string, hint: string): number {
  const t = raw.trim();
  const n = Number(t);
  if (!/^-?\d+$/.test(t) || n < min || n > max) throw new InputError(`${flag} 的值“${t}”无效：${hint}`);
  return n;
}

function parsePattern(f: RuleFlags): RulePattern {
  if (f.weekday !== undefined && f.nth === undefined) {
    throw new UsageError('--weekday 要与 --nth 一起用（如 --nth 1 --weekday 1 为每月第一个星期一）；每周某天请用 --weekly');
  }
  const given = [f.days, f.weekly, f.nth, f.workdays ? true : undefined, f.perLeader].filter((v) => v !== undefined);
  if (given.length === 0) throw new UsageError(`请用 ${PATTERN_FLAGS.join('、')} 之一说明接待日怎么排，例如 --days 1,16`);
  if (given.length > 1) throw new UsageError(`${PATTERN_FLAGS.join('、')} 只能选一个；多种接待日请分别添加规则`);
  if (f.days !== undefined) {
    const parts = f.days.split(LIST_SPLIT).filter(Boolean);
    if (parts.length === 0) throw new InputError('--days 需要日期，例如 --days 1,16');
    const days = parts.map((p) => intIn(p, ...RULE_LIMITS.monthDay, '--days', '每月的日子写 1 到 31，用逗号分隔，例如 1,16'));
    if (new Set(days).size !== days.length) throw new InputError(`--days 的值“${f.days}”有重复的日子`);
    return { type: 'monthDays', days: [...days].sort((a, b) => a - b) };
  }
  if (f.weekly !== undefined) {
    return { type: 'weekly', weekday: weekdayIn(f.weekly, '--weekly') };
  }
  if (f.nth !== undefined) {
    if (f.weekday === undefined) throw new UsageError('--nth 要与 --weekday 一起用，例如 --nth 1 --weekday 1（每月第一个星期一）');
    const nth = intIn(f.nth, ...RULE_LIMITS.nth, '--nth', '写 1 到 4（第几个），或 -1（最后一个）');
    if (nth === 0) throw new InputError('--nth 的值“0”无效：写 1 到 4（第几个），或 -1（最后一个）');
    return { type: 'nthWeekday', nth, weekday: weekdayIn(f.weekday, '--weekday') };
  }
  if (f.workdays) return { type: 'workdays' };
  return { type: 'perLeader', count: intIn(f.perLeader ?? '', ...RULE_LIMITS.perLeader, '--per-leader', `每位领导每月的天数写 ${RULE_LIMITS.perLeader.join(' 到 ')}`) };
}

function parseKind(raw: string | undefined): RuleKind {
  if (raw === undefined) return '接访';
  const t = raw.trim();
  if (!(RULE_KINDS as readonly string[]).includes(t)) throw new InputError(`--kind 的值“${t}”无效：写 ${RULE_KINDS.join(' 或 ')}`);
  return t as RuleKind;
}

function parseShift(raw: string | undefined, pattern: RulePattern): ShiftPolicy {
  if (raw === undefined) return 'next';
  const t = raw.trim();
  const policy = Object.hasOwn(SHIFT_WORDS, t) ? SHIFT_WORDS[t] : undefined;
  if (!policy) {
    throw new InputError(`--shift 的值“${t}”无效：写 顺延（next）、提前（previous）或 不安排（skip）`);
  }
  if (pattern.type === 'workdays' || pattern.type === 'perLeader') {
    throw new UsageError('--shift 只用于 --days、--weekly、--nth 的规则；按工作日排的规则不会落在节假日');
  }
  return policy;
}

/** 2, 星期二, 周二 → 2. */
function weekdayIn(raw: string, flag: string): number {
  const n = weekdayNumber(raw);
  if (n === null) throw new InputError(`${flag} 的值“${raw.trim()}”无效：写 1 到 7（1 为星期一），或 星期二、周二`);
  return n;
}

const RANGE_RE = /^(\d{1,2}):(\d{2})\s*[-－—~～至到]+\s*(\d{1,2}):(\d{2})$/;

/** "8:30-12:00,14:30-17:30" → "8:30-12:00 14:30-17:30" (ranges in order, not overlapping). */
export function parseTime(raw: string): string {
  const parts = raw.trim().replace(/：/g, ':').split(/[,，、;；]+|\s+(?=\d{1,2}:\d{2}\s*[-－—~～至到])/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new InputError('--time 不能为空，例如 --time "8:30-12:00,14:30-17:30"');
  let lastEnd = -1;
  const out = parts.map((p) => {
    const m = RANGE_RE.exec(p);
    const bad = () => new InputError(`--time 的时段“${p}”无效：写成 时:分-时:分，多个时段用逗号分隔，例如 "8:30-12:00,14:30-17:30"`);
    if (!m) throw bad();
    const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number);
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59) throw bad();
    const start = h1 * 60 + m1;
    const end = h2 * 60 + m2;
    if (end <= start) throw new InputError(`--time 的时段“${p}”结束时间早于开始时间`);
    if (start < lastEnd) throw new InputError(`--time 的时段“${p}”与前一时段重叠或顺序颠倒`);
    lastEnd = end;
    return `${h1}:${m[2]}-${h2}:${m[4]}`;
  });
  return out.join(' ');
}

export function parseRuleFlags(f: RuleFlags, defaults: RuleDefaults): Omit<RosterRule, 'id'> {
  const pattern = parsePattern(f);
  if (!(f.location ?? defaults.location).trim()) throw new InputError('--location 不能为空，例如 --location 局机关三楼会议室');
  const location = cleanText(f.location ?? defaults.location, '接待地点（--location）', LOCATION_MAX);
  return {
    kind: parseKind(f.kind),
    pattern,
    shift: parseShift(f.shift, pattern),
    location,
    time: parseTime(f.time ?? defaults.time),
  };
}

/** Two rules that would pick the same days for the same kind of duty. */
export function sameRule(a: Omit<RosterRule, 'id'>, b: Omit<RosterRule, 'id'>): boolean {
  return a.kind === b.kind && JSON.stringify(a.pattern) === JSON.stringify(b.pattern);
}
