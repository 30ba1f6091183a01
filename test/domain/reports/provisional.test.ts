// A report's overdue list shows a deadline counted into a year whose holidays are not entered as 暂定.
import { readFileSync } from 'node:fs';
import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import { buildMonthlyReport } from '../../../src/domain/reports/monthly.js';
import { monthlyTables } from '../../../src/domain/reports/tables.js';
import { makeCase, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-monthly.json', import.meta.url), 'utf8'));

test.each([
  ['2027 not entered', new HolidayCalendar([], undefined, { provisional: true }), '2027-01-11', true],
  ['2027 confirmed', new HolidayCalendar([], undefined, { provisional: true, confirmed: [2027] }), '2027-01-11', false],
])('%s', (_why, calendar, deadline, provisional) => {
  const config = testConfig();
  config.settings.deadlineDays = 'working';
  // received on Monday 2026-12-21, never accepted: 15 working days run to 2027-01-11
  const late = makeCase({ no: '2026-0201', receivedDate: '2026-12-21', status: '登记', acceptedDate: null, dueDate: null, unit: '', leader: '' });
  const report = buildMonthlyReport({ month: '2027-01', config, cases: [late], previousYearCases: null, calendar });
  expect(report.overdue.map((o) => [o.no, o.deadline, o.provisional === true])).toEqual([['2026-0201', deadline, provisional]]);
  const overdue = monthlyTables(report, template).find((t) => t.key === 'overdue')!;
  expect(overdue.rows[0][6]).toBe(provisional ? `${deadline}（暂定）` : deadline);
});
