import { groupTies, tally } from '../../../src/domain/reports/tally.js';

const items = (spec: Record<string, number>) => Object.entries(spec).flatMap(([k, n]) => Array<string>(n).fill(k));

describe('tally: count descending, ties in configured order, pinned names last', () => {
  test('seed 5 categories', () => {
    const xs = items({ 其它: 11, 招生考试: 7, 办学条件: 8, 廉政建设: 8, 办学管理: 48, 教育收费: 42, 教师待遇: 36, 师德师风: 20 });
    const order = ['办学管理', '教育收费', '教师待遇', '师德师风', '廉政建设', '办学条件', '招生考试', '其它'];
    const shares = tally(xs, (x) => x, xs.length, { order, last: ['其它'] });
    expect(shares.map((s) => `${s.name}${s.count}/${s.percent}`)).toEqual([
      '办学管理48/26.67', '教育收费42/23.33', '教师待遇36/20', '师德师风20/11.11',
      '廉政建设8/4.44', '办学条件8/4.44', '招生考试7/3.89', '其它11/6.11',
    ]);
  });

  test('names outside the configured order come after, by name; includeZero lists every configured name', () => {
    const shares = tally(['乙', '甲', '丙'], (x) => x, 3, { order: ['丙', '丁'], includeZero: true });
    expect(shares.map((s) => [s.name, s.count])).toEqual([['丙', 1], ['乙', 1], ['甲', 1], ['丁', 0]]);
    expect(tally([], (x: string) => x, 0, { order: ['来信'], includeZero: true })).toEqual([{ name: '来信', count: 0, percent: 0 }]);
  });
});

describe('groupTies', () => {
  const s = (name: string, count: number) => ({ name, count, percent: count });
  test.each([
    ['equal neighbours merge', [s('A', 8), s('B', 8), s('C', 8), s('D', 7)], undefined, [['A', 'B', 'C'], ['D']]],
    ['equal counts apart are not merged', [s('A', 8), s('B', 7), s('C', 8)], undefined, [['A'], ['B'], ['C']]],
    ['a pinned name never merges', [s('A', 8), s('其它', 8)], (x: { name: string }) => x.name === '其它', [['A'], ['其它']]],
    ['nor does the one after it', [s('其它', 8), s('A', 8)], (x: { name: string }) => x.name === '其它', [['其它'], ['A']]],
    ['nothing', [], undefined, []],
  ])('%s', (_, shares, apart, expected) => {
    expect(groupTies(shares, apart).map((g) => g.names)).toEqual(expected);
  });
});
