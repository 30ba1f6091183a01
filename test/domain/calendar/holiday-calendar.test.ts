import { HolidayCalendar, packageYears } from '../../../src/domain/calendar/holiday-calendar.js';
import type { CalendarEntry } from '../../../src/domain/model.js';
import { InputError } from '../../../src/errors.js';

const cal = new HolidayCalendar([]);
const off = (date: string, name = '假日'): CalendarEntry => ({ date, off: true, name });
const work = (date: string, name = '调休上班'): CalendarEntry => ({ date, off: false, name });

describe('package coverage', () => {
  it('covers exactly the years chinese-days has data for (2004–2026 in 1.5.7)', () => {
    const years = packageYears();
    expect(years[0]).toBe(2004);
    expect(years[years.length - 1]).toBe(2026);
    expect(years).toHaveLength(23);
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.coverage(2018)).toBe('package');
    expect(cal.isCovered(2027)).toBe(false);
    expect(cal.isCovered(2003)).toBe(false);
  });
});

describe('working days from the State Council notices', () => {
  // [date, working day?, why] — from 国办发明电〔2016〕14号, 〔2017〕12号, 〔2018〕15号
  it.each([
    ['2017-01-02', false, '元旦 falls on Sunday, Monday 补休'],
    ['2017-01-22', true, 'Sunday worked before 春节'],
    ['2017-02-02', false, '春节 1-27 … 2-2'],
    ['2017-02-03', true, 'first day back'],
    ['2017-02-04', true, 'Saturday worked after 春节'],
    ['2017-04-01', true, 'Saturday worked for 清明'],
    ['2017-04-04', false, '清明'],
    ['2017-05-27', true, 'Saturday worked for 端午'],
    ['2017-09-30', true, 'Saturday worked for 国庆'],
    ['2017-10-04', false, '中秋 inside 国庆'],
    ['2017-10-08', false, 'last day of 国庆+中秋'],
    ['2018-01-01', false, '元旦'],
    ['2018-02-11', true, 'Sunday worked before 春节'],
    ['2018-02-21', false, '春节 2-15 … 2-21'],
    ['2018-02-24', true, 'Saturday worked after 春节'],
    ['2018-04-08', true, 'Sunday worked after 清明'],
    ['2018-04-30', false, '劳动节 4-29 … 5-1'],
    ['2018-06-18', false, '端午'],
    ['2018-09-24', false, '中秋'],
    ['2018-09-29', true, 'Saturday worked for 国庆'],
    ['2018-09-30', true, 'Sunday worked for 国庆'],
    ['2018-10-05', false, '国庆'],
    ['2018-10-08', true, 'first day back'],
    ['2018-12-29', true, 'Saturday worked by the 2019 notice'],
    ['2018-12-31', false, '2019 元旦 12-30 … 1-1'],
    ['2018-03-17', false, 'plain Saturday'],
    ['2018-03-16', true, 'plain Friday'],
  ])('%s working=%s (%s)', (date, expected) => {
    expect(cal.isWorkday(date)).toBe(expected);
  });

  it('counts the working days of whole years and months', () => {
    expect(cal.workdaysInRange('2017-01-01', '2017-12-31')).toHaveLength(249);
    expect(cal.workdaysInRange('2018-01-01', '2018-12-31')).toHaveLength(250);
    expect(cal.workdaysInRange('2018-02-01', '2018-02-28')).toHaveLength(17);
  });
});

describe('stepping over rest days', () => {
  it.each([
    ['2018-02-14', 1, '2018-02-22'],
    ['2018-09-28', 1, '2018-09-29'],
    ['2017-09-29', 1, '2017-09-30'],
    ['2017-09-30', 1, '2017-10-09'],
    ['2018-10-08', -1, '2018-09-30'],
    ['2018-12-28', 1, '2018-12-29'],
    ['2018-12-29', 1, '2019-01-02'],
    ['2018-03-16', 0, '2018-03-16'],
    ['2018-03-17', 0, '2018-03-17'],
    ['2018-03-16', 5, '2018-03-23'],
    // 2-11 (Sun) and 2-24 (Sat) are worked, 2-15 … 2-21 are not: 11,12,13,14,22,23,24,26,27,28
    ['2018-02-09', 10, '2018-02-28'],
    ['2018-03-01', -10, '2018-02-11'],
  ])('addWorkdays(%s, %i) = %s', (date, n, expected) => {
    expect(cal.addWorkdays(date, n)).toBe(expected);
  });

  it('finds neighbouring working days', () => {
    expect(cal.nextWorkday('2018-02-14')).toBe('2018-02-22');
    expect(cal.previousWorkday('2018-02-22')).toBe('2018-02-14');
    expect(cal.workdayOnOrAfter('2018-02-16')).toBe('2018-02-22');
    expect(cal.workdayOnOrAfter('2018-02-22')).toBe('2018-02-22');
    expect(cal.workdayOnOrBefore('2018-10-01')).toBe('2018-09-30');
  });

  it('refuses a step into a year that is not covered', () => {
    expect(() => cal.addWorkdays('2026-12-28', 10)).toThrow(InputError);
    expect(() => cal.addWorkdays('2026-12-28', 10)).toThrow(/2027年的节假日安排尚未录入/);
  });
});

