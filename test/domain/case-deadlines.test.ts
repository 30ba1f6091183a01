import {
  acceptDeadline,
  addDeadlineDays,
  currentDeadline,
  daysLeftText,
  dueCases,
  handleDeadline,
  type OpenCaseSummary,
} from '../../src/domain/case-deadlines.js';
import { caseConfig, fakeCalendar } from './fixtures/case-fixtures.js';
import { InputError } from '../../src/errors.js';

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
    [open({ status: '登记' }), { stage: '受理', deadline: '2026-03-17' }],
    [open({ status: '已受理', acceptedDate: '2026-03-05' }), { stage: '办理', deadline: '2026-05-04' }],
    [open({ status: '办理中', acceptedDate: '2026-03-05', dueDate: '2026-04-30' }), { stage: '办理', deadline: '2026-04-30' }],
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
    const { HolidayCalendar } = await import('../../src/domain/calendar.js');
    const real = new HolidayCalendar([]);
    expect(acceptDeadline(workingDays, real, '2026-09-28')).toBe('2026-10-23');
    expect(handleDeadline(workingDays, real, '2026-09-29')).toBe('2026-12-28');
    expect(handleDeadline(calendarDays, real, '2026-09-29')).toBe('2026-11-28');
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
