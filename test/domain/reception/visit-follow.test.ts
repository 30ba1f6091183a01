// Bookings and the leader's absences as pure functions: following a swapped slot, what an absence falls on, which
// bookings a notice must not be written for, and bookings refused on an away day.
import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import { bookVisit } from '../../../src/domain/reception/visit-book.js';
import { awayImpact, followSlot, slotsOfAwayLeaders, unservedBookings } from '../../../src/domain/reception/visit-follow.js';
import type { Visit, VisitYear } from '../../../src/domain/reception/visit-model.js';
import { slot } from '../../helpers/report-fixtures.js';
import { caseConfig } from '../fixtures/case-fixtures.js';

const cal = new HolidayCalendar([]);
const defaults = { location: '会议室', time: '8:30-12:00' };
const config = (away = false) => {
  const c = caseConfig();
  c.roster.slots = [slot('2026-10-09', '张明'), slot('2026-10-16', '李强')];
  if (away) c.leaders.find((l) => l.name === '张明')!.away = [{ from: '2026-10-08', to: '2026-10-12', reason: '出差' }];
  return c;
};
const year = (): VisitYear => ({ schemaVersion: 1, year: 2026, nextSeq: 1, visits: [], days: [], leaderNotices: [] });
const person = { name: '刘某', phone: '13800138000', summary: '学位问题' };

function booked(): { doc: VisitYear; ids: Record<string, string> } {
  const doc = year();
  const c = config();
  const ids = {
    reception: bookVisit(c, doc, { ...person, date: '2026-10-09' }, '2026-10-01', cal, defaults).visit.id,
    appointment: bookVisit(c, doc, { ...person, date: '2026-10-09', kind: '约访', leader: '张明' }, '2026-10-01', cal, defaults).visit.id,
    other: bookVisit(c, doc, { ...person, date: '2026-10-16' }, '2026-10-01', cal, defaults).visit.id,
  };
  return { doc, ids };
}
const byId = (doc: VisitYear, id: string): Visit => doc.visits.find((v) => v.id === id)!;

describe('followSlot', () => {
  test('the day\'s 预约接访 of the old leader goes to the new one, its notice due again; 约访 and other days stay', () => {
    const { doc, ids } = booked();
    byId(doc, ids.reception).noticeGiven = '2026-10-07';
    const before = slot('2026-10-09', '张明');
    const after = { ...slot('2026-10-09', '李强'), location: '二楼', staff: ['钱干事'] };
    const moved = followSlot(doc, before, after, '2026-10-08');
    expect(moved.map((v) => v.id)).toEqual([ids.reception]);
    expect(byId(doc, ids.reception)).toMatchObject({ leader: '李强', location: '二楼', staff: '钱干事', noticeGiven: null });
    expect(byId(doc, ids.reception).history.at(-1)).toEqual({ date: '2026-10-08', action: '改由', note: '张明 → 李强（接待安排调整）' });
    expect(byId(doc, ids.appointment).leader).toBe('张明');
    expect(byId(doc, ids.other).leader).toBe('李强');
  });

  test.each([
    ['same leader', slot('2026-10-09', '张明')],
    ['slot left without a leader', slot('2026-10-09', '')],
  ])('nothing moves: %s', (_n, after) => {
    const { doc } = booked();
    const copy = structuredClone(doc);
    expect(followSlot(doc, slot('2026-10-09', '张明'), after, '2026-10-08')).toEqual([]);
    expect(doc).toEqual(copy);
  });
});

describe('absences', () => {
  test('a booking with the away leader is refused, 预约接访 and 约访 alike; other leaders and days are booked', () => {
    const c = config(true);
    expect(() => bookVisit(c, year(), { ...person, date: '2026-10-09' }, '2026-10-01', cal, defaults)).toThrow(/张明在2026-10-08至2026-10-12外出（出差），不能预约.*roster swap 2026-10-09/);
    expect(() => bookVisit(c, year(), { ...person, date: '2026-10-12', kind: '约访', leader: '张明' }, '2026-10-01', cal, defaults)).toThrow(/2026-10-12 不能约访/);
    expect(bookVisit(c, year(), { ...person, date: '2026-10-13', kind: '约访', leader: '张明' }, '2026-10-01', cal, defaults).visit.leader).toBe('张明');
    expect(bookVisit(c, year(), { ...person, date: '2026-10-16' }, '2026-10-01', cal, defaults).visit.leader).toBe('李强');
  });

  test('what an absence falls on; which bookings get no notice; which slots to swap', () => {
    const { doc, ids } = booked();
    const c = config(true);
    const hit = awayImpact(c, doc.visits, '张明', '2026-10-08', '2026-10-12');
    expect(hit.slots.map((s) => s.date)).toEqual(['2026-10-09']);
    expect(hit.visits.map((v) => v.id)).toEqual([ids.reception, ids.appointment]);
    expect(unservedBookings(c, doc.visits).map((v) => v.id)).toEqual([ids.reception, ids.appointment]);
    expect(unservedBookings(config(), doc.visits)).toEqual([]);
    const swapped = config();
    swapped.roster.slots[0] = slot('2026-10-09', '李强');
    expect(unservedBookings(swapped, doc.visits).map((v) => v.id)).toEqual([ids.reception]); // 约访 needs no slot
    expect(slotsOfAwayLeaders(c, '2026-10-01', '2026-10-31').map(({ slot: s, reason }) => [s.date, s.leader, reason])).toEqual([['2026-10-09', '张明', '出差']]);
    expect(slotsOfAwayLeaders(config(), '2026-10-01', '2026-10-31')).toEqual([]);
  });
});
