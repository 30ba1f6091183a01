// 交办 and 延期 when the handling limit runs into a year whose holidays are not entered: never refused because of
// the calendar, the default due date marked provisional, and counted again once the year is entered.
import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import { currentDeadline } from '../../../src/domain/cases/deadlines.js';
import { undoLastStep } from '../../../src/domain/cases/undo.js';
import { applyStep } from '../../../src/domain/cases/workflow.js';
import type { CalendarEntry } from '../../../src/domain/model.js';
import { caseConfig, makeCase } from '../fixtures/case-fixtures.js';

const config = caseConfig({ deadlineDays: 'working' });
const open2027 = new HolidayCalendar([], undefined, { provisional: true });
const ctx = { config, today: '2026-11-30', calendar: open2027 };
const accepted = applyStep(makeCase({ receivedDate: '2026-11-20' }), { action: '受理', date: '2026-11-20' }, ctx);
const assign = { action: '交办' as const, date: '2026-11-20', unit: '计财科', leader: '李强' };

test('the default due date is the Monday–Friday count, marked provisional, and says so in the history', () => {
  const c = applyStep(accepted, assign, ctx);
  expect(c.dueDate).toBe('2027-02-12');
  expect(c.dueProvisional).toBe(true);
  expect(c.history.at(-1)?.note).toContain('办理期限2027-02-12（暂定）');
});

test.each(['2027-02-12', '2027-02-26', '2027-01-15'])('an explicit --due %s is taken as given, not provisional', (due) => {
  const c = applyStep(accepted, { ...assign, due }, ctx);
  expect(c.dueDate).toBe(due);
  expect(c.dueProvisional).toBeUndefined();
});

test('an extension of a provisional due date stays provisional and is counted again with the year entered', () => {
  const c = applyStep(applyStep(accepted, assign, ctx), { action: '延期', date: '2026-11-30', days: 10, reason: '核查' }, ctx);
  expect(c).toMatchObject({ dueDate: '2027-02-26', dueProvisional: true });
  const entered: CalendarEntry[] = [
    ...['01-01', '02-05', '02-08', '02-09', '02-10', '02-11', '02-12', '04-05', '05-03', '06-09', '09-15', '10-01'].map((d) => ({
      date: `2027-${d}`,
      off: true,
      name: { '01': '元旦', '02': '春节', '04': '清明节', '05': '劳动节', '06': '端午节', '09': '中秋节', '10': '国庆节' }[d.slice(0, 2)]!,
    })),
  ];
  const cal = new HolidayCalendar(entered, undefined, { provisional: true });
  // 60 working days end on 2-23 (six weekdays of 春节 off), ten more on 3-9
  expect(currentDeadline(c, config.settings, cal)).toEqual({ stage: '办理', deadline: '2027-03-09', provisional: false });
});

test('without a provisional calendar the limit of a covered year still refuses a --due beyond it', () => {
  const c26 = applyStep(makeCase({ receivedDate: '2026-03-02' }), { action: '受理', date: '2026-03-02' }, ctx);
  expect(() => applyStep(c26, { ...assign, date: '2026-03-02', due: '2026-12-31' }, ctx)).toThrow(/超过法定期限/);
});

test('case undo of a provisional 交办 takes the mark back with the due date', () => {
  const c = undoLastStep(applyStep(accepted, assign, ctx), '交错了', { today: ctx.today });
  expect({ status: c.status, dueDate: c.dueDate }).toEqual({ status: '已受理', dueDate: null });
  expect(c).not.toHaveProperty('dueProvisional');
});

test('改派 with a --due past a provisional limit is taken as given, no longer provisional', () => {
  const c = applyStep(applyStep(accepted, assign, ctx), { action: '改派', date: '2026-11-30', due: '2027-03-31', reason: '需要更长时间' }, ctx);
  expect(c.dueDate).toBe('2027-03-31');
  expect(c).not.toHaveProperty('dueProvisional');
});
