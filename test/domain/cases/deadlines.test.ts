import {
  acceptDeadline,
  addDeadlineDays,
  caseDeadlines,
  currentDeadline,
  deadlineAfter,
  daysLeftText,
  dueCases,
  handleDeadline,
  type OpenCaseSummary,
} from '../../../src/domain/cases/deadlines.js';
import { caseConfig, fakeCalendar } from '../fixtures/case-fixtures.js';
import { InputError } from '../../../src/errors.js';

const calendarDays = caseConfig().settings;
const workingDays = caseConfig({ deadlineDays: 'working' }).settings;

describe('legal limits, calendar days and working days', () => {
  test.each([
    // mode, from, days, want
    ['calendar', '2026-03-02', 15, '2026-03-17'],
    ['calendar', '2026-12-20', 15, '2027-01-04'],
    ['calendar', '2026-09-29', 60, '2026-11-28'],
    ['working', '2026-03-02', 15, '2026-03-23'], // three weekends
    // received the Monday before 国庆: 09-29, 09-30, (10-01…10-07 off), 10-08, 10-09, 10-10 (Saturday 调休 workday), 10-12 …
    ['working', '2026-09-28', 15, '2026-10-23'],
    ['working', '2026-09-30', 1, '2026-10-08'], // the day before the holiday: the next working day is after it
    ['working', '2026-09-24', 1, '2026-09-28'], // 中秋 Friday 09-25 and the weekend skipped
    ['working', '2026-09-18', 1, '2026-09-20'], // Sunday 09-20 is a 调休 working day
    // accepted just before 国庆: 60 working days
    ['working', '2026-09-29', 60, '2026-12-28'],
  ] as const)('%s: %s + %i → %s', (mode, from, n, want) => {
    const s = mode === 'working' ? workingDays : calendarDays;
    expect(addDeadlineDays(s, fakeCalendar, from, n)).toBe(want);
  });

  test('accept within 15 days of receipt, handle within 60 of acceptance', () => {
    expect(acceptDeadline(calendarDays, null, '2026-09-28')).toBe('2026-10-13');
    expect(acceptDeadline(workingDays, fakeCalendar, '2026-09-28')).toBe('2026-10-23');
    expect(handleDeadline(calendarDays, null, '2026-09-29')).toBe('2026-11-28');
    expect(handleDeadline(workingDays, fakeCalendar, '2026-09-29')).toBe('2026-12-28');
  });

  test('working days without a calendar is a programming error, not a silent fallback', () => {
    expect(() => addDeadlineDays(workingDays, null, '2026-03-02', 1)).toThrow('节假日日历');
  });
});

function open(over: Partial<OpenCaseSummary>): OpenCaseSummary {
  return { no: 'x', status: '登记', receivedDate: '2026-03-02', acceptedDate: null, dueDate: null, unit: '', leader: '', summary: '摘要', ...over };
}

describe('the clock a case runs against', () => {
  test.each([
    [open({ status: '登记' }), { stage: '受理', deadline: '2026-03-17', provisional: false }],
    [open({ status: '已受理', acceptedDate: '2026-03-05' }), { stage: '办理', deadline: '2026-05-04', provisional: false }],
    [open({ status: '办理中', acceptedDate: '2026-03-05', dueDate: '2026-04-30' }), { stage: '办理', deadline: '2026-04-30', provisional: false }],
    [open({ status: '已办结' }), null],
    [open({ status: '不予受理' }), null],
  ])('%#', (c, want) => expect(currentDeadline(c, calendarDays, null)).toEqual(want));
});