describe('uncovered years', () => {
  it('refuses with a message that tells how to add the year', () => {
    let message = '';
    try {
      cal.isWorkday('2027-03-01');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      message = (e as Error).message;
    }
    expect(message).toContain('国务院办公厅关于2027年部分节假日安排的通知');
    expect(message).toContain('xinfang calendar import 通知.txt');
    expect(message).toContain('xinfang calendar status --year 2027');
    expect(() => cal.assertCovered(2027)).toThrow(InputError);
  });

  const all2027 = [
    off('2027-01-01', '元旦'), off('2027-02-06', '春节'), off('2027-04-05', '清明节'), off('2027-05-01', '劳动节'),
    off('2027-06-09', '端午节'), off('2027-09-15', '中秋节'), off('2027-10-01', '国庆节'),
  ];
  it.each<[string, CalendarEntry[], number[], boolean, string[]]>([
    ['one day off on 元旦 is not the year', [off('2027-01-01', '元旦')], [], false, ['春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']],
    ['a day off for every statutory holiday is', all2027, [], true, []],
    ['中秋 merged into 国庆 in the name', [...all2027.filter((e) => e.name !== '中秋节' && e.name !== '国庆节'), off('2027-10-01', '国庆节、中秋节')], [], true, []],
    // (the one on 中秋's own date keeps 中秋, whatever it is called)
    ['days off without a holiday name are not', all2027.map((e) => off(e.date, '放假')), [], false, ['元旦', '春节', '清明节', '劳动节', '端午节', '国庆节']],
    ['the next year’s 元旦 in December does not count', [...all2027.slice(1), off('2027-12-31', '元旦')], [], false, ['元旦']],
    ['working-day entries alone', [work('2027-02-20'), work('2027-10-09')], [], false, ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']],
    ['entries of another year', [off('2028-01-01', '元旦')], [], false, ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']],
    ['confirmed by the operator', [off('2027-01-01', '元旦')], [2027], true, ['春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']],
  ])('%s', (_why, entries, confirmed, covered, missing) => {
    const c = new HolidayCalendar(entries, undefined, { confirmed });
    expect(c.isCovered(2027)).toBe(covered);
    expect(c.coverage(2027)).toBe(covered ? 'operator' : null);
    expect(c.yearStatus(2027)).toMatchObject({ covered, missing, confirmed: confirmed.length > 0 });
  });

  it('counts Monday–Friday in a provisional calendar instead of refusing', () => {
    const c = new HolidayCalendar([off('2027-01-01', '元旦')], undefined, { provisional: true });
    expect(c.isWorkday('2027-01-01')).toBe(true); // not entered: a plain Friday
    expect(c.isWorkday('2027-01-02')).toBe(false);
    expect(c.addWorkdays('2026-12-31', 2)).toBe('2027-01-04');
  });
});

describe('every package year is covered, with the holidays of its time', () => {
  it.each(packageYears())('%i', (year) => {
    expect([year, cal.yearStatus(year).missing]).toEqual([year, []]);
  });

  it.each([
    [2006, ['元旦', '春节', '劳动节', '国庆节']],
    [2007, ['元旦', '春节', '劳动节', '国庆节']],
    [2008, ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']],
  ])('%i has these statutory holidays', async (year, holidays) => {
    const { statutoryHolidays } = await import('../../../src/domain/calendar/holiday-names.js');
    expect(statutoryHolidays(year)).toEqual(holidays);
  });

  it('2020: 中秋 (10-01) is kept by the 国庆 day off it falls on', async () => {
    const { missingHolidays, midAutumnDate } = await import('../../../src/domain/calendar/holiday-names.js');
    expect(midAutumnDate(2020)).toBe('2020-10-01');
    expect(missingHolidays(2020, [{ date: '2020-10-01', name: '国庆节' }])).not.toContain('中秋节');
    expect(missingHolidays(2020, [{ date: '2020-10-02', name: '国庆节' }])).toContain('中秋节');
  });
});

describe('operator entries win over the package', () => {
  const c = new HolidayCalendar([off('2018-12-29', '单位安排'), work('2018-10-06', '补班'), off('2018-03-16', '停电'), off('2027-01-01', '元旦')], undefined, {
    confirmed: [2027],
  });
  it.each([
    ['2018-12-29', false],
    ['2018-10-06', true],
    ['2018-03-16', false],
    ['2027-01-01', false],
    ['2027-01-04', true],
    ['2027-01-02', false],
  ])('%s working=%s', (date, expected) => {
    expect(c.isWorkday(date)).toBe(expected);
  });
  it('marks a package year with operator entries', () => {
    expect(c.coverage(2018)).toBe('package+operator');
    expect(c.dayInfo('2018-12-29')).toEqual({ date: '2018-12-29', work: false, name: '单位安排', source: 'operator' });
  });
});

describe('year status', () => {
  it('lists every holiday and worked weekend of a package year', () => {
    const s = cal.yearStatus(2018);
    expect(s).toMatchObject({ year: 2018, covered: true, confirmed: false, source: 'package', missing: [], workdayCount: 250 });
    expect(s.days.find((d) => d.date === '2018-12-29')).toEqual({ date: '2018-12-29', work: true, name: '调休上班', source: 'package' });
    expect(s.days.find((d) => d.date === '2018-02-15')).toEqual({ date: '2018-02-15', work: false, name: '春节', source: 'package' });
    expect(s.days.filter((d) => d.work).map((d) => d.date)).toEqual([
      '2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30', '2018-12-29',
    ]);
  });

  it('says an uncovered year is empty and names the holidays an operator year lacks', () => {
    expect(cal.yearStatus(2027)).toMatchObject({ covered: false, source: null, days: [], workdayCount: null });
    const c = new HolidayCalendar([off('2027-01-01', '元旦'), off('2027-02-11', '春节'), work('2027-02-20')]);
    const s = c.yearStatus(2027);
    expect(s.covered).toBe(false);
    expect(s.missing).toEqual(['清明节', '劳动节', '端午节', '中秋节', '国庆节']);
    expect(s.operatorEntries.map((e) => e.date)).toEqual(['2027-01-01', '2027-02-11', '2027-02-20']);
  });
});
