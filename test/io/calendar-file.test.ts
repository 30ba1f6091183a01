// Reading an official arrangement from a file. The .ics parser is checked against the chinese-days package's own
// calendars: for every year it ships, the days read from its .ics must be exactly the package's days.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HolidayCalendar, packageYears } from '../../src/domain/calendar/holiday-calendar.js';
import { parseCalendarFile, parseCalendarIcs, parseCalendarJson } from '../../src/io/calendar-file.js';
import { InputError } from '../../src/errors.js';

const require = createRequire(import.meta.url);
const yearsDir = require.resolve('chinese-days/dist/chinese-days.json').replace(/chinese-days\.json$/, 'years/');
const cal = new HolidayCalendar([]);

describe('parseCalendarIcs on the package calendars', () => {
  it.each(packageYears())('%i: every day matches the package data', (year) => {
    // 2015 has the one-off 9-3 victory day, not a statutory holiday: taken only with --allow-other
    const entries = parseCalendarIcs(readFileSync(`${yearsDir}${year}.ics`, 'utf8'), `${year}.ics`, { allowOther: year === 2015 });
    expect(entries.length).toBeGreaterThan(20);
    for (const e of entries) {
      const info = cal.dayInfo(e.date);
      expect([e.date, info.work]).toEqual([e.date, !e.off]);
      expect(info.source).toBe('package');
    }
    const status = cal.yearStatus(year);
    const inYear = new Set(entries.filter((e) => e.date.startsWith(String(year))).map((e) => e.date));
    expect(status.days.filter((d) => !inYear.has(d.date))).toEqual([]);
  });

  it('names days off by the holiday and worked days as 调休上班', () => {
    const entries = parseCalendarIcs(readFileSync(`${yearsDir}2018.ics`, 'utf8'), '2018.ics');
    expect(entries).toContainEqual({ date: '2018-02-15', off: true, name: '春节' });
    expect(entries).toContainEqual({ date: '2018-12-29', off: false, name: '元旦调休上班' });
  });
});

describe('other .ics shapes', () => {
  const wrap = (events: string[]) => ['BEGIN:VCALENDAR', ...events, 'END:VCALENDAR'].join('\n');
  it.each<[string, string[], { date: string; off: boolean; name: string }[]]>([
    ['a one-day event without DTEND', ['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦', 'END:VEVENT'], [{ date: '2027-01-01', off: true, name: '元旦' }]],
    ['"补班" is a working day', ['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270220', 'SUMMARY:补班', 'END:VEVENT'], [{ date: '2027-02-20', off: false, name: '调休上班' }]],
    ['a folded summary', ['BEGIN:VEVENT', 'DTSTART:20270501T000000', 'SUMMARY:劳动', ' 节', 'END:VEVENT'], [{ date: '2027-05-01', off: true, name: '劳动节' }]],
    // 16:00 UTC is midnight in Shanghai: the next day
    ['a UTC start', ['BEGIN:VEVENT', 'DTSTART:20270204T160000Z', 'DTEND:20270205T160000Z', 'SUMMARY:春节', 'END:VEVENT'], [{ date: '2027-02-05', off: true, name: '春节' }]],
    ['a UTC start in the morning', ['BEGIN:VEVENT', 'DTSTART:20270101T010000Z', 'SUMMARY:元旦', 'END:VEVENT'], [{ date: '2027-01-01', off: true, name: '元旦' }]],
    ['a timed local event over two days', ['BEGIN:VEVENT', 'DTSTART;TZID=Asia/Shanghai:20271001T090000', 'DTEND;TZID=Asia/Shanghai:20271002T170000', 'SUMMARY:国庆节', 'END:VEVENT'], [{ date: '2027-10-01', off: true, name: '国庆节' }, { date: '2027-10-02', off: true, name: '国庆节' }]],
    ['"调休" with 休 says off', ['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270208', 'SUMMARY:春节调休(休)', 'END:VEVENT'], [{ date: '2027-02-08', off: true, name: '春节' }]],
    ['"调休上班" is a working day', ['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270131', 'SUMMARY:春节调休上班', 'END:VEVENT'], [{ date: '2027-01-31', off: false, name: '春节调休上班' }]],
  ])('%s', (_why, lines, expected) => {
    expect(parseCalendarIcs(wrap(lines), 'x.ics')).toEqual(expected);
  });

  it('--allow-other takes an event that is not a statutory holiday, by its name', () => {
    const ics = wrap(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270308', 'SUMMARY:妇女节', 'END:VEVENT']);
    expect(parseCalendarIcs(ics, 'x.ics', { allowOther: true })).toEqual([{ date: '2027-03-08', off: true, name: '妇女节' }]);
  });

  it.each<[string, RegExp]>([
    ['hello', /不是 iCalendar/],
    [wrap([]), /没有节假日事件/],
    [wrap(['BEGIN:VEVENT', 'SUMMARY:x', 'END:VEVENT']), /没有可识别的 DTSTART/],
    [wrap(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270601', 'SUMMARY:春节', 'END:VEVENT']), /长得不像一个假期/],
    [wrap(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270308', 'SUMMARY:妇女节', 'END:VEVENT']), /“妇女节”不是法定节假日.*--allow-other/],
    [wrap(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270910', 'SUMMARY:教师节(休)', 'END:VEVENT']), /“教师节\(休\)”不是法定节假日/],
    [wrap(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270208', 'SUMMARY:春节调休', 'END:VEVENT']), /只写了“调休”/],
    [wrap(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270208', 'SUMMARY:放假', 'END:VEVENT']), /没有写是哪个节日/],
  ])('refuses a bad file (%#)', (text, message) => {
    expect(() => parseCalendarIcs(text, 'x.ics')).toThrow(InputError);
    expect(() => parseCalendarIcs(text, 'x.ics')).toThrow(message);
  });
});

describe('parseCalendarJson', () => {
  it('reads the list, defaulting names', () => {
    expect(parseCalendarJson('[{"date":"2027-01-01","off":true,"name":"元旦"},{"date":"2027-02-20","off":false}]', 'a.json')).toEqual([
      { date: '2027-01-01', off: true, name: '元旦' },
      { date: '2027-02-20', off: false, name: '调休上班' },
    ]);
  });
  it.each<[string, RegExp]>([
    ['{', /不是有效的 JSON/],
    ['{"date":"2027-01-01"}', /应是一个列表/],
    ['[1]', /第1项不是/],
    ['[{"date":"2027-1-1","off":true}]', /第1项的 date“2027-1-1”不是有效日期/],
    ['[{"date":"2027-01-01","off":"yes"}]', /off 应为 true（放假）或 false（上班）/],
  ])('refuses %s', (text, message) => {
    expect(() => parseCalendarJson(text, 'a.json')).toThrow(message);
  });
  it('chooses the reader by extension', () => {
    expect(() => parseCalendarFile('', 'a.csv')).toThrow(/不认识的文件类型/);
  });
  it('holds names from a file to the rule for typed names: no control characters, not overlong', () => {
    const file = (name: string) => JSON.stringify([{ date: '2027-01-01', off: true, name }]);
    expect(parseCalendarFile(file('<元旦>&"新年"'), 'a.json')[0].name).toBe('<元旦>&"新年"');
    expect(() => parseCalendarFile(file('\u001b[31m元旦'), 'a.json')).toThrow('a.json 中 2027-01-01 的名称含有控制字符');
    expect(() => parseCalendarFile(file('元'.repeat(41)), 'a.json')).toThrow('a.json 中 2027-01-01 的名称过长（最多 40 个字）');
  });
});
