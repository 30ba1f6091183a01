import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import type { RosterRule, ShiftPolicy } from '../../../src/domain/model.js';
import { candidateNote, rawDates, ruleDatesInMonth, ruleInWords, timeInWords } from '../../../src/domain/roster/rules.js';
import { InputError } from '../../../src/errors.js';
import { rule, wording } from './fixture.js';

const cal = new HolidayCalendar([]);

function yearDates(r: RosterRule, year: number): [string, string | null][] {
  const out: [string, string | null][] = [];
  for (let m = 1; m <= 12; m++) for (const c of ruleDatesInMonth(r, year, m, cal)) out.push([c.date, c.shiftedFrom]);
  return out;
}

// Every slot of "每月1日、16日，遇节假日顺延", worked out by hand from the State Council notices
// (国办发明电〔2016〕14号 for 2017, 〔2017〕12号 for 2018, 〔2018〕15号 for late December 2018).
const FIRST_AND_16TH: Record<number, [string, string | null][]> = {
  2017: [
    ['2017-01-03', '2017-01-01'], // 元旦 on Sunday, 1-2 补休
    ['2017-01-16', null],
    ['2017-02-03', '2017-02-01'], // 春节 1-27 … 2-2
    ['2017-02-16', null],
    ['2017-03-01', null],
    ['2017-03-16', null],
    ['2017-04-01', null], // a Saturday, but worked for 清明
    ['2017-04-17', '2017-04-16'], // Sunday
    ['2017-05-02', '2017-05-01'], // 劳动节
    ['2017-05-16', null],
    ['2017-06-01', null],
    ['2017-06-16', null],
    ['2017-07-03', '2017-07-01'], // Saturday
    ['2017-07-17', '2017-07-16'], // Sunday
    ['2017-08-01', null],
    ['2017-08-16', null],
    ['2017-09-01', null],
    ['2017-09-18', '2017-09-16'], // Saturday
    ['2017-10-09', '2017-10-01'], // 国庆+中秋 10-1 … 10-8
    ['2017-10-16', null],
    ['2017-11-01', null],
    ['2017-11-16', null],
    ['2017-12-01', null],
    ['2017-12-18', '2017-12-16'], // Saturday
  ],
  2018: [
    ['2018-01-02', '2018-01-01'], // 元旦
    ['2018-01-16', null],
    ['2018-02-01', null],
    ['2018-02-22', '2018-02-16'], // 春节 2-15 … 2-21
    ['2018-03-01', null],
    ['2018-03-16', null],
    ['2018-04-02', '2018-04-01'], // Sunday
    ['2018-04-16', null],
    ['2018-05-02', '2018-05-01'], // 劳动节 4-29 … 5-1
    ['2018-05-16', null],
    ['2018-06-01', null],
    ['2018-06-19', '2018-06-16'], // Saturday, Sunday, then 端午 on Monday 6-18
    ['2018-07-02', '2018-07-01'], // Sunday
    ['2018-07-16', null],
    ['2018-08-01', null],
    ['2018-08-16', null],
    ['2018-09-03', '2018-09-01'], // Saturday
    ['2018-09-17', '2018-09-16'], // Sunday
    ['2018-10-08', '2018-10-01'], // 国庆 10-1 … 10-7
    ['2018-10-16', null],
    ['2018-11-01', null],
    ['2018-11-16', null],
    ['2018-12-03', '2018-12-01'], // Saturday
    ['2018-12-17', '2018-12-16'], // Sunday
  ],
};

describe('每月1日、16日，遇节假日顺延', () => {
  const r = rule({ type: 'monthDays', days: [1, 16] });
  it.each([2017, 2018])('gives every slot a clerk would publish for %i', (year) => {
    expect(yearDates(r, year)).toEqual(FIRST_AND_16TH[year]);
  });
});

