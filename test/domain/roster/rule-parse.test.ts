import { parseRuleFlags, parseTime, sameRule, type RuleFlags } from '../../../src/domain/roster/rule-parse.js';
import { InputError, UsageError } from '../../../src/errors.js';

const defaults = { location: '会议室', time: '8:30-12:00 14:30-17:30' };

describe('parseRuleFlags: good flags', () => {
  it.each<[RuleFlags, object]>([
    [
      { days: '1,16', shift: 'next', location: '局机关三楼会议室', time: '8:30-12:00,14:30-17:30' },
      { kind: '接访', pattern: { type: 'monthDays', days: [1, 16] }, shift: 'next', location: '局机关三楼会议室', time: '8:30-12:00 14:30-17:30' },
    ],
    [{ days: '16、1' }, { pattern: { type: 'monthDays', days: [1, 16] }, location: '会议室', time: '8:30-12:00 14:30-17:30' }],
    [{ weekly: '2' }, { kind: '接访', pattern: { type: 'weekly', weekday: 2 }, shift: 'next' }],
    [{ weekly: '5', shift: 'skip' }, { pattern: { type: 'weekly', weekday: 5 }, shift: 'skip' }],
    [{ nth: '1', weekday: '1' }, { pattern: { type: 'nthWeekday', nth: 1, weekday: 1 } }],
    [{ nth: '-1', weekday: '5', shift: 'previous' }, { pattern: { type: 'nthWeekday', nth: -1, weekday: 5 }, shift: 'previous' }],
    [{ workdays: true }, { pattern: { type: 'workdays' } }],
    [{ kind: '下访', perLeader: '2' }, { kind: '下访', pattern: { type: 'perLeader', count: 2 } }],
    [{ weekly: '2', time: '9:00-11:30' }, { time: '9:00-11:30' }],
    // the Chinese words a clerk types, wherever the English ones are accepted
    [{ weekly: '星期二' }, { pattern: { type: 'weekly', weekday: 2 } }],
    [{ weekly: '周日' }, { pattern: { type: 'weekly', weekday: 7 } }],
    [{ nth: '1', weekday: '周一', shift: '顺延' }, { pattern: { type: 'nthWeekday', nth: 1, weekday: 1 }, shift: 'next' }],
    [{ days: '1', shift: '提前' }, { shift: 'previous' }],
    [{ days: '1', shift: '不安排' }, { shift: 'skip' }],
  ])('%j', (flags, expected) => {
    expect(parseRuleFlags(flags, defaults)).toMatchObject(expected);
  });
});

describe('parseRuleFlags: bad flags', () => {
  it.each<[RuleFlags, typeof InputError | typeof UsageError, RegExp]>([
    [{}, UsageError, /--days、--weekly、--nth、--workdays、--per-leader 之一/],
    [{ days: '1,16', weekly: '2' }, UsageError, /只能选一个/],
    [{ workdays: true, perLeader: '2' }, UsageError, /只能选一个/],
    [{ weekday: '1' }, UsageError, /--weekday 要与 --nth 一起用/],
    [{ nth: '1' }, UsageError, /--nth 要与 --weekday 一起用/],
    [{ days: '' }, InputError, /--days 需要日期/],
    [{ days: '0,16' }, InputError, /--days 的值“0”无效/],
    [{ days: '1,32' }, InputError, /--days 的值“32”无效/],
    [{ days: '1,1' }, InputError, /重复/],
    [{ days: '一号' }, InputError, /--days 的值“一号”无效/],
    [{ weekly: '8' }, InputError, /--weekly 的值“8”无效：写 1 到 7/],
    [{ weekly: '周八' }, InputError, /--weekly 的值“周八”无效/],
    [{ weekly: '星期' }, InputError, /--weekly 的值“星期”无效/],
    [{ nth: '5', weekday: '1' }, InputError, /--nth 的值“5”无效/],
    [{ nth: '0', weekday: '1' }, InputError, /--nth 的值“0”无效/],
    [{ nth: '1', weekday: '0' }, InputError, /--weekday 的值“0”无效/],
    [{ perLeader: '0' }, InputError, /--per-leader 的值“0”无效/],
    [{ weekly: '2', kind: '约访' }, InputError, /--kind 的值“约访”无效：写 接访 或 下访/],
    [{ weekly: '2', shift: 'later' }, InputError, /--shift 的值“later”无效/],
    [{ workdays: true, shift: 'next' }, UsageError, /--shift 只用于/],
    [{ perLeader: '2', shift: 'skip' }, UsageError, /--shift 只用于/],
    [{ weekly: '2', location: '  ' }, InputError, /--location 不能为空/],
    [{ weekly: '2', time: '8:30' }, InputError, /--time 的时段“8:30”无效/],
    [{ weekly: '2', time: '12:00-8:30' }, InputError, /结束时间早于开始时间/],
    [{ weekly: '2', time: '14:30-17:30,8:30-12:00' }, InputError, /重叠或顺序颠倒/],
    [{ weekly: '2', time: '25:00-26:00' }, InputError, /无效/],
  ])('%j', (flags, type, message) => {
    expect(() => parseRuleFlags(flags, defaults)).toThrow(type);
    expect(() => parseRuleFlags(flags, defaults)).toThrow(message);
  });
});

describe('parseTime', () => {
  it.each([
    ['8:30-12:00,14:30-17:30', '8:30-12:00 14:30-17:30'],
    ['8:30-12:00 14:30-17:30', '8:30-12:00 14:30-17:30'],
    ['8：30—12：00，14：30—17：30', '8:30-12:00 14:30-17:30'],
    ['08:30 - 12:00', '8:30-12:00'],
    ['9:00至11:30', '9:00-11:30'],
  ])('%s → %s', (raw, expected) => {
    expect(parseTime(raw)).toBe(expected);
  });
});

it('sameRule: same kind and days, whatever the place', () => {
  const a = parseRuleFlags({ days: '1,16' }, defaults);
  expect(sameRule(a, parseRuleFlags({ days: '16,1', location: '大厅' }, defaults))).toBe(true);
  expect(sameRule(a, parseRuleFlags({ days: '1,16', kind: '下访' }, defaults))).toBe(false);
});
