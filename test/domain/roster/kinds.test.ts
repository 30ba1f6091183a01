// The registry of roster pattern kinds: every kind declares all it must, and flags → pattern → words, per kind.
import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import { PATTERN_KINDS, isDateBased, optionName, patternKind, type FieldLimit, type RuleFlags } from '../../../src/domain/roster/kinds/index.js';
import { parseRuleFlags } from '../../../src/domain/roster/rule-parse.js';
import { rawDates, ruleDatesInMonth, ruleInWords, ruleMonth } from '../../../src/domain/roster/rules.js';
import { UsageError } from '../../../src/errors.js';
import { leader, LEADERS, rule, wording } from './fixture.js';

const defaults = { location: '会议室', time: '8:30-12:00' };
const cal = new HolidayCalendar([]);

/** '--nth 1 --weekday 星期一' → { nth: '1', weekday: '星期一' }, through the kinds' own options. */
function flagsOf(example: string): RuleFlags {
  const options = PATTERN_KINDS.flatMap((k) => k.options);
  const words = example.split(' ');
  const flags: RuleFlags = {};
  for (let i = 0; i < words.length; i++) {
    const o = options.find((x) => optionName(x) === words[i]);
    if (!o) throw new Error(`no kind has the option ${words[i]}`);
    const takesValue = o.flags.includes('<');
    flags[o.key] = takesValue ? words[++i] : true;
  }
  return flags;
}

describe.each(PATTERN_KINDS.map((k) => [k.type, k] as const))('the %s kind', (type, kind) => {
  it('declares its options, example, limits, words and days', () => {
    expect(kind.options.length).toBeGreaterThan(0);
    for (const o of kind.options) expect(o.flags).toMatch(/^--[a-z-]+( <[^>]+>)?$/);
    expect(typeof kind.parse).toBe('function');
    expect(typeof kind.words).toBe('function');
    expect(typeof kind.dateBased).toBe('boolean');
    if (kind.dateBased) expect(typeof kind.rawDates).toBe('function');
    else expect(typeof kind.generate).toBe('function');
    for (const f of Object.values(kind.fields as Record<string, FieldLimit>)) expect(f.limits[0]).toBeLessThanOrEqual(f.limits[1]);
  });

  it('has its sentence in templates/roster.json', () => {
    expect(typeof wording.rule[type]).toBe('string');
  });

  it('parses its own example into its own pattern, which says itself in words', () => {
    const parsed = parseRuleFlags(flagsOf(kind.example), defaults);
    expect(parsed.pattern.type).toBe(type);
    expect(patternKind(parsed.pattern)).toBe(kind);
    expect(ruleInWords(parsed, wording)).not.toMatch(/[{}]|undefined/);
  });

  it('takes --shift exactly when it is date-based', () => {
    const parse = () => parseRuleFlags({ ...flagsOf(kind.example), shift: 'skip' }, defaults);
    if (kind.dateBased) expect(parse().shift).toBe('skip');
    else expect(parse).toThrow(UsageError);
  });

  it('gives days in March 2018, every one a working day once shifted', () => {
    const r = { ...rule(parseRuleFlags(flagsOf(kind.example), defaults).pattern), shift: 'next' as const };
    const m = ruleMonth(r, { year: 2018, month: 3, cal, leaders: LEADERS.map((n) => leader(n, '副局长')), leaderBusy: () => false });
    const dates = m.by === 'rotation' ? m.candidates.map((c) => c.date) : m.days.map((d) => d.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.startsWith('2018-03') && cal.isWorkday(d))).toBe(true);
    if (kind.dateBased) expect(rawDates(r.pattern, 2018, 3).length).toBeGreaterThan(0);
    else expect(() => rawDates(r.pattern, 2018, 3)).toThrow(/不按日期取日/);
  });
});

it('lists the kinds in the order of `roster rule add`', () => {
  expect(PATTERN_KINDS.map((k) => optionName(k.options[0]))).toEqual(['--days', '--weekly', '--nth', '--workdays', '--per-leader']);
});

describe('flags → pattern → words', () => {
  it.each<[RuleFlags, object, boolean, string]>([
    [{ days: '16,1' }, { type: 'monthDays', days: [1, 16] }, true, '每月1日、16日为领导接待日，遇节假日顺延。'],
    [{ days: '1', kind: '下访', shift: '提前' }, { type: 'monthDays', days: [1] }, true, '每月1日为领导下访日，遇节假日提前。'],
    [{ weekly: '周三' }, { type: 'weekly', weekday: 3 }, true, '每周三为领导接待日，遇节假日顺延。'],
    [{ weekly: '5', shift: 'skip' }, { type: 'weekly', weekday: 5 }, true, '每周五为领导接待日，遇节假日不另行安排。'],
    [{ nth: '2', weekday: '星期四' }, { type: 'nthWeekday', nth: 2, weekday: 4 }, true, '每月第二个星期四为领导接待日，遇节假日顺延。'],
    [{ nth: '-1', weekday: '5', kind: '下访' }, { type: 'nthWeekday', nth: -1, weekday: 5 }, true, '每月最后一个星期五为领导下访日，遇节假日顺延。'],
    [{ workdays: true }, { type: 'workdays' }, false, '每个工作日安排一名领导在岗接待群众来访。'],
    [{ workdays: true, kind: '下访' }, { type: 'workdays' }, false, '每个工作日安排一名领导到基层下访。'],
    [{ perLeader: '3' }, { type: 'perLeader', count: 3 }, false, '领导班子成员每人每月接访3天。'],
    [{ perLeader: '1', kind: '下访' }, { type: 'perLeader', count: 1 }, false, '领导班子成员每人每月到基层下访1次。'],
  ])('%j', (flags, pattern, dateBased, words) => {
    const parsed = parseRuleFlags(flags, defaults);
    expect(parsed.pattern).toEqual(pattern);
    expect(isDateBased(parsed.pattern)).toBe(dateBased);
    expect(ruleInWords(parsed, wording)).toBe(words);
  });
});

it('only the every-working-day kind is the daily duty of the published roster', () => {
  expect(PATTERN_KINDS.filter((k) => k.dailyDuty).map((k) => k.type)).toEqual(['workdays']);
});

it('a kind that gives days to leaders has no dates of its own for a rotation', () => {
  expect(() => ruleDatesInMonth(rule({ type: 'perLeader', count: 2 }), 2018, 3, cal)).toThrow(/按领导分配日期/);
});
