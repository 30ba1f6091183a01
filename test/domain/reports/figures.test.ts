// The figure sections of the annual summary (初信初访/重复信访, 集体访, 按期办结 and overdue, 满意率, 近年对比) on
// hand-made ledgers: every figure below was counted by hand from the table of cases, and the sentences follow.
import { readFileSync } from 'node:fs';
import { isGroupVisit, isRepeatPetition } from '../../../src/domain/cases/classify.js';
import type { Case } from '../../../src/domain/model.js';
import { buildAnnualReport } from '../../../src/domain/reports/annual.js';
import { buildMonthlyReport } from '../../../src/domain/reports/monthly.js';
import { monthlyNarrative } from '../../../src/domain/reports/monthly-narrative.js';
import { annualNarrative, type Narrative } from '../../../src/domain/reports/narrative.js';
import { closingDeadline } from '../../../src/domain/reports/quality.js';
import { annualTables } from '../../../src/domain/reports/tables.js';
import { trendOf } from '../../../src/domain/reports/trend.js';
import { InputError } from '../../../src/errors.js';
import { expectGoldenText } from '../../helpers/golden.js';
import { makeCase, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-annual.json', import.meta.url), 'utf8'));
const FIGURE_HEADINGS = ['初信初访和重复信访情况', '集体访情况', '按期办结和超期情况', '群众满意度情况', '近年信访情况对比'];

/** Heading → its paragraph, for the figure sections only. */
function sections(n: Narrative): Record<string, string> {
  const out: Record<string, string> = {};
  n.blocks.forEach((b, i) => {
    const next = n.blocks[i + 1];
    if (b.kind === 'heading' && FIGURE_HEADINGS.includes(b.text) && next?.kind === 'paragraph') out[b.text] = next.text;
  });
  return out;
}

function config() {
  const c = testConfig();
  c.units.push(...['基础教育科', '计划财务科', '人事科'].map((name) => ({ name, kind: '科室' as const, active: true })));
  return c;
}

const who = (name: string, phone: string, idNumber = '') => ({ name, phone, idNumber, address: '' });
const closed = (closedDate: string, satisfaction: Case['satisfaction'] = null): Partial<Case> => ({
  status: satisfaction ? '已评价' : '已办结', closedDate, result: '解决', satisfaction,
});

/*
 * The ledger of 2026 (calendar days; accept within 15 days, handle within 60; cut-off 2026-12-31):
 *
 * no  petitioner              received  channel/persons  repeatOf  accepted  due (办理期限)          closed     on time  rated     unit        at 12-31
 * A1  张三 139…01             01-10     来信 1           —         01-12     03-13                   03-01      yes      满意       基础教育科
 * A2  张三 139…01             04-01     来访 1           A1        04-02     none → 04-02+60 = 06-01 06-10      no       不满意     基础教育科
 * B1  李四 id …1234           02-03     来访 8 (集体访)  —         02-03     04-04                   03-20      yes      基本满意   人事科
 * B2  李四 id …1234 + 139…02  05-06     来信 1           B1        05-08     none → 07-07, +30 ext = 08-06  08-01  yes   —         人事科
 * C1  李四 139…02 (no id)     09-01     来电 1           B2        09-02     11-01                   open                         人事科      overdue (办理)
 * D1  王五 139…03             03-03     来访 6 (集体访)  —         03-04     05-03                   04-20      yes      满意       计划财务科
 * E1  赵六 139…04             06-15     来访 5 (not >5)  —         06-16     none → 08-15            open                         计划财务科  overdue (办理)
 * F1  钱七 139…05             12-20     网上 1           —         not yet   (accept by 2027-01-04)  open                         —           not overdue
 * G1  孙八 139…06             07-01     来信 1           —         refused 07-05                     —                            —           refused: no clock
 * H1  (anonymous)             08-08     网上 1           —         08-09     10-08                   10-08      yes (on the day)  满意  基础教育科
 * I1  周九 139…07             10-10     来信 1           —         10-12     none → 12-11            open                         (not assigned) overdue (办理)
 *
 * 11 cases. Repeat: A2, B2, C1 = 3 (27.27%); first: 8 (72.73%).
 * Petitioners: 张三; 李四 (B1 by ID, B2 by ID and name+phone, C1 by name+phone: one person); 王五; 赵六; 钱七; 孙八;
 *   the anonymous H1 (a person of its own); 周九 = 8. With a repeat: 张三, 李四 = 2 (25%).
 * 集体访 (来访, more than 5): B1 8 + D1 6 = 2 批 14 人次.
 * 办结 now: A1 A2 B1 B2 D1 H1 = 6 (办结率 6/11 = 54.55%); on time: all but A2 = 5 → 83.33%.
 * Overdue at 12-31: C1 人事科, E1 计划财务科, I1 not assigned = 3; equal counts in configured unit order
 *   (基础教育科, 计划财务科, 人事科), the unassigned last.
 * Rated: A1 满意, A2 不满意, B1 基本满意, D1 满意, H1 满意 = 5; (3 + 1) / 5 = 80%.
 * Earlier years (from the indexes): 2022 none, 2023 8 received 8 closed, 2024 none, 2025 9 received 7 closed.
 *   The trend starts at 2023: 100%; 2024 none; 2025 7/9 = 77.78%; 2026 6/11 = 54.55%. 2026 vs 2023: +3 = 37.5%.
 */
function ledger2026(): Case[] {
  const base = (no: string, over: Partial<Case>) => makeCase({ no: `2026-${no}`, source: '本级受理', region: '北岭县', ...over });
  return [
    base('A1', { petitioner: who('张三', '13900000001'), receivedDate: '2026-01-10', acceptedDate: '2026-01-12', dueDate: '2026-03-13', unit: '基础教育科', ...closed('2026-03-01', '满意') }),
    base('A2', { petitioner: who('张三', '13900000001'), receivedDate: '2026-04-01', channel: '来访', repeatOf: ['2026-A1'], acceptedDate: '2026-04-02', unit: '基础教育科', ...closed('2026-06-10', '不满意') }),
    base('B1', { petitioner: who('李四', '', '110105199001011234'), receivedDate: '2026-02-03', channel: '来访', persons: 8, acceptedDate: '2026-02-03', dueDate: '2026-04-04', unit: '人事科', ...closed('2026-03-20', '基本满意') }),
    base('B2', {
      petitioner: who('李四', '13900000002', '110105199001011234'), receivedDate: '2026-05-06', repeatOf: ['2026-B1'], acceptedDate: '2026-05-08',
      extension: { days: 30, reason: '情况复杂', date: '2026-06-20' }, unit: '人事科', ...closed('2026-08-01'),
    }),
    base('C1', { petitioner: who('李四', '13900000002'), receivedDate: '2026-09-01', channel: '来电', repeatOf: ['2026-B2'], acceptedDate: '2026-09-02', dueDate: '2026-11-01', unit: '人事科' }),
    base('D1', { petitioner: who('王五', '13900000003'), receivedDate: '2026-03-03', channel: '来访', persons: 6, acceptedDate: '2026-03-04', dueDate: '2026-05-03', unit: '计划财务科', ...closed('2026-04-20', '满意') }),
    base('E1', { petitioner: who('赵六', '13900000004'), receivedDate: '2026-06-15', channel: '来访', persons: 5, acceptedDate: '2026-06-16', unit: '计划财务科' }),
    base('F1', { petitioner: who('钱七', '13900000005'), receivedDate: '2026-12-20', channel: '网上', status: '登记', acceptedDate: null, unit: '' }),
    base('G1', {
      petitioner: who('孙八', '13900000006'), receivedDate: '2026-07-01', status: '不予受理', acceptedDate: null, unit: '',
      history: [{ date: '2026-07-05', action: '不予受理', note: '' }],
    }),
    base('H1', { petitioner: who('', ''), receivedDate: '2026-08-08', channel: '网上', acceptedDate: '2026-08-09', dueDate: '2026-10-08', unit: '基础教育科', ...closed('2026-10-08', '满意') }),
    base('I1', { petitioner: who('周九', '13900000007'), receivedDate: '2026-10-10', status: '已受理', acceptedDate: '2026-10-12', unit: '' }),
  ];
}

const EARLIER = [
  { year: 2022, received: 0, closed: 0 },
  { year: 2023, received: 8, closed: 8 },
  { year: 2024, received: 0, closed: 0 },
  { year: 2025, received: 9, closed: 7 },
];

describe('a hand-made ledger of 2026', () => {
  const r = buildAnnualReport({ year: 2026, config: config(), cases: ledger2026(), previousYearBySource: { 本级受理: 9 }, earlierYears: EARLIER });
  const n = annualNarrative(r, template);

  test('the model: counts, shares and rates as counted by hand', () => {
    expect([r.total, r.closed, r.closureRate]).toEqual([11, 6, 54.55]);
    expect(r.firstTime).toEqual({ count: 8, percent: 72.73 });
    expect(r.repeat).toEqual({ count: 3, percent: 27.27 });
    expect(r.repeatPersons).toEqual({ count: 2, percent: 25, petitioners: 8 });
    expect(r.group).toEqual({ batches: 2, persons: 14 });
    expect([r.closedOnTime, r.onTimeRate]).toEqual([5, 83.33]);
    expect(r.overdueAsOf).toBe('2026-12-31');
    expect(r.overdue).toEqual([{ unit: '计划财务科', count: 1 }, { unit: '人事科', count: 1 }, { unit: '', count: 1 }]);
    expect(r.satisfaction).toEqual({ rated: 5, satisfied: 3, basic: 1, unsatisfied: 1, rate: 80 });
    expect(r.trend).toEqual([
      { year: 2023, received: 8, closed: 8, closureRate: 100 },
      { year: 2024, received: 0, closed: 0, closureRate: null },
      { year: 2025, received: 9, closed: 7, closureRate: 77.78 },
      { year: 2026, received: 11, closed: 6, closureRate: 54.55 },
    ]);
  });

  test('the sentences', () => {
    expect(sections(n)).toEqual({
      初信初访和重复信访情况: '2026年收到的11件信访件中，初信初访8件，占72.73%；重复信访3件，占27.27%。涉及信访人8人，其中重复信访2人，占25%。',
      集体访情况: '2026年，共接待集体访（来访人数超过5人）2批14人次。',
      按期办结和超期情况:
        '2026年收到的信访件中，已办结6件，其中按期办结5件，按期办结率83.33%。' +
        '截至2026年12月31日，超过期限未办结的信访件3件，其中计划财务科1件、人事科1件、尚未交办1件，请各责任单位抓紧办理。',
      群众满意度情况: '2026年收到的信访件中，信访人作出评价的5件，其中满意3件，基本满意1件，不满意1件，满意率80%。',
      近年信访情况对比:
        '近4年信访件收办情况为：2023年收到信访件8件、办结8件，办结率100%；2024年未收到信访件；' +
        '2025年收到信访件9件、办结7件，办结率77.78%；2026年收到信访件11件、办结6件，办结率54.55%。2026年比2023年增加3件（增长37.5%）。',
    });
  });

  test('the 附表 of the sections, after the six of before and 附表7 同比', () => {
    const tables = annualTables(r, template).slice(6);
    expect(tables.map((t) => [t.title, ...t.rows.map((row) => row.join('|'))])).toEqual([
      ['附表7  2026年信访件与2025年对比表', '本级受理|11|9|+2|+22.22%', '上级转办|0|0|0|—', '市长信箱|0|0|0|—', '合计|11|9|+2|+22.22%'],
      ['附表8  2026年初信初访和重复信访情况统计表', '初信初访（件）|8|72.73%', '重复信访（件）|3|27.27%', '合计（件）|11|100%', '信访人（人）|8|100%', '其中重复信访人（人）|2|25%'],
      ['附表9  2026年信访件按期办结情况统计表', '已办结|6|100%', '其中按期办结|5|83.33%', '超过期限办结|1|16.67%'],
      ['附表10  2026年超期未办结信访件分单位统计表', '1|计划财务科|1', '2|人事科|1', '3|尚未交办|1', '合计||3'],
      ['附表11  2026年信访人满意度评价统计表', '满意|3|60%', '基本满意|1|20%', '不满意|1|20%', '合计（已评价）|5|100%', '满意率（满意＋基本满意）|4|80%'],
      ['附表12  近年信访件收办情况统计表', '2023年|8|8|100%', '2024年|0|0|—', '2025年|9|7|77.78%', '2026年|11|6|54.55%'],
    ]);
  });

  test('golden text of the figure sections', () => {
    const text = Object.entries(sections(n)).map(([h, p]) => `## ${h}\n${p}`).join('\n');
    expectGoldenText('report-annual-figures.txt', `${text}\n`);
  });

  test('while the year lasts, overdue is counted on the run date', () => {
    const mid = buildAnnualReport({ year: 2026, config: config(), cases: ledger2026(), asOf: '2026-10-20' });
    // on 10-20: C1 (due 11-01) is not yet late; E1 (due 08-15) is; I1 (accepted 10-12, due 12-11) is not
    expect([mid.overdueAsOf, mid.overdue]).toEqual(['2026-10-20', [{ unit: '计划财务科', count: 1 }]]);
  });
});

/*
 * 2027, the first year in the store: X1 registered 03-01 (accept by 03-16), X2 accepted 03-02 with no due date
 * (handle by 05-01); run on 2027-04-15. Nothing closed, nothing rated, no earlier year, no visit.
 * First 2 (100%), repeat 0; petitioners 2; no 集体访; 按期办结率 and 满意率: nothing to divide by (null);
 * X1 is late for acceptance on 04-15 (03-16 passed): overdue 1, not assigned.
 */
describe('a first year: no ratings, nothing closed, no previous years', () => {
  const cases = [
    makeCase({ no: '2027-X1', receivedDate: '2027-03-01', status: '登记', acceptedDate: null, unit: '', petitioner: who('吴十', '13900000010') }),
    makeCase({ no: '2027-X2', receivedDate: '2027-03-02', acceptedDate: '2027-03-02', unit: '北岭县', petitioner: who('郑一', '13900000011') }),
  ];
  const r = buildAnnualReport({ year: 2027, config: config(), cases, previousYearBySource: {}, asOf: '2027-04-15' });

  test('rates are null, never NaN or 0%', () => {
    expect(r.onTimeRate).toBeNull();
    expect(r.satisfaction).toEqual({ rated: 0, satisfied: 0, basic: 0, unsatisfied: 0, rate: null });
    expect(r.trend).toEqual([{ year: 2027, received: 2, closed: 0, closureRate: 0 }]);
    expect(r.repeat).toEqual({ count: 0, percent: 0 });
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  test('the sentences say there is nothing to rate or compare', () => {
    const text = sections(annualNarrative(r, template));
    expect(text).toEqual({
      初信初访和重复信访情况: '2027年收到的2件信访件均为初信初访，涉及信访人2人，无重复信访。',
      集体访情况: '2027年，未发生集体访（来访人数超过5人）。',
      按期办结和超期情况: '2027年收到的信访件尚无办结，暂无按期办结率。截至2027年4月15日，超过期限未办结的信访件1件，其中尚未交办1件，请各责任单位抓紧办理。',
      群众满意度情况: '2027年收到的信访件尚无信访人评价，暂不计算满意率。',
      近年信访情况对比: '2027年以前没有信访件记录，暂不作往年对比。',
    });
    expect(Object.values(text).join('')).not.toMatch(/NaN|undefined|null|0%|—/);
  });

  test('a year with no cases at all', () => {
    const empty = buildAnnualReport({ year: 2030, config: config(), cases: [], previousYearCases: null });
    expect([empty.firstTime.percent, empty.repeatPersons.percent, empty.onTimeRate, empty.overdue]).toEqual([null, null, null, []]);
    expect(sections(annualNarrative(empty, template))['初信初访和重复信访情况']).toBe('2030年未收到信访件，无初信初访和重复信访。');
  });
});

// The same ledger month by month (the monthly report has the petitions and group-visit sections):
// February received B1 only (a visit of 8: 集体访); April A2 only (张三's repeat); June closed A2 (due by statute
// 06-01, closed 06-10): the month's 按期办结率 is 0%, not the 100% a missing 办理期限 would give.
describe('the hand-made ledger month by month', () => {
  const monthlyTemplate = JSON.parse(readFileSync(new URL('../../../templates/report-monthly.json', import.meta.url), 'utf8'));
  const month = (m: string) => buildMonthlyReport({ month: m, config: config(), cases: ledger2026(), previousYearCases: null });
  const text = (m: string) => monthlyNarrative(month(m), monthlyTemplate).blocks.map((b) => b.text).join('\n');

  test.each([
    ['2026-02', { count: 1, percent: 100 }, { count: 0, percent: 0 }, { count: 0, percent: 0, petitioners: 1 }, { batches: 1, persons: 8 }],
    ['2026-04', { count: 0, percent: 0 }, { count: 1, percent: 100 }, { count: 1, percent: 100, petitioners: 1 }, { batches: 0, persons: 0 }],
    ['2026-11', { count: 0, percent: null }, { count: 0, percent: null }, { count: 0, percent: null, petitioners: 0 }, { batches: 0, persons: 0 }],
  ])('%s', (m, firstTime, repeat, repeatPersons, group) => {
    expect(month(m)).toMatchObject({ firstTime, repeat, repeatPersons, group });
  });

  test('the sentences', () => {
    expect(text('2026-02')).toContain('本月收到的1件信访件均为初信初访，涉及信访人1人，无重复信访。\n集体访情况\n本月共接待集体访（来访人数超过5人）1批8人次。');
    expect(text('2026-04')).toContain('本月收到的1件信访件中，初信初访0件，占0%；重复信访1件，占100%。涉及信访人1人，其中重复信访1人，占100%。');
    expect(text('2026-11')).toContain('本月未收到信访件，无初信初访和重复信访。\n集体访情况\n本月未发生集体访（来访人数超过5人）。');
  });

  test('a case without 办理期限 is held to the statutory limit for 按期办结', () => {
    expect(month('2026-06')).toMatchObject({ closedInPeriod: 1, closedOnTime: 0, onTimeRate: 0 });
  });
});

describe('the rules, one place each', () => {
  test.each([
    [[], undefined, false],
    [['2026-0001'], undefined, true],
    [[], '重复信访', true],
    [['2026-0001'], '初信初访', false],
    [['2026-0001'], '重复信访', true],
    [[], '初信初访', false],
  ] as const)('repeatOf %j, recorded %s → repeat %s', (repeatOf, petitionKind, expected) => {
    expect(isRepeatPetition({ repeatOf: [...repeatOf], petitionKind })).toBe(expected);
  });

  test.each([
    ['来访', 6, true],
    ['来访', 5, false],
    ['来访', 1, false],
    ['来信', 30, false],
  ] as const)('%s by %i people → 集体访 %s', (channel, persons, expected) => {
    expect(isGroupVisit({ channel, persons })).toBe(expected);
  });

  const settings = testConfig().settings;
  test.each([
    ['its due date', { dueDate: '2026-03-01', acceptedDate: '2026-01-01' }, '2026-03-01'],
    ['60 days from acceptance without one', { dueDate: null, acceptedDate: '2026-01-01' }, '2026-03-02'],
    ['from the last day to accept when no acceptance is recorded', { dueDate: null, acceptedDate: null }, '2026-03-17'],
    ['moved by an extension', { dueDate: null, acceptedDate: '2026-01-01', extension: { days: 30, reason: '', date: '2026-02-20' } }, '2026-04-01'],
  ])('closing deadline: %s', (_, over, expected) => {
    expect(closingDeadline(makeCase({ receivedDate: '2026-01-01', ...over }), settings, null)).toBe(expected);
  });

  test('the trend starts at the first year with cases and keeps a gap year', () => {
    expect(trendOf(2026, { received: 1, closed: 1 }, [{ year: 2021, received: 5, closed: 5 }, { year: 2024, received: 2, closed: 1 }]).map((t) => t.year)).toEqual([2024, 2025, 2026]);
  });

  test('a template listing a section that does not exist is an InputError', () => {
    const bad = { ...template, figureSections: ['petitions', 'arrears'] };
    const r = buildAnnualReport({ year: 2026, config: config(), cases: ledger2026() });
    expect(() => annualNarrative(r, bad)).toThrow(InputError);
    expect(() => annualNarrative(r, bad)).toThrow(/figureSections.*arrears/);
  });
});
