// Appointments, notices and the day's record as pure functions, table-driven on a small bureau (2026 calendar).
import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import { weekdayNumber } from '../../../src/domain/common/chinese-values.js';
import { monthOption, nextMonthOf } from '../../../src/domain/common/month-option.js';
import { dueNotices, petitionerNotifyDate } from '../../../src/domain/reception/notices.js';
import { closeDay } from '../../../src/domain/reception/reception-day.js';
import { bookVisit, moveVisit } from '../../../src/domain/reception/visit-book.js';
import type { VisitYear } from '../../../src/domain/reception/visit-model.js';
import { InputError } from '../../../src/errors.js';
import { slot } from '../../helpers/report-fixtures.js';
import { caseConfig, makeCase } from '../fixtures/case-fixtures.js';

const cal = new HolidayCalendar([]);
const defaults = { location: '会议室', time: '8:30-12:00' };
const config = () => {
  const c = caseConfig();
  c.roster.slots = [slot('2026-10-09', '张明'), slot('2026-10-16', '李强'), slot('2026-11-02', '张明'), slot('2026-11-16', '李强')];
  return c;
};
const year = (): VisitYear => ({ schemaVersion: 1, year: 2026, nextSeq: 1, visits: [], days: [], leaderNotices: [] });
const person = { name: '刘某', phone: '13800138000', summary: '学位问题' };

describe('booking', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ['a past day', { date: '2026-09-30' }, /已经过去/],
    ['a day without reception, with the next ones', { date: '2026-10-12' }, /2026-10-12 不是领导接待日；此后的接待日：2026-10-16、2026-11-02、2026-11-16/],
    ['a leader not receiving that day, with their days', { date: '2026-10-09', leader: '李强' }, /李强 2026-10-09 不接访；李强的接待日：2026-10-16、2026-11-16/],
    ['an unknown leader', { date: '2026-10-09', leader: '王五' }, /没有名为“王五”的在任领导/],
    ['an inactive leader', { date: '2026-10-09', leader: '赵退' }, /没有名为“赵退”的在任领导/],
    ['a bad phone', { date: '2026-10-09', phone: '1380013800' }, /联系电话/],
    ['no phone', { date: '2026-10-09', phone: '' }, /--phone 不能为空/],
    ['a 约访 without a leader', { date: '2026-10-12', kind: '约访' }, /约访要用 --leader/],
    ['a 约访 on a rest day', { date: '2026-10-03', kind: '约访', leader: '张明' }, /不是工作日/],
    ['a place given for a roster day', { date: '2026-10-09', location: '二楼' }, /只用于约访/],
    ['an unknown kind', { date: '2026-10-09', kind: '上访' }, /--kind 的值“上访”无效/],
  ])('refused: %s', (_n, o, message) => {
    const doc = year();
    expect(() => bookVisit(config(), doc, { ...person, ...o }, '2026-10-01', cal, defaults)).toThrow(message);
    expect(doc).toEqual(year());
  });

  test('the day\'s leader and place; the number counts on; over the limit a warning', () => {
    const c = config();
    c.settings.visitLimit = 1;
    const doc = year();
    const a = bookVisit(c, doc, { ...person, date: '2026-10-09' }, '2026-10-01', cal, defaults);
    expect(a.visit).toMatchObject({ id: 'Y2026-001', leader: '张明', location: '接待室', staff: '赵干事', status: '已预约' });
    expect(a.warnings).toEqual([]);
    const b = bookVisit(c, doc, { ...person, date: '2026-10-09', persons: '7' }, '2026-10-01', cal, defaults);
    expect(b.visit.id).toBe('Y2026-002');
    expect(b.warnings[0]).toMatch(/已有 2 个预约，超过每天 1 个的上限/);
    expect(b.warnings[1]).toMatch(/超过 5 人/);
  });

  test('a move takes the new day\'s leader and makes the notice due again; another year is refused', () => {
    const doc = year();
    const v = bookVisit(config(), doc, { ...person, date: '2026-10-09' }, '2026-10-01', cal, defaults).visit;
    v.noticeGiven = '2026-10-08';
    moveVisit(config(), doc, v.id, { date: '2026-10-16', reason: '外出' }, '2026-10-08', cal);
    expect(v).toMatchObject({ date: '2026-10-16', leader: '李强', noticeGiven: null });
    expect(() => moveVisit(config(), doc, v.id, { date: '2027-01-04', reason: '外出' }, '2026-10-08', cal)).toThrow(/不能改到另一年/);
  });
});

