// The State Council's notices of many years (test/fixtures/notices, see the README there) read day by day and
// compared with chinese-days' data for the same year.
import { readFileSync } from 'node:fs';
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { eachDay, weekday } from '../../src/domain/dates.js';
import { holidaysNamed } from '../../src/domain/holiday-names.js';
import { noticeEntries, type NoticeEntry } from '../../src/domain/holiday-notice-apply.js';
import { parseNotice } from '../../src/domain/holiday-notice.js';
import { InputError } from '../../src/errors.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/notices/${name}`, import.meta.url), 'utf8');
const plainWeek = (d: string) => ({ work: weekday(d) <= 5, name: '' });
const entriesOf = (text: string, before: NoticeEntry[] = []) => {
  const map = new Map(before.map((e) => [e.date, e]));
  const notice = parseNotice(text);
  return { year: notice.year, entries: noticeEntries(notice, (d) => map.get(d) ?? plainWeek(d)) };
};
const merged = (a: NoticeEntry[], b: NoticeEntry[]) => [...new Map([...a, ...b].map((e) => [e.date, e])).values()];

const data = packageData as { holidays: Record<string, string>; workdays: Record<string, string> };
const pkgName = (d: string) => (data.holidays[d] ?? data.workdays[d] ?? '').split(',')[1] ?? '';
/** Off or working by the package: its holidays, its 调休 working days, else the weekend. */
const pkgWork = (d: string) => (data.holidays[d] ? false : data.workdays[d] ? true : weekday(d) <= 5);

/** Every day of the year (and every entry outside it) against the package; December days of the next 元旦 are left out. */
function expectSameAsPackage(year: number, entries: NoticeEntry[]): number {
  const byDate = new Map(entries.map((e) => [e.date, e]));
  let compared = 0;
  const days = new Set([...eachDay(`${year}-01-01`, `${year}-12-31`), ...byDate.keys()]);
  for (const d of days) {
    const e = byDate.get(d);
    if (!e && d.startsWith(`${year}-12`) && pkgName(d) === '元旦') continue;
    expect([d, e ? e.work : weekday(d) <= 5]).toEqual([d, pkgWork(d)]);
    if (e && !e.work && data.holidays[d]) {
      const named = holidaysNamed(e.name);
      expect([d, holidaysNamed(pkgName(d)).some((h) => named.includes(h))]).toEqual([d, true]);
    }
    compared++;
  }
  return compared;
}

describe('real notices against chinese-days', () => {
  it.each([
    ['2007.txt', 2007, 32],
    ['2008.txt', 2008, 35],
    ['2014.txt', 2014, 27],
    ['2017.txt', 2017, 29],
    ['2020.txt', 2020, 34],
    ['2025.txt', 2025, 33],
    ['2026.txt', 2026, 39],
  ])('%s: year %i, %i entries, every day as the package has it', (file, year, count) => {
    const r = entriesOf(fixture(file));
    expect(r.year).toBe(year);
    expect(r.entries).toHaveLength(count);
    if (year !== 2020) expect(expectSameAsPackage(year, r.entries)).toBeGreaterThan(360);
  });

  it('2020 with the extension notice applied on top is the package year, 2-1 (a make-up Saturday) off', () => {
    const base = entriesOf(fixture('2020.txt'));
    const ext = entriesOf(fixture('2020-extension.txt'), base.entries);
    expect(ext.year).toBe(2020);
    expect(ext.entries).toEqual([
      { date: '2020-01-31', work: false, name: '春节' },
      { date: '2020-02-01', work: false, name: '春节' },
      { date: '2020-02-02', work: false, name: '春节' },
    ]);
    expect(expectSameAsPackage(2020, merged(base.entries, ext.entries))).toBeGreaterThanOrEqual(366);
  });

  it('the extension alone, with nothing entered for 春节, is refused naming its line', () => {
    expect(() => entriesOf(fixture('2020-extension.txt'))).toThrow(/第9行.*春节.*请先导入/);
  });

  it('reads the holiday names, combined holidays and the year before for 元旦', () => {
    const e2008 = entriesOf(fixture('2008.txt')).entries;
    expect(e2008.slice(0, 4)).toEqual([
      { date: '2007-12-29', work: true, name: '元旦调休上班' },
      { date: '2007-12-30', work: false, name: '元旦' },
      { date: '2007-12-31', work: false, name: '元旦' },
      { date: '2008-01-01', work: false, name: '元旦' },
    ]);
    expect(e2008.find((e) => e.date === '2008-05-02')).toEqual({ date: '2008-05-02', work: false, name: '劳动节' });
    const e2025 = entriesOf(fixture('2025.txt')).entries;
    expect(e2025.find((e) => e.date === '2025-10-06')).toEqual({ date: '2025-10-06', work: false, name: '国庆节、中秋节' });
    expect(e2025.filter((e) => e.date.startsWith('2025-05-31') || e.date.startsWith('2025-06-0')).map((e) => e.date)).toEqual(['2025-05-31', '2025-06-01', '2025-06-02']);
  });
});
