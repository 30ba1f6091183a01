import { confirmYear, mergeEntries, parseEntry, removeEntry, slotsOnRestDays } from '../../../src/domain/calendar/entries.js';
import type { CalendarEntry, Roster, RosterSlot } from '../../../src/domain/model.js';
import { InputError } from '../../../src/errors.js';

const e = (date: string, off: boolean, name: string): CalendarEntry => ({ date, off, name });

describe('parseEntry', () => {
  it.each<[string, string, string | undefined, CalendarEntry]>([
    ['2027-01-01', 'off', '元旦', e('2027-01-01', true, '元旦')],
    ['2027-02-20', 'work', undefined, e('2027-02-20', false, '调休上班')],
    ['2027-10-08', 'off', undefined, e('2027-10-08', true, '放假')],
    ['2027-10-08', '休', undefined, e('2027-10-08', true, '放假')],
    ['2027-02-20', '班', '调休', e('2027-02-20', false, '调休')],
    ['2027-02-20', '上班', undefined, e('2027-02-20', false, '调休上班')],
  ])('%s %s %s', (date, state, name, expected) => {
    expect(parseEntry(date, state, name)).toEqual(expected);
  });
  it.each<[string, string, string | undefined, RegExp]>([
    ['2027-13-01', 'off', '元旦', /不是有效日期/],
    ['2027-01-01', '放', undefined, /写 休（off，放假）或 班（work，上班）/],
    ['2027-01-01', 'holiday', undefined, /写 休（off，放假）或 班（work，上班）/],
    ['2027-01-01', 'off', '   ', /--name不能为空/],
  ])('refuses %s %s %s', (date, state, name, message) => {
    expect(() => parseEntry(date, state, name)).toThrow(InputError);
    expect(() => parseEntry(date, state, name)).toThrow(message);
  });
});

it('mergeEntries replaces by date, counts, and sorts', () => {
  const m = mergeEntries([e('2027-02-20', false, '调休上班'), e('2027-01-01', true, '元旦')], [e('2027-01-01', true, '元旦'), e('2027-02-20', true, '春节'), e('2027-01-02', true, '元旦')]);
  expect(m).toEqual({
    entries: [e('2027-01-01', true, '元旦'), e('2027-01-02', true, '元旦'), e('2027-02-20', true, '春节')],
    added: 1,
    replaced: 1,
    unchanged: 1,
  });
});

it('removeEntry refuses a date with no entry', () => {
  expect(removeEntry([e('2027-01-01', true, '元旦')], '2027-01-01').entries).toEqual([]);
  expect(() => removeEntry([], '2027-01-01')).toThrow(/2027-01-01没有自定的节假日条目/);
});

it('slotsOnRestDays finds reception days a calendar change turned into rest days', () => {
  const slot = (date: string) => ({ date }) as RosterSlot;
  const roster: Roster = { periods: [], slots: [slot('2018-03-16'), slot('2018-04-02'), slot('2027-01-04')], changes: [] };
  expect(slotsOnRestDays({ roster, calendar: [e('2018-03-16', true, '停电')] }).map((s) => s.date)).toEqual(['2018-03-16']);
  expect(slotsOnRestDays({ roster, calendar: [e('2018-03-16', true, '停电')] }, ['2018-04-02'])).toEqual([]);
  expect(slotsOnRestDays({ roster, calendar: [e('2027-01-04', true, '停电')] })).toEqual([]); // 2027 is not covered: nothing to say about it
  expect(slotsOnRestDays({ roster, calendar: [e('2027-01-04', true, '停电')], calendarConfirmed: [2027] }).map((s) => s.date)).toEqual(['2027-01-04']);
});

it('confirmYear adds a year once', () => {
  expect(confirmYear(undefined, 2027)).toEqual([2027]);
  expect(confirmYear([2028], 2027)).toEqual([2027, 2028]);
  expect(() => confirmYear([2027], 2027)).toThrow(/已确认过/);
});
