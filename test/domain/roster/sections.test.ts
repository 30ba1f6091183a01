// The published roster keeps the every-working-day duty and the 下访 days apart from the reception days, each a
// table of its own under its title; a roster of reception days only stays one table.
import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import { generateRoster } from '../../../src/domain/roster/generate.js';
import { rosterDocModel } from '../../../src/domain/roster/view.js';
import { config, docWording, rule, wording } from './fixture.js';

const cal = new HolidayCalendar([]);
const FIRST_16TH = rule({ type: 'monthDays', days: [1, 16] });

function doc(rules: Parameters<typeof config>[0], isMakeupDay?: (d: string) => boolean, calendar = cal) {
  const c = config(rules);
  c.roster.slots = generateRoster(c, { year: 2018, month: 3 }, calendar, wording).slots;
  return rosterDocModel(c, { year: 2018, month: 3 }, '2018-02-20', wording, docWording, isMakeupDay);
}

test('reception days only: one table, no sections', () => {
  const m = doc([FIRST_16TH]);
  expect(m.rows.map((r) => r[0])).toEqual(['3月1日', '3月16日']);
  expect(m.sections).toEqual([]);
});

test('the duty of every working day and the 下访 days are sections of their own, under their titles', () => {
  const m = doc([FIRST_16TH, rule({ type: 'workdays' }, { id: 2 }), rule({ type: 'nthWeekday', nth: 1, weekday: 1 }, { id: 3, kind: '下访' })]);
  expect(m.rows.map((r) => r[0])).toEqual(['3月1日', '3月16日']);
  expect(m.rowsTitle).toBe('领导接待日安排');
  expect(m.sections.map((s) => [s.title, s.rows.length])).toEqual([
    ['每日在岗领导安排', 22], // the 22 working days of March 2018
    ['领导下访安排', 1],
  ]);
  expect(m.sections[1].rows[0].slice(0, 2)).toEqual(['3月5日', '星期一']);
  expect(m.sections[1].rows[0].at(-1)).toBe(''); // its own table says it is a 下访: no mark in the 备注
  // the sections share the columns of the main table, the leader's 联系电话 included
  const phone = m.columns.indexOf('联系电话');
  expect(phone).toBe(5);
  for (const rows of [m.rows, ...m.sections.map((s) => s.rows)]) {
    expect(rows.every((r) => r.length === m.columns.length && r[phone] === '0518-1234567')).toBe(true);
  }
});

test('a 下访 on a make-up working day says so in its own table too', () => {
  // 2018-03-04 is a Sunday; the 下访 rule on the first Sunday, the day taken as a make-up working day
  const workingSunday = new HolidayCalendar([{ date: '2018-03-04', off: false, name: '调休' }]);
  const m = doc([FIRST_16TH, rule({ type: 'nthWeekday', nth: 1, weekday: 7 }, { id: 3, kind: '下访' })], (d) => d === '2018-03-04', workingSunday);
  expect(m.sections.map((s) => s.rows.map((r) => [r[0], r.at(-1)]))).toEqual([[['3月4日', '3月4日（星期日）调休上班']]]);
});