describe('case due: overdue and due soon', () => {
  const cases = [
    open({ no: '2026-0001', status: '办理中', acceptedDate: '2026-03-05', dueDate: '2026-05-04', unit: '基础教育科', leader: '张明' }),
    open({ no: '2026-0002', status: '办理中', acceptedDate: '2026-03-05', dueDate: '2026-05-12', unit: '计财科', leader: '李强' }),
    open({ no: '2026-0003', status: '办理中', acceptedDate: '2026-03-05', dueDate: '2026-05-30', unit: '计财科', leader: '李强' }),
    open({ no: '2026-0004', status: '登记', receivedDate: '2026-04-25' }), // accept by 05-10
    open({ no: '2026-0005', status: '已办结', dueDate: '2026-04-01' }),
    open({ no: '2026-0006', status: '办理中', acceptedDate: '2026-03-05', dueDate: '2026-05-07', unit: '基础教育科', leader: '张明' }),
  ];
  const rows = dueCases(cases, '2026-05-07', 7, calendarDays, null);

  test('rows, most overdue first, with unit, leader and days left/over', () => {
    expect(rows.map((r) => [r.no, r.stage, r.deadline, r.daysLeft, r.state, r.unit, r.leader])).toEqual([
      ['2026-0001', '办理', '2026-05-04', -3, '超期', '基础教育科', '张明'],
      ['2026-0006', '办理', '2026-05-07', 0, '临期', '基础教育科', '张明'],
      ['2026-0004', '受理', '2026-05-10', 3, '临期', '', ''],
      ['2026-0002', '办理', '2026-05-12', 5, '临期', '计财科', '李强'],
    ]);
  });

  test('--within 0 keeps only what is overdue or due today', () => {
    expect(dueCases(cases, '2026-05-07', 0, calendarDays, null).map((r) => r.no)).toEqual(['2026-0001', '2026-0006']);
  });

  test('working-day mode counts the acceptance limit across 国庆', () => {
    const c = [open({ no: 'w', status: '登记', receivedDate: '2026-09-28' })];
    expect(dueCases(c, '2026-10-16', 7, calendarDays, null)[0]).toMatchObject({ deadline: '2026-10-13', daysLeft: -3, state: '超期' });
    expect(dueCases(c, '2026-10-16', 7, workingDays, fakeCalendar)[0]).toMatchObject({ deadline: '2026-10-23', daysLeft: 7, state: '临期' });
  });

  test.each([
    [0, '今日到期'],
    [3, '剩3天'],
    [-5, '超期5天'],
  ])('%i → %s', (n, want) => expect(daysLeftText(n)).toBe(want));
});

describe('with the real holiday calendar (chinese-days + operator entries)', () => {
  test('a case accepted just before 国庆 2026', async () => {
    const { HolidayCalendar } = await import('../../../src/domain/calendar/holiday-calendar.js');
    const real = new HolidayCalendar([]);
    expect(acceptDeadline(workingDays, real, '2026-09-28')).toBe('2026-10-23');
    expect(handleDeadline(workingDays, real, '2026-09-29')).toBe('2026-12-28');
    // 60 calendar days end on Saturday 11-28: the period runs to the next working day
    expect(handleDeadline(calendarDays, real, '2026-09-29')).toBe('2026-11-30');
  });
});

describe('the last day of a calendar-day period on a rest day', () => {
  test.each([
    ['2026-09-16', 15, true, '2026-10-08'], // 10-01 国庆 … 10-07: the first working day after it
    ['2026-09-16', 15, false, '2026-10-01'], // the office turned the rule off
    ['2026-09-10', 15, true, '2026-09-28'], // 09-25 中秋 (Friday), then the weekend
    ['2026-03-02', 15, true, '2026-03-17'], // a Tuesday stays
    ['2026-12-20', 15, true, '2027-01-04'], // a Monday in a year not entered yet: Monday–Friday, so it stays
  ] as const)('%s + %i (rollover %s) → %s', async (from, n, rollover, want) => {
    const { HolidayCalendar } = await import('../../../src/domain/calendar/holiday-calendar.js');
    const real = new HolidayCalendar([], undefined, { provisional: true });
    expect(addDeadlineDays({ ...calendarDays, lastDayRollover: rollover }, real, from, n)).toBe(want);
  });

  test('a rest day in a year not entered yet is counted Monday–Friday and provisional', async () => {
    const { HolidayCalendar } = await import('../../../src/domain/calendar/holiday-calendar.js');
    const real = new HolidayCalendar([], undefined, { provisional: true });
    // 2026-12-18 + 15 = 2027-01-02, a Saturday: Monday 01-04, but 2027's holidays are not known
    expect(deadlineAfter(calendarDays, real, '2026-12-18', 15)).toEqual({ date: '2027-01-04', provisional: true });
  });
});

