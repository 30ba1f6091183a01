// The figure sections of an annual report in a year not over (the period and its cut-off), and deadlines counted
// Monday–Friday into a year whose holidays are not entered (暂定), on hand-counted ledgers.
import { readFileSync } from 'node:fs';
import type { Case } from '../../../src/domain/model.js';
import { buildAnnualReport } from '../../../src/domain/reports/annual.js';
import { annualNarrative, type Narrative } from '../../../src/domain/reports/narrative.js';
import { annualTables } from '../../../src/domain/reports/tables.js';
import { makeCase, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-annual.json', import.meta.url), 'utf8'));

function config() {
  const c = testConfig();
  c.units.push({ name: '人事科', kind: '科室', active: true });
  return c;
}

const closed = (closedDate: string, satisfaction: Case['satisfaction'] = null): Partial<Case> => ({
  status: satisfaction ? '已评价' : '已办结', closedDate, result: '解决', satisfaction,
});

/** The paragraph under a heading. */
function paragraphAfter(n: Narrative, heading: string): string {
  const i = n.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  return n.blocks[i + 1].text;
}

/*
 * 2026 as of 11-30 (calendar days; handle within 60): P1 received 01-05, accepted 01-05, closed 02-01, 满意;
 * P2 received 03-02, accepted 03-02 (due 05-01), open → overdue at 11-30, 北岭县; P3 received 12-05: after the
 * cut-off, not counted. Earlier years from their indexes: 2024 10 received 10 closed, 2025 20 received 18 closed.
 * Trend: 2024 10/10 100%; 2025 20/18 90%; 2026年1—11月 2/1 50%. Change over whole years: 2025 vs 2024 +10 (+100%).
 */
describe('a year not over: the sections speak of the period', () => {
  const cases = [
    makeCase({ no: '2026-P1', receivedDate: '2026-01-05', ...closed('2026-02-01', '满意') }),
    makeCase({ no: '2026-P2', receivedDate: '2026-03-02' }),
    makeCase({ no: '2026-P3', receivedDate: '2026-12-05' }),
  ];
  const earlierYears = [
    { year: 2024, received: 10, closed: 10 },
    { year: 2025, received: 20, closed: 18 },
  ];
  const r = buildAnnualReport({ year: 2026, config: config(), cases, earlierYears, today: '2026-11-30', asOf: '2026-11-30' });
  const n = annualNarrative(r, template);

  test('the current year in the trend is marked partial', () => {
    expect(r.trend).toEqual([
      { year: 2024, received: 10, closed: 10, closureRate: 100 },
      { year: 2025, received: 20, closed: 18, closureRate: 90 },
      { year: 2026, received: 2, closed: 1, closureRate: 50, through: '2026-11-30' },
    ]);
  });

  test.each([
    ['初信初访和重复信访情况', '2026年1—11月收到的2件信访件均为初信初访，涉及信访人1人，无重复信访。'],
    ['集体访情况', '2026年1—11月，未发生集体访（来访人数超过5人）。'],
    ['按期办结和超期情况', '2026年1—11月收到的信访件中，截至11月30日已办结1件，其中按期办结1件，按期办结率100%。截至11月30日，超过期限未办结的信访件1件，其中北岭县1件，请各责任单位抓紧办理。'],
    ['群众满意度情况', '2026年1—11月收到的信访件中，信访人作出评价的1件，其中满意1件，基本满意0件，不满意0件，满意率100%。'],
    [
      '近年信访情况对比',
      '近3年信访件收办情况为：2024年收到信访件10件、办结10件，办结率100%；2025年收到信访件20件、办结18件，办结率90%；' +
        '2026年1—11月收到信访件2件、办结1件，办结率50%。2025年比2024年增加10件（增长100%）。2026年1—11月尚不满一年，未与往年作增减比较。',
    ],
  ])('%s', (heading, text) => {
    expect(paragraphAfter(n, heading)).toBe(text);
  });

  test('the 附表 titles name the period; the trend row of this year is labelled with it', () => {
    const tables = annualTables(r, template);
    const titles = Object.fromEntries(tables.map((t) => [t.key, t.title]));
    expect(titles.petitions).toBe(`附表${tables.findIndex((t) => t.key === 'petitions') + 1}  2026年1—11月初信初访和重复信访情况统计表`);
    expect(titles.onTime).toMatch(/^附表\d+  2026年1—11月信访件按期办结情况统计表$/);
    expect(titles.overdueUnits).toMatch(/^附表\d+  2026年1—11月超期未办结信访件分单位统计表$/);
    expect(titles.satisfaction).toMatch(/^附表\d+  2026年1—11月信访人满意度评价统计表$/);
    expect(titles.trend).toMatch(/^附表\d+  近年信访件收办情况统计表（含2026年1—11月）$/);
    expect(tables.map((t) => t.title.match(/^附表(\d+)/)![1])).toEqual(tables.map((_, i) => String(i + 1)));
    expect(tables.find((t) => t.key === 'trend')!.rows.map((row) => row[0])).toEqual(['2024年', '2025年', '2026年1—11月']);
  });

  test('with only the partial year after one whole year, nothing is compared', () => {
    const one = buildAnnualReport({ year: 2026, config: config(), cases, earlierYears: [{ year: 2025, received: 20, closed: 18 }], today: '2026-11-30' });
    expect(paragraphAfter(annualNarrative(one, template), '近年信访情况对比')).toBe(
      '近2年信访件收办情况为：2025年收到信访件20件、办结18件，办结率90%；2026年1—11月收到信访件2件、办结1件，办结率50%。2026年1—11月尚不满一年，未与往年作增减比较。',
    );
  });
});

/*
 * Working days, counted here as calendar days by a calendar that has the holidays of the years up to `known` only.
 * W1 accepted 11-20, closed 12-10: 60 days → 2027-01-19, counted 暂定 → on time. W2 accepted 12-01, open: due
 * 2027-01-30 (暂定) → not overdue at 12-31. W3 accepted 09-01, open, 人事科: due 10-31 → overdue, 暂定 only when
 * 2026 itself is not entered.
 */
describe.each([
  ['2026 entered', 2026, [{ unit: '人事科', count: 1 }], '人事科1件'],
  ['2026 not entered', 2025, [{ unit: '人事科', count: 1, provisional: 1 }], '人事科1件（其中1件期限暂定）'],
])('a deadline counted before its year is entered: %s', (_why, known, overdue, item) => {
  const calendar = {
    addWorkdays(d: string, n: number) {
      const t = new Date(`${d}T00:00:00Z`);
      t.setUTCDate(t.getUTCDate() + n);
      return t.toISOString().slice(0, 10);
    },
    isCovered: (year: number) => year <= known,
  };
  const working = config();
  working.settings.deadlineDays = 'working';
  const cases = [
    makeCase({ no: '2026-W1', receivedDate: '2026-11-18', acceptedDate: '2026-11-20', unit: '人事科', ...closed('2026-12-10') }),
    makeCase({ no: '2026-W2', receivedDate: '2026-12-01', acceptedDate: '2026-12-01', unit: '人事科' }),
    makeCase({ no: '2026-W3', receivedDate: '2026-09-01', acceptedDate: '2026-09-01', unit: '人事科' }),
  ];
  const r = buildAnnualReport({ year: 2026, config: working, cases, calendar });

  test('on time, overdue and the 暂定 count', () => {
    expect([r.closedOnTime, r.onTimeRate, r.overdue]).toEqual([1, 100, overdue]);
  });

  test('the sentence and the table mark it', () => {
    expect(paragraphAfter(annualNarrative(r, template), '按期办结和超期情况')).toContain(`其中${item}，`);
    const table = annualTables(r, template).find((t) => t.key === 'overdueUnits')!;
    const provisional = overdue[0].provisional;
    expect(table.columns.map((c) => c.header)).toEqual(['序号', '责任单位', '超期未办结件数', ...(provisional ? ['其中期限暂定'] : [])]);
    expect(table.rows.at(-1)).toEqual(['合计', '', '1', ...(provisional ? ['1'] : [])]);
  });
});
