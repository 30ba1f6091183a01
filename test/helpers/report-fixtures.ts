// Cases and a configuration built from counts, for the report tests: seed 5's figures, reproducible exactly.
import type { ReceptionRecord } from '../../src/domain/reception/visit-model.js';
import type { Case, Config, RosterSlot } from '../../src/domain/model.js';

export const SEED5_REGIONS: [string, number][] = [
  ['北岭县', 24], ['南川县', 23], ['东湖县', 20], ['西城区', 18], ['青山县', 15], ['白水县', 14], ['石门县', 12],
  ['云台县', 10], ['河东区', 8], ['松林县', 8], ['柳溪县', 8], ['梅岭县', 7], ['凤凰市', 5],
];
export const SEED5_SCHOOLS: [string, number][] = [['市第一中学', 5], ['市实验学校', 3]];
export const SEED5_CATEGORIES: [string, number][] = [
  ['办学管理', 48], ['教育收费', 42], ['教师待遇', 36], ['师德师风', 20], ['廉政建设', 8], ['办学条件', 8], ['招生考试', 7], ['其它', 11],
];

export function testConfig(): Config {
  const units = [
    { name: '信访办', kind: '科室' as const, active: true },
    ...SEED5_REGIONS.map(([name]) => ({ name, kind: '县区' as const, active: true })),
    ...SEED5_SCHOOLS.map(([name]) => ({ name, kind: '学校' as const, active: true })),
  ];
  return {
    schemaVersion: 1,
    org: { name: '北岭市教育局', issuer: '北岭市教育局' },
    settings: { caseNumberFormat: '{year}-{seq:4}', deadlineDays: 'calendar', acceptDays: 15, handleDays: 60, maxExtensionDays: 30 },
    leaders: [
      { name: '王建国', title: '局长', portfolio: '全面工作', phone: '13800000001', active: true, away: [] },
      { name: '李明', title: '副局长', portfolio: '基础教育', phone: '13800000002', active: true, away: [] },
    ],
    staff: [{ name: '赵干事', phone: '13800000009', active: true }],
    units,
    categories: SEED5_CATEGORIES.map(([name]) => ({ name, active: true })),
    sources: [
      { name: '省教育厅', group: '上级转办', active: true },
      { name: '市信访局', group: '上级转办', active: true },
      { name: '市长信箱', group: '市长信箱', active: true },
      { name: '本级受理', group: '本级受理', active: true },
    ],
    rosterRules: [],
    calendar: [],
    roster: { periods: [], slots: [], changes: [] },
  };
}

let seq = 0;
export function makeCase(over: Partial<Case> = {}): Case {
  seq += 1;
  const receivedDate = over.receivedDate ?? '2026-03-02';
  return {
    no: `${receivedDate.slice(0, 4)}-${String(seq).padStart(4, '0')}`,
    receivedDate,
    channel: '来信',
    source: '省教育厅',
    docNo: '',
    petitioner: { name: '张三', phone: '13900000000', idNumber: '', address: '' },
    persons: 1,
    region: '北岭县',
    category: '办学管理',
    tags: [],
    summary: '反映问题',
    demands: '',
    reception: null,
    repeatOf: [],
    status: '办理中',
    acceptedDate: receivedDate,
    rejectReason: '',
    unit: '北岭县',
    leader: '王建国',
    dueDate: null,
    extension: null,
    closedDate: null,
    result: null,
    replyDate: null,
    satisfaction: null,
    history: [],
    ...over,
  };
}

/** A different petitioner for each case, so an import does not link them as repeats. */
const petitioner = (i: number) => ({ name: `信访人${i}`, phone: `139${String(i).padStart(8, '0')}`, idNumber: '', address: '' });

const expand = (counts: [string, number][]): string[] => counts.flatMap(([name, n]) => Array<string>(n).fill(name));

/** Same day of year for case i of n, spread over the year (deterministic). */
function dateOf(year: number, i: number, n: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + Math.floor((i * 360) / Math.max(n, 1))));
  return d.toISOString().slice(0, 10);
}

/**
 * Seed 5's 180 cases from 省教育厅/市信访局: regions, schools and categories as counted there, 173 closed.
 * Categories are spread over regions by a stride (7 is coprime to 180) so the two tallies are independent.
 */
