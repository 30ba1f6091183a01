import { buildAnnualReport, type AnnualInput } from '../../../src/domain/reports/annual.js';
import { expectGoldenJson } from '../../helpers/golden.js';
import { heldDay, makeCase, mayorCases, seed5Cases, slot, testConfig } from '../../helpers/report-fixtures.js';

function seed5Report(extra: Partial<AnnualInput> = {}) {
  const config = testConfig();
  config.roster.slots = [slot('2026-01-05', '王建国'), slot('2026-01-19', '李明'), slot('2026-02-02', '王建国'), slot('2026-12-21', '李明')];
  const visit = makeCase({
    no: '2026-V001', receivedDate: '2026-01-05', channel: '来访', persons: 3, source: '本级受理',
    reception: { date: '2026-01-05', leader: '王建国' }, tags: ['违规补课'],
  });
  const previous = Array.from({ length: 374 }, (_, i) => makeCase({ no: `2025-${i}`, receivedDate: '2025-06-01', source: i < 150 ? '省教育厅' : '市长信箱' }));
  // the days held are those closed as held (reception close); 12-21 is still to come
  const receptionRecords = [heldDay('2026-01-05', '王建国'), heldDay('2026-01-19', '李明'), heldDay('2026-02-02', '王建国')];
  return buildAnnualReport({ year: 2026, config, cases: [...seed5Cases(), ...mayorCases(), visit], previousYearCases: previous, asOf: '2026-12-01', receptionRecords, ...extra });
}

describe('annual model with the figures of seed 5', () => {
  const r = seed5Report();
  const upper = r.groups.find((g) => g.group === '上级转办')!;

  test('上级转办: 180 cases from 省教育厅、市信访局, split by kind of region', () => {
    expect(upper.sources).toEqual(['省教育厅', '市信访局']);
    expect(upper.total).toBe(180);
    expect(upper.byKind).toEqual([
      { kind: '县区', count: 172, percent: 95.56 },
      { kind: '学校', count: 8, percent: 4.44 },
    ]);
  });

  test('every region with count and share, by count, ties in configured order', () => {
    expect(upper.byRegion.filter((x) => x.kind === '县区').map((x) => [x.name, x.count, x.percent])).toEqual([
      ['北岭县', 24, 13.33], ['南川县', 23, 12.78], ['东湖县', 20, 11.11], ['西城区', 18, 10], ['青山县', 15, 8.33],
      ['白水县', 14, 7.78], ['石门县', 12, 6.67], ['云台县', 10, 5.56], ['河东区', 8, 4.44], ['松林县', 8, 4.44],
      ['柳溪县', 8, 4.44], ['梅岭县', 7, 3.89], ['凤凰市', 5, 2.78],
    ]);
  });

  test('173 closed, 7 in progress, 办结率 96.11', () => {
    expect([upper.closed, upper.inProgress, upper.rejected, upper.closureRate]).toEqual([173, 7, 0, 96.11]);
  });

  test('categories by count with 其它 last', () => {
    expect(upper.byCategory.map((x) => [x.name, x.count, x.percent])).toEqual([
      ['办学管理', 48, 26.67], ['教育收费', 42, 23.33], ['教师待遇', 36, 20], ['师德师风', 20, 11.11],
      ['廉政建设', 8, 4.44], ['办学条件', 8, 4.44], ['招生考试', 7, 3.89], ['其它', 11, 6.11],
    ]);
  });

  test('市长信箱: 224, 215 closed, 95.98, hot topics most frequent first', () => {
    const mayor = r.groups.find((g) => g.group === '市长信箱')!;
    expect([mayor.total, mayor.closed, mayor.inProgress, mayor.closureRate]).toEqual([224, 215, 9, 95.98]);
    expect(mayor.hotTopics.slice(0, 3)).toEqual([
      { name: '违规补课', count: 30 }, { name: '师德师风', count: 25 }, { name: '某中学搬迁', count: 20 },
    ]);
  });

  test('year on year, overall and per group', () => {
    expect(r.total).toBe(405);
    expect(r.previousYearTotal).toBe(374);
    expect(r.yearOnYear).toEqual({ previous: 374, current: 405, direction: 'up', diff: 31, percent: 8.29 });
    expect(upper.yearOnYear).toEqual({ previous: 150, current: 180, direction: 'up', diff: 30, percent: 20 });
    const own = r.groups.find((g) => g.group === '本级受理')!;
    expect(own.yearOnYear).toEqual({ previous: 0, current: 1, direction: 'up', diff: 1, percent: null });
  });

  test('receptions: a visit of 3 people is 1 批 3 人次; days after asOf are not yet held', () => {
    expect(r.receptions.days).toBe(3); // 1-05, 1-19, 2-02; 12-21 is after asOf
    expect([r.receptions.batches, r.receptions.persons]).toEqual([1, 3]);
    expect(r.receptions.byLeader).toEqual([
      { leader: '王建国', title: '局长', days: 2, batches: 1, persons: 3 },
      { leader: '李明', title: '副局长', days: 1, batches: 0, persons: 0 },
    ]);
  });

  test('groups with cases come first, in the template\'s order, then the configured order', () => {
    expect(r.groups.map((g) => g.group)).toEqual(['上级转办', '市长信箱', '本级受理']);
    const reordered = seed5Report({ groupOrder: ['本级受理', '市长信箱'] });
    expect(reordered.groups.map((g) => g.group)).toEqual(['本级受理', '市长信箱', '上级转办']);
    const config = testConfig();
    const onlyMayor = buildAnnualReport({ year: 2026, config, cases: mayorCases(), previousYearCases: null, groupOrder: ['本级受理'] });
    expect(onlyMayor.groups.map((g) => [g.group, g.total])).toEqual([['市长信箱', 224], ['本级受理', 0], ['上级转办', 0]]);
  });

  test('by source and by month add up', () => {
    expect(r.bySource.reduce((n, s) => n + s.count, 0)).toBe(405);
    expect(r.byMonth.reduce((n, m) => n + m, 0)).toBe(405);
    expect(r.byMonth).toHaveLength(12);
  });

  test('deterministic: the order of the input does not matter', () => {
    const config = testConfig();
    const cases = [...seed5Cases(), ...mayorCases()];
    const a = buildAnnualReport({ year: 2026, config, cases, previousYearCases: null });
    const b = buildAnnualReport({ year: 2026, config, cases: [...cases].reverse(), previousYearCases: null });
    expect(b).toEqual(a);
  });

  test('golden JSON of the model', () => {
    expectGoldenJson('report-annual-seed5.json', r);
  });
});