describe('the other shift policies on 1st and 16th, 2018', () => {
  it('previous: moves back to the last working day (worked weekends count); 1 January goes to the December before', () => {
    const r = rule({ type: 'monthDays', days: [1, 16] }, { shift: 'previous' });
    const dates = yearDates(r, 2018);
    // 2018-01-01 → 2017-12-29 belongs to the 2017 roster; 2019-01-01 → 2018-12-29 (a worked Saturday) to 2018's
    expect(dates).toHaveLength(24);
    expect(dates[0]).toEqual(['2018-01-16', null]);
    expect(dates[dates.length - 1]).toEqual(['2018-12-29', '2019-01-01']);
    expect(dates).toEqual(
      expect.arrayContaining([
        ['2018-02-14', '2018-02-16'],
        ['2018-03-30', '2018-04-01'],
        ['2018-04-28', '2018-05-01'], // Saturday worked for 劳动节
        ['2018-06-15', '2018-06-16'],
        ['2018-09-14', '2018-09-16'],
        ['2018-09-30', '2018-10-01'], // Sunday worked for 国庆
        ['2018-11-30', '2018-12-01'],
        ['2018-12-14', '2018-12-16'],
      ]),
    );
    expect(ruleDatesInMonth(r, 2017, 12, cal).map((c) => [c.date, c.shiftedFrom])).toEqual([
      ['2017-12-01', null],
      ['2017-12-15', '2017-12-16'],
      ['2017-12-29', '2018-01-01'],
    ]);
  });

  it('skip: keeps only the days that are working days', () => {
    const r = rule({ type: 'monthDays', days: [1, 16] }, { shift: 'skip' });
    const dates = yearDates(r, 2018);
    expect(dates.every(([, from]) => from === null)).toBe(true);
    expect(dates.map(([d]) => d)).toEqual(FIRST_AND_16TH[2018].filter(([, from]) => from === null).map(([d]) => d));
    expect(dates).toHaveLength(13);
  });
});

describe('每周二 (weekly)', () => {
  const r = rule({ type: 'weekly', weekday: 2 });
  it.each<[number, number, [string, string | null][]]>([
    [2018, 2, [['2018-02-06', null], ['2018-02-13', null], ['2018-02-22', '2018-02-20'], ['2018-02-27', null]]],
    [2018, 5, [['2018-05-02', '2018-05-01'], ['2018-05-08', null], ['2018-05-15', null], ['2018-05-22', null], ['2018-05-29', null]]],
    [2018, 10, [['2018-10-08', '2018-10-02'], ['2018-10-09', null], ['2018-10-16', null], ['2018-10-23', null], ['2018-10-30', null]]],
  ])('%i-%i', (year, month, expected) => {
    expect(ruleDatesInMonth(r, year, month, cal).map((c) => [c.date, c.shiftedFrom])).toEqual(expected);
  });

  it('merges a shifted Tuesday that lands on the next Tuesday (国庆 2019: 10-1 … 10-7)', () => {
    const got = ruleDatesInMonth(r, 2019, 10, cal);
    expect(got.map((c) => c.date)).toEqual(['2019-10-08', '2019-10-15', '2019-10-22', '2019-10-29']);
    expect(got[0]).toEqual({ date: '2019-10-08', shiftedFrom: null, mergedFrom: ['2019-10-01'] });
    expect(candidateNote(got[0], 'next', wording)).toBe('10月1日接待日顺延至本日合并');
  });

  it('52 Tuesdays in 2018, each once, every one a working day', () => {
    const dates = yearDates(r, 2018).map(([d]) => d);
    expect(dates).toHaveLength(52);
    expect(new Set(dates).size).toBe(52);
    expect(dates.every((d) => cal.isWorkday(d))).toBe(true);
  });
});

