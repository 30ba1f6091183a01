// The State Council's notices of many years (test/fixtures/notices, see the README there) read day by day and
// compared with chinese-days' data for the same year.
import { readFileSync } from 'node:fs';
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { eachDay, weekday } from '../../../src/domain/common/dates.js';
import { holidaysNamed } from '../../../src/domain/calendar/holiday-names.js';
import { noticeEntries, type NoticeEntry } from '../../../src/domain/calendar/holiday-notice-apply.js';
import { parseNotice } from '../../../src/domain/calendar/holiday-notice.js';
import { InputError } from '../../../src/errors.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/notices/${name}`, import.meta.url), 'utf8');
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

  it('the extension on top of the 2020 notice entered by the operator, over a package that already has the extension', () => {
    const base = new Map(entriesOf(fixture('2020.txt')).entries.map((e) => [e.date, e]));
    const calendar = (d: string) => {
      const op = base.get(d);
      if (op) return { ...op, source: 'operator' as const };
      if (data.holidays[d]) return { work: false, name: pkgName(d), source: 'package' as const };
      return { ...plainWeek(d), source: 'weekday' as const };
    };
    expect(calendar('2020-02-02')).toMatchObject({ work: false, source: 'package' }); // what used to stop the extension
    const entries = noticeEntries(parseNotice(fixture('2020-extension.txt')), calendar);
    expect(entries.map((e) => `${e.date} ${e.work ? '班' : '休'} ${e.name}`)).toEqual(['2020-01-31 休 春节', '2020-02-01 休 春节', '2020-02-02 休 春节']);
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

describe('the same notice however it was copied', () => {
  const clean = entriesOf(fixture('2014.txt')).entries;
  it.each(['2014-web-page.txt', '2014-traditional.txt'])('%s reads as 2014.txt', (file) => {
    expect(entriesOf(fixture(file))).toEqual({ year: 2014, entries: clean });
  });

  it('reads the year from the issue date when neither the title nor the body names it', () => {
    const bare = fixture('2014.txt').replace(/关于2014年/, '关于').replace(/现将2014年/, '现将');
    expect(entriesOf(bare)).toEqual({ year: 2014, entries: clean });
    const cn = fixture('2007.txt').replace(/关于2007年/, '关于').replace(/现将2007年/, '现将');
    expect(entriesOf(cn).year).toBe(2007);
  });

  it('reads an item wrapped over two lines, with full-width digits and spaces', () => {
    const text = '国务院办公厅关于2027年部分节假日安排的通知\n一、春节：２月５日（周五） 至 12日（周五）放假调休，共8天。\n1月31日（周日）、2月20日（周六）上班。\n';
    expect(entriesOf(text).entries.map((e) => `${e.date}${e.work ? '上班' : '放假'}`)).toEqual([
      '2027-01-31上班', '2027-02-05放假', '2027-02-06放假', '2027-02-07放假', '2027-02-08放假', '2027-02-09放假',
      '2027-02-10放假', '2027-02-11放假', '2027-02-12放假', '2027-02-20上班',
    ]);
  });
});

describe('2027, written in the notice format', () => {
  const { year, entries } = entriesOf(fixture('2027.txt'));
  it('is read as 2027 with every holiday and make-up working day', () => {
    expect(year).toBe(2027);
    const off = entries.filter((e) => !e.work);
    const work = entries.filter((e) => e.work).map((e) => e.date);
    expect(off).toHaveLength(3 + 8 + 3 + 5 + 1 + 1 + 7);
    expect(work).toEqual(['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09']);
    expect(work.every((d) => weekday(d) >= 6)).toBe(true);
    expect(entries.find((e) => e.date === '2027-06-09')).toEqual({ date: '2027-06-09', work: false, name: '端午节' });
    expect(entries.find((e) => e.date === '2027-09-15')).toEqual({ date: '2027-09-15', work: false, name: '中秋节' });
  });
});

describe('what is refused, naming the line', () => {
  const head = '国务院办公厅关于2027年部分节假日安排的通知\n';
  it.each([
    ['a weekday that is not the date’s', '一、元旦：1月1日（周四）至3日（周日）放假，共3天。', /第2行写1月1日是星期四，但2027-01-01是星期五：“一、元旦/],
    ['a clause it cannot read', '二、春节：2月5日至12日放假调休，共8天。2月20日（周六）补班半天。', /第2行无法识别（“某日补班半天”）：“二、春节/],
    ['a holiday that is not statutory', '三、植树节：3月12日放假1天。', /第2行的“植树节”不是法定节假日/],
    ['a count that does not match the days', '一、元旦：1月1日至3日放假，共4天。', /第2行写共4天，但列出的放假日是3天/],
    ['an impossible date', '二、春节：2月30日放假。', /第2行的2月30日不是有效日期/],
    ['a range running backwards', '七、国庆节：10月7日至1日放假。', /第2行的放假起止日期不对/],
    ['a day both off and worked', '四、劳动节：5月1日至5日放假调休，共5天。5月3日（周一）上班。', /2027-05-03既放假又上班/],
  ])('%s', (_why, item, message) => {
    expect(() => parseNotice(head + item)).toThrow(InputError);
    expect(() => parseNotice(head + item)).toThrow(message);
  });

  it('a text without items or without a year', () => {
    expect(() => parseNotice(head + '节假日期间，各地区要妥善安排。')).toThrow(/没有找到放假安排/);
    expect(() => parseNotice('一、元旦：1月1日放假1天。')).toThrow(/没有找到通知是哪一年的/);
    expect(() => parseNotice('国务院办公厅关于2027年部分节假日安排的通知\n现将2026年元旦…\n一、元旦：1月1日放假1天。')).toThrow(/标题写的是2027年，正文写的是2026年/);
  });
});
