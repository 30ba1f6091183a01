// The published roster keeps the every-working-day duty and the 下访 days apart from the reception days, each a
// table of its own under its title; a roster of reception days only stays one table.
import { HolidayCalendar } from '../../src/domain/calendar.js';
import { generateRoster } from '../../src/domain/roster.js';
import { rosterDocModel } from '../../src/domain/roster-view.js';
import { config, docWording, rule, wording } from './roster-fixture.js';

const cal = new HolidayCalendar([]);
const FIRST_16TH = rule({ type: 'monthDays', days: [1, 16] });

function doc(rules: Parameters<typeof config>[0]) {
  const c = config(rules);
  c.roster.slots = generateRoster(c, { year: 2018, month: 3 }, cal, wording).slots;
  return rosterDocModel(c, { year: 2018, month: 3 }, '2018-02-20', wording, docWording);
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
  expect(m.sections[1].rows[0][7]).toBe(''); // its own table says it is a 下访: no mark in the 备注
});