describe('working days into a year not entered yet: provisional, then exact once the year is entered', () => {
  const load = async () => (await import('../../../src/domain/calendar/holiday-calendar.js')).HolidayCalendar;
  const notice2027 = [
    ...['01-01', '01-02', '01-03'].map((d) => ({ date: `2027-${d}`, off: true, name: '元旦' })),
    ...['02-05', '02-06', '02-07', '02-08', '02-09', '02-10', '02-11', '02-12'].map((d) => ({ date: `2027-${d}`, off: true, name: '春节' })),
    { date: '2027-04-05', off: true, name: '清明节' },
    { date: '2027-05-03', off: true, name: '劳动节' },
    { date: '2027-06-09', off: true, name: '端午节' },
    { date: '2027-09-15', off: true, name: '中秋节' },
    { date: '2027-10-01', off: true, name: '国庆节' },
  ];
  // accepted 2026-11-20, 60 working days: 29 left in 2026 (11-23 … 12-31), 31 more into 2027
  const accepted = open({ status: '办理中', receivedDate: '2026-11-20', acceptedDate: '2026-11-20', dueDate: '2027-02-12', dueProvisional: true });

  test('Monday–Friday before, marked provisional', async () => {
    const cal = new (await load())([], undefined, { provisional: true });
    expect(deadlineAfter(workingDays, cal, '2026-11-20', 60)).toEqual({ date: '2027-02-12', provisional: true });
    expect(currentDeadline(accepted, workingDays, cal)).toEqual({ stage: '办理', deadline: '2027-02-12', provisional: true });
    expect(caseDeadlines(accepted, workingDays, cal)).toEqual({ accept: '2026-12-11', handle: '2027-02-12', provisional: true });
  });

  test('exact once 2027 is entered: 元旦 and 春节 push it on, the stored date is not used', async () => {
    const cal = new (await load())(notice2027, undefined, { provisional: true });
    expect(cal.isCovered(2027)).toBe(true);
    // 2027: 01-04 … 01-29 is 20 working days, 02-01 … 02-04 four more, 02-15 … 02-23 seven more = 31
    expect(currentDeadline(accepted, workingDays, cal)).toEqual({ stage: '办理', deadline: '2027-02-23', provisional: false });
    expect(caseDeadlines(accepted, workingDays, cal)).toEqual({ accept: '2026-12-11', handle: '2027-02-23', provisional: false });
  });

  test('or once the operator confirms 2027 as entered', async () => {
    const cal = new (await load())([notice2027[0]], undefined, { provisional: true, confirmed: [2027] });
    expect(currentDeadline(accepted, workingDays, cal)).toEqual({ stage: '办理', deadline: '2027-02-15', provisional: false });
  });

  test('a due date the clerk chose is kept as it is', async () => {
    const cal = new (await load())([], undefined, { provisional: true });
    const chosen = open({ status: '办理中', acceptedDate: '2026-11-20', dueDate: '2027-01-15' });
    expect(currentDeadline(chosen, workingDays, cal)).toEqual({ stage: '办理', deadline: '2027-01-15', provisional: false });
  });
});

describe('case due when a deadline runs into a year with no holiday arrangement', () => {
  // a calendar that, like the real one, refuses to count working days into an uncovered year (here: 2027)
  const refusing = {
    addWorkdays(d: string, n: number) {
      const end = fakeCalendar.addWorkdays(d, n);
      if (end >= '2027-01-01') throw new InputError('2027年的节假日安排尚未录入');
      return end;
    },
  };
  const cases = [
    open({ no: '2026-0101', status: '登记', receivedDate: '2026-12-20' }), // 15 working days → January 2027
    open({ no: '2026-0102', status: '办理中', acceptedDate: '2026-10-01', dueDate: '2026-12-20', unit: '基础教育科', leader: '张明' }),
  ];

  test('the other cases are still listed, and the uncountable one is named with the reason', () => {
    const uncounted: { no: string; reason: string }[] = [];
    const rows = dueCases(cases, '2026-12-22', 7, workingDays, refusing, uncounted);
    expect(rows.map((r) => [r.no, r.state])).toEqual([['2026-0102', '超期']]);
    expect(uncounted).toEqual([{ no: '2026-0101', reason: '2027年的节假日安排尚未录入' }]);
  });

  test('other errors are not swallowed', () => {
    const broken = { addWorkdays: () => { throw new Error('bug'); } };
    expect(() => dueCases(cases, '2026-12-22', 7, workingDays, broken)).toThrow('bug');
  });
});