describe('edge cases: sensible figures, never NaN', () => {
  test('a year with no cases and no previous year', () => {
    const r = buildAnnualReport({ year: 2030, config: testConfig(), cases: [], previousYearCases: null });
    expect(r).toMatchObject({ total: 0, closed: 0, inProgress: 0, closureRate: 0, previousYearTotal: null, yearOnYear: null, byRegion: [], byCategory: [] });
    expect(r.receptions).toMatchObject({ days: 0, batches: 0, persons: 0 });
    expect(r.groups.map((g) => [g.group, g.total, g.closureRate])).toEqual([['上级转办', 0, 0], ['市长信箱', 0, 0], ['本级受理', 0, 0]]);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  test('an empty previous year counts as no data', () => {
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases: [makeCase()], previousYearCases: [] });
    expect(r.previousYearTotal).toBeNull();
    expect(r.yearOnYear).toBeNull();
  });

  test.each([
    [10, 8, 'down', 2, 20],
    [10, 10, 'flat', 0, 0],
    [3, 0, 'down', 3, 100],
  ])('previous %i, current %i → %s', (prev, cur, direction, diff, percent) => {
    const cases = Array.from({ length: cur }, () => makeCase({ receivedDate: '2026-05-01' }));
    const previous = Array.from({ length: prev }, () => makeCase({ receivedDate: '2025-05-01' }));
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases, previousYearCases: previous });
    expect(r.yearOnYear).toEqual({ previous: prev, current: cur, direction, diff, percent });
  });

  test('cases of other years are ignored; rejected cases are neither closed nor in progress', () => {
    const r = buildAnnualReport({
      year: 2026,
      config: testConfig(),
      cases: [
        makeCase({ receivedDate: '2025-12-31' }),
        makeCase({ receivedDate: '2026-01-01', status: '不予受理', acceptedDate: null }),
        makeCase({ receivedDate: '2026-12-31', status: '已评价', closedDate: '2026-12-31' }),
        makeCase({ receivedDate: '2027-01-01' }),
      ],
      previousYearCases: null,
    });
    expect([r.total, r.closed, r.rejected, r.inProgress, r.closureRate]).toEqual([2, 1, 1, 0, 50]);
  });

  test('a region that is not a configured 县区 or 学校 is counted as 其他', () => {
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases: [makeCase({ region: '外市' }), makeCase()], previousYearCases: null });
    expect(r.byKind).toEqual([{ kind: '县区', count: 1, percent: 50 }, { kind: '其他', count: 1, percent: 50 }]);
  });
});

describe('the headline adds up: total = closed + inProgress (accepted only) + rejected + pendingAcceptance', () => {
  const closed = () => makeCase({ status: '已办结', closedDate: '2026-03-20', result: '解决' });
  const open = () => makeCase({});
  const refused = () => makeCase({ status: '不予受理', acceptedDate: null });
  const waiting = () => makeCase({ status: '登记', acceptedDate: null });
  test.each([
    ['all accepted', [closed(), open()], { total: 2, closed: 1, inProgress: 1, rejected: 0, pendingAcceptance: 0 }],
    ['one refused, one waiting', [closed(), open(), refused(), waiting()], { total: 4, closed: 1, inProgress: 1, rejected: 1, pendingAcceptance: 1 }],
    ['only waiting', [waiting(), waiting()], { total: 2, closed: 0, inProgress: 0, rejected: 0, pendingAcceptance: 2 }],
  ])('%s', (_, cases, expected) => {
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases, today: '2027-01-05' });
    expect(r).toMatchObject(expected);
    expect(r.closed + r.inProgress + r.rejected + r.pendingAcceptance).toBe(r.total);
    for (const g of r.groups) expect(g.closed + g.inProgress + g.rejected + g.pendingAcceptance).toBe(g.total);
  });
});

test('an imported case 办理中 without its acceptance date is being handled, not waiting for acceptance', () => {
  const r = buildAnnualReport({ year: 2026, config: testConfig(), cases: [makeCase({ status: '办理中', acceptedDate: null })], today: '2027-01-05' });
  expect(r).toMatchObject({ total: 1, inProgress: 1, pendingAcceptance: 0 });
});