describe('notices', () => {
  test.each([
    ['2026-10-09', '2026-10-08'], // Friday → Thursday
    ['2026-10-12', '2026-10-10'], // Monday → Saturday 10-10, a make-up working day (调休上班) in 2026
    ['2026-11-02', '2026-10-30'], // Monday → Friday
    ['2026-10-08', '2026-09-30'], // the first working day after the National Day holiday → the last one before it
  ])('the petitioner of %s is told on %s (one working day ahead)', (date, on) => {
    expect(petitionerNotifyDate(date, cal)).toBe(on);
  });

  test('due and not given: overdue first, leaders before petitioners; given ones and past days drop out', () => {
    const c = config();
    const doc = year();
    const v = bookVisit(c, doc, { ...person, date: '2026-10-16' }, '2026-10-01', cal, defaults).visit;
    const due = dueNotices(c, doc.visits, [{ date: '2026-10-09', kind: '接访', leader: '张明', givenOn: '2026-10-07' }], '2026-10-15', cal);
    expect(due.map((n) => [n.who, n.date, n.notifyOn, n.overdue])).toEqual([
      ['领导', '2026-10-16', '2026-10-14', true],
      ['信访人', '2026-10-16', '2026-10-15', false],
    ]);
    v.noticeGiven = '2026-10-15';
    expect(dueNotices(c, doc.visits, [], '2026-10-17', cal)).toEqual([]);
  });
});

describe('closing a day', () => {
  test('held: open bookings become 未到; twice, a future day or a day without reception are refused', () => {
    const doc = year();
    const v = bookVisit(config(), doc, { ...person, date: '2026-10-09' }, '2026-10-01', cal, defaults).visit;
    const r = closeDay(config(), doc, { date: '2026-10-09', note: '顺利' }, [], '2026-10-09');
    expect(r.record).toMatchObject({ held: true, leaders: ['张明'], note: '顺利' });
    expect(v.status).toBe('未到');
    expect(() => closeDay(config(), doc, { date: '2026-10-09' }, [], '2026-10-10')).toThrow(/不能重复记录/);
    expect(() => closeDay(config(), doc, { date: '2026-10-16' }, [], '2026-10-10')).toThrow(/还没到/);
    expect(() => closeDay(config(), doc, { date: '2026-10-12' }, [], '2026-10-20')).toThrow(/不是领导接待日/);
  });

  test('not held: needs a reason, no open bookings and no visits registered', () => {
    const doc = year();
    bookVisit(config(), doc, { ...person, date: '2026-10-16' }, '2026-10-01', cal, defaults);
    expect(() => closeDay(config(), doc, { date: '2026-10-16', cancelled: true, reason: '防汛' }, [], '2026-10-16')).toThrow(/还有 1 个预约/);
    const visit = makeCase({ no: '2026-0001', receivedDate: '2026-10-09', reception: { date: '2026-10-09', leader: '张明' } });
    expect(() => closeDay(config(), doc, { date: '2026-10-09', cancelled: true, reason: '防汛' }, [visit], '2026-10-09')).toThrow(/已登记 1 批来访/);
    expect(() => closeDay(config(), doc, { date: '2026-10-09', cancelled: true }, [], '2026-10-09')).toThrow(InputError);
    expect(closeDay(config(), doc, { date: '2026-10-09', cancelled: true, reason: '防汛' }, [], '2026-10-09').record).toMatchObject({ held: false, reason: '防汛' });
  });
});

describe('months and Chinese values taken the same way everywhere', () => {
  test.each<[string, string | undefined, string]>([
    ['2027-01', undefined, '2027-01'],
    ['2027-1', undefined, '2027-01'],
    ['3', '2027', '2027-03'],
    ['3', undefined, '2026-03'],
    ['2027-03', '2027', '2027-03'],
  ])('--month %s --year %s → %s', (m, y, iso) => {
    expect(monthOption(m, y, '2026-11-30').iso).toBe(iso);
  });
  test.each([['13'], ['2027-00'], ['三月'], ['']])('--month %j is refused', (m) => {
    expect(() => monthOption(m, undefined, '2026-11-30')).toThrow(InputError);
  });
  test('--month 2027-03 with another --year is refused', () => {
    expect(() => monthOption('2027-03', '2026', '2026-11-30')).toThrow(/不一致/);
  });
  test('next month, across the year', () => {
    expect(nextMonthOf('2026-11-30')).toEqual({ year: 2026, month: 12 });
    expect(nextMonthOf('2026-12-01')).toEqual({ year: 2027, month: 1 });
  });
  test.each<[string, number | null]>([['2', 2], ['星期二', 2], ['周二', 2], ['礼拜二', 2], ['周日', 7], ['星期天', 7], ['8', null], ['周八', null], ['二', null]])('weekday %j → %j', (w, n) => {
    expect(weekdayNumber(w)).toBe(n);
  });
});