describe('每月第一个星期一，节假日顺推 (nth weekday)', () => {
  const r = rule({ type: 'nthWeekday', nth: 1, weekday: 1 });
  it.each<[number, [string, string | null][]]>([
    [2017, [
      ['2017-01-03', '2017-01-02'], ['2017-02-06', null], ['2017-03-06', null], ['2017-04-05', '2017-04-03'],
      ['2017-05-02', '2017-05-01'], ['2017-06-05', null], ['2017-07-03', null], ['2017-08-07', null],
      ['2017-09-04', null], ['2017-10-09', '2017-10-02'], ['2017-11-06', null], ['2017-12-04', null],
    ]],
    [2018, [
      ['2018-01-02', '2018-01-01'], ['2018-02-05', null], ['2018-03-05', null], ['2018-04-02', null],
      ['2018-05-07', null], ['2018-06-04', null], ['2018-07-02', null], ['2018-08-06', null],
      ['2018-09-03', null], ['2018-10-08', '2018-10-01'], ['2018-11-05', null], ['2018-12-03', null],
    ]],
  ])('%i', (year, expected) => {
    expect(yearDates(r, year)).toEqual(expected);
  });

  it('last Friday of the month', () => {
    const last = rule({ type: 'nthWeekday', nth: -1, weekday: 5 });
    expect(rawDates(last.pattern, 2018, 2)).toEqual(['2018-02-23']);
    expect(rawDates(last.pattern, 2018, 3)).toEqual(['2018-03-30']);
  });
});

describe('every working day', () => {
  it('is every working day of the month, worked weekends included', () => {
    const r = rule({ type: 'workdays' });
    const feb = ruleDatesInMonth(r, 2018, 2, cal).map((c) => c.date);
    expect(feb).toHaveLength(17);
    expect(feb).toContain('2018-02-11');
    expect(feb).toContain('2018-02-24');
    expect(feb).not.toContain('2018-02-15');
    expect(yearDates(r, 2018)).toHaveLength(250);
  });
});

describe('days a month lacks', () => {
  it('a 31st is simply absent in a 30-day month', () => {
    expect(rawDates({ type: 'monthDays', days: [15, 31] }, 2018, 4)).toEqual(['2018-04-15']);
  });
});

it('refuses a year the calendar does not cover', () => {
  expect(() => ruleDatesInMonth(rule({ type: 'monthDays', days: [1, 16] }), 2027, 3, cal)).toThrow(InputError);
});

describe('the rule in words', () => {
  it.each<[Partial<RosterRule>, string]>([
    [{ pattern: { type: 'monthDays', days: [1, 16] } }, '每月1日、16日为领导接待日，遇节假日顺延。'],
    [{ pattern: { type: 'monthDays', days: [16] }, shift: 'previous' }, '每月16日为领导接待日，遇节假日提前。'],
    [{ pattern: { type: 'weekly', weekday: 2 } }, '每周二为领导接待日，遇节假日顺延。'],
    [{ pattern: { type: 'weekly', weekday: 5 }, shift: 'skip' }, '每周五为领导接待日，遇节假日不另行安排。'],
    [{ pattern: { type: 'nthWeekday', nth: 1, weekday: 1 } }, '每月第一个星期一为领导接待日，遇节假日顺延。'],
    [{ pattern: { type: 'nthWeekday', nth: -1, weekday: 5 }, kind: '下访' }, '每月最后一个星期五为领导下访日，遇节假日顺延。'],
    [{ pattern: { type: 'workdays' } }, '每个工作日安排一名领导在岗接待群众来访。'],
    [{ pattern: { type: 'perLeader', count: 3 } }, '领导班子成员每人每月接访3天。'],
    [{ pattern: { type: 'perLeader', count: 2 }, kind: '下访' }, '领导班子成员每人每月到基层下访2次。'],
  ])('%j → %s', (r, words) => {
    expect(ruleInWords(rule(r.pattern!, r), wording)).toBe(words);
  });

  it('says the time', () => {
    expect(timeInWords('8:30-12:00 14:30-17:30', wording)).toBe('接待时间：8:30—12:00、14:30—17:30。');
    expect(timeInWords('', wording)).toBe('');
  });

  it.each<[ShiftPolicy, string]>([
    ['next', '1月1日顺延'],
    ['previous', '1月1日提前'],
  ])('a %s-shifted slot notes where it came from', (policy, note) => {
    expect(candidateNote({ date: '2018-01-02', shiftedFrom: '2018-01-01', mergedFrom: [] }, policy, wording)).toBe(note);
  });
});