export function seed5Cases(year = 2026): Case[] {
  const regions = [...expand(SEED5_REGIONS), ...expand(SEED5_SCHOOLS)];
  const categories = expand(SEED5_CATEGORIES);
  const n = regions.length;
  return regions.map((region, i) => {
    const receivedDate = dateOf(year, i, n);
    const closed = (i * 7) % n < 173;
    return makeCase({
      no: `${year}-${String(i + 1).padStart(4, '0')}`,
      receivedDate,
      petitioner: petitioner(i),
      source: i % 9 < 5 ? '省教育厅' : '市信访局',
      region,
      unit: region,
      category: categories[(i * 7) % n],
      channel: (['来信', '网上', '来电'] as const)[i % 3], // transferred cases are letters, not visits
      status: closed ? '已办结' : '办理中',
      closedDate: closed ? receivedDate : null,
      result: closed ? '解决' : null,
    });
  });
}

/** Seed 5's 市长信箱: 224 cases, 215 closed, with the topics it names (most frequent first). */
export const MAYOR_TOPICS: [string, number][] = [
  ['违规补课', 30], ['师德师风', 25], ['某中学搬迁', 20], ['招生就读（学区划分）', 16], ['中招择校', 12], ['教师招聘（选调）', 9],
  ['名师名校长评选', 6], ['校车安全', 3],
];
export function mayorCases(year = 2026): Case[] {
  const topics = expand(MAYOR_TOPICS);
  return Array.from({ length: 224 }, (_, i) => {
    const receivedDate = dateOf(year, i, 224);
    const closed = i < 215;
    const region = SEED5_REGIONS[i % SEED5_REGIONS.length][0];
    return makeCase({
      no: `${year}-M${String(i + 1).padStart(3, '0')}`,
      petitioner: petitioner(1000 + i),
      receivedDate,
      source: '市长信箱',
      channel: '网上',
      region,
      unit: region,
      category: SEED5_CATEGORIES[i % 7][0],
      tags: topics[i] ? [topics[i]] : [],
      status: closed ? '已办结' : '办理中',
      closedDate: closed ? receivedDate : null,
      result: closed ? '解决' : null,
    });
  });
}

export function slot(date: string, leader: string, kind: '接访' | '下访' = '接访'): RosterSlot {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return { date, weekday: wd === 0 ? 7 : wd, kind, ruleId: 1, leader, staff: ['赵干事'], location: '接待室', time: '8:30-12:00', shiftedFrom: null, note: '' };
}

/** A reception day closed as held (reception close) by these leaders. */
export function heldDay(date: string, ...leaders: string[]): ReceptionRecord {
  return { date, held: true, leaders, note: '', reason: '', closedOn: date };
}

/** The cases as a 台账 CSV (the columns `xinfang import cases` reads), so a test can import them through the CLI. */
export function ledgerCsv(cases: readonly Case[]): string {
  const head = ['编号', '登记日期', '渠道', '来源', '信访人', '联系电话', '人数', '涉及地区', '问题类别', '内容摘要', '标签', '受理日期', '责任单位', '包案领导', '办结日期', '办理结果'];
  const rows = cases.map((c) => [
    c.no, c.receivedDate, c.channel, c.source, c.petitioner.name, c.petitioner.phone, String(c.persons), c.region, c.category, c.summary,
    c.tags.join('、'), c.acceptedDate ?? '', c.unit, c.leader, c.closedDate ?? '', c.result ?? '',
  ]);
  return [head, ...rows].map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n') + '\n';
}

/** Shell-free setup for a CLI test: the units of seed 5 and two leaders, as `xinfang` arguments. */
export function seed5SetupCommands(): string[][] {
  return [
    ['init', '--org', '北岭市教育局'],
    ['leader', 'add', '--name', '王建国', '--title', '局长', '--portfolio', '全面工作', '--phone', '13800000001'],
    ['leader', 'add', '--name', '李明', '--title', '副局长', '--portfolio', '基础教育', '--phone', '13800000002'],
    ...SEED5_REGIONS.map(([name]) => ['unit', 'add', '--name', name, '--kind', '县区']),
    ...SEED5_SCHOOLS.map(([name]) => ['unit', 'add', '--name', name, '--kind', '学校']),
  ];
}
