// 积案 of a year on a small hand-made ledger: every figure computed by hand (see the comments at each case), for a
// whole year, a year not over, a year with backlog from the year before, and a year with no backlog at all.
import { readFileSync } from 'node:fs';
import type { Case } from '../../../src/domain/model.js';
import { buildAnnualReport } from '../../../src/domain/reports/annual.js';
import { backlogFigures, backlogUntil, caseAsOf, closedLaterOnly } from '../../../src/domain/reports/backlog.js';
import { annualNarrative } from '../../../src/domain/reports/narrative.js';
import { annualTables } from '../../../src/domain/reports/tables.js';
import { makeCase, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-annual.json', import.meta.url), 'utf8'));
const person = (name: string) => ({ name, phone: `139${String(name.charCodeAt(0)).padStart(8, '0')}`, idNumber: '', address: '' });
const closed = (received: string, closedOn: string, over: Partial<Case> = {}): Partial<Case> => ({
  receivedDate: received,
  status: '已办结',
  closedDate: closedOn,
  replyDate: closedOn,
  result: '解决',
  history: [{ date: closedOn, action: '办结', note: '' }],
  ...over,
});
const rated = (on: string, c: Partial<Case>): Partial<Case> => ({ ...c, status: '已评价', satisfaction: '不满意', history: [...(c.history ?? []), { date: on, action: '评价', note: '' }] });

const ledger: Case[] = [
  // A: 2024, still not closed — backlog on 1 Jan 2025 and 2026, left at every cut-off
  makeCase({ no: 'A', receivedDate: '2024-03-01', petitioner: person('甲') }),
  // I: 2024, closed and rated 不满意 in 2024 — backlog on 1 Jan 2025, 化解 2025-03-01
  makeCase({ no: 'I', ...rated('2024-06-10', closed('2024-05-01', '2024-06-01')), resolution: { date: '2025-03-01', note: '' }, petitioner: person('乙') }),
  // B: 2025, 不满意 in 2025 — backlog on 1 Jan 2026, 化解 2026-04-01
  makeCase({ no: 'B', ...rated('2025-06-10', closed('2025-05-01', '2025-06-01')), resolution: { date: '2026-04-01', note: '' }, petitioner: person('丙') }),
  // C: 2025, 复查 asked and answered in 2025 — backlog on 1 Jan 2026, 终结 2026-06-01
  makeCase({
    no: 'C',
    ...closed('2025-02-01', '2025-03-01'),
    reviews: [{ level: '复查', date: '2025-03-20', body: '市教育局', late: '', dueDate: '2025-04-19', closedDate: '2025-04-15', result: '解决', replyDate: '2025-04-15' }],
    termination: { date: '2026-06-01', docNo: '示教终〔2026〕1号' },
    petitioner: person('丁'),
  }),
  // D: December 2025, closed 2026-01-20 with nothing more asked — backlog on 1 Jan 2026, not at the cut-off
  makeCase({ no: 'D', ...closed('2025-11-20', '2026-01-20'), petitioner: person('戊') }),
  // E: 2025, closed in 2025 with nothing more asked — never backlog
  makeCase({ no: 'E', ...closed('2025-01-10', '2025-02-10'), petitioner: person('己') }),
  // F: 2025, closed in 2025; G repeats its matter in March 2026 — added in 2026
  makeCase({ no: 'F', ...closed('2025-07-01', '2025-08-01'), petitioner: person('庚') }),
  makeCase({ no: 'G', receivedDate: '2026-03-01', repeatOf: ['F'], petitioner: person('庚') }),
  // H: 2025, closed in 2025, rated 不满意 on 2026-02-01 — added in 2026 (not backlog on 1 January)
  makeCase({ no: 'H', ...rated('2026-02-01', closed('2025-08-01', '2025-09-01')), petitioner: person('辛') }),
  // J: not accepted — never backlog; K: 2026's own open case — not backlog in 2026
  makeCase({ no: 'J', receivedDate: '2025-04-01', status: '不予受理', acceptedDate: null, petitioner: person('壬') }),
  makeCase({ no: 'K', receivedDate: '2026-02-01', petitioner: person('癸') }),
];

test.each([
  // 2026: start A B C D = 4; 化解 B; 终结 C; left A; D closed 01-20 (other 1); added F (G) and H = 2; rate 1/4
  ['2026, the whole year', 2026, '2026-12-31', { start: 4, resolved: 1, terminated: 1, left: 1, added: 2, rate: 25 }],
  // to 1 May: C's 终结 (06-01) not yet — C left too; D closed; F and H added by then
  ['2026 up to 1 May', 2026, '2026-05-01', { start: 4, resolved: 1, terminated: 0, left: 2, added: 2, rate: 25 }],
  // 28 February: B not yet 化解 (04-01), G not yet received (so F not yet added), H rated 02-01: added 1; D closed 01-20
  ['2026 up to 28 February', 2026, '2026-02-28', { start: 4, resolved: 0, terminated: 0, left: 3, added: 1, rate: 0 }],
  // 2025: start A and I = 2; I 化解 2025-03-01; A left; nothing of 2024 added; rate 1/2
  ['2025, backlog from the year before', 2025, '2025-12-31', { start: 2, resolved: 1, terminated: 0, left: 1, added: 0, rate: 50 }],
  // 2024: nothing received before it
  ['2024, no backlog', 2024, '2024-12-31', { start: 0, resolved: 0, terminated: 0, left: 0, added: 0, rate: null }],
])('%s', (_, year, cutoff, expected) => {
  expect(backlogFigures(ledger, year, cutoff)).toEqual(expected);
});

test.each([
  ['2026, the whole year', 2026, '2026-12-31'],
  ['2026 up to 1 May', 2026, '2026-05-01'],
  ['2026 up to 15 January, before D closed', 2026, '2026-01-15'],
  ['2027: D long closed', 2027, '2027-12-31'],
])('%s: D counted by its close date (as the store gives it to the years after D’s) gives the same figures as D itself', (_, year, cutoff) => {
  const withoutD = ledger.filter((c) => c.no !== 'D');
  expect(backlogFigures(withoutD, year, cutoff, { '2026-01-20': 1 })).toEqual(backlogFigures(ledger, year, cutoff));
});

test.each([
  ['closed in the next year with nothing more asked: its close', 'D', false, '2026-01-20'],
  ['the same, repeated by a later case', 'D', true, undefined],
  ['not closed', 'A', false, undefined],
  ['closed within its year', 'E', false, undefined],
  ['不满意', 'I', false, undefined],
  ['a 复查', 'C', false, undefined],
  ['naming an earlier case', 'G', false, undefined],
  ['not accepted', 'J', false, undefined],
])('closedLaterOnly: %s', (_, no, repeated, expected) => {
  expect(closedLaterOnly(ledger.find((x) => x.no === no)!, repeated)).toBe(expected);
});

test('a case as it stood on a day: later steps taken back', () => {
  const c = ledger.find((x) => x.no === 'C')!;
  expect(caseAsOf(c, '2025-01-31')).toBeNull();
  expect(caseAsOf(c, '2025-02-15')).toMatchObject({ status: '办理中', closedDate: null, replyDate: null, reviews: [], termination: null });
  expect(caseAsOf(c, '2025-04-01')).toMatchObject({ status: '复查中', closedDate: '2025-03-01', reviews: [{ closedDate: null, result: null }] });
  expect(caseAsOf(c, '2025-12-31')).toMatchObject({ status: '已办结', reviews: [{ closedDate: '2025-04-15' }], termination: null });
  expect(caseAsOf(c, '2026-06-01')!.termination).toEqual({ date: '2026-06-01', docNo: '示教终〔2026〕1号' });
  const h = ledger.find((x) => x.no === 'H')!;
  expect([caseAsOf(h, '2025-12-31')!.satisfaction, caseAsOf(h, '2026-02-01')!.satisfaction]).toEqual([null, '不满意']);
});

test.each([
  ['not closed', 'A', null],
  ['化解 after 不满意: until its 化解', 'I', '2025-03-01'],
  ['终结 after a 复查: until its 终结', 'C', '2026-06-01'],
  ['closed in the next year: until its close', 'D', '2026-01-20'],
  ['closed within its year, nothing more', 'E', undefined],
  ['not accepted', 'J', undefined],
])('backlogUntil: %s', (_, no, expected) => {
  expect(backlogUntil(ledger.find((x) => x.no === no)!, false)).toBe(expected);
});

test('backlogUntil: a case a later one repeats has no end until it is 化解 or 终结', () => {
  const f = ledger.find((x) => x.no === 'F')!;
  expect([backlogUntil(f, false), backlogUntil(f, true)]).toEqual([undefined, null]);
});

describe('the 积案 section of the annual summary', () => {
  const report = (year: number, today: string) => {
    const cases = ledger.filter((c) => c.receivedDate.startsWith(String(year)));
    const earlierCases = ledger.filter((c) => c.receivedDate < `${year}-01-01`);
    return buildAnnualReport({ year, config: testConfig(), cases, earlierCases, previousYearCases: null, today, asOf: today });
  };
  const section = (year: number, today: string) => {
    const r = report(year, today);
    const blocks = annualNarrative(r, template).blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === '信访积案化解情况');
    const table = annualTables(r, template).find((t) => t.key === 'backlog');
    return { json: r.backlog, text: blocks[at + 1].text, table };
  };

  test('the whole year: counts, 化解率, the case closed otherwise, what is left and what was added', () => {
    const s = section(2026, '2027-01-05');
    expect(s.text).toBe(
      '2026年初，我局有信访积案（往年受理、尚未化解也未终结的信访件）4件。截至2026年12月31日，化解（息诉罢访）1件，依法终结1件，积案化解率25%。' +
        '另有1件已办结，信访人未再反映，不再列为积案。尚有1件未化解，由包案领导继续跟踪化解。' +
        '2026年，又有2件往年信访件因申请复查、复核，评价不满意或重复信访，新列为积案。',
    );
    expect(s.table!.title).toBe('附表11  2026年信访积案化解情况统计表');
    expect(s.table!.rows).toEqual([
      ['年初积案', '4', '100%'],
      ['化解（息诉罢访）', '1', '25%'],
      ['依法终结', '1', '25%'],
      ['已办结、未再信访', '1', '25%'],
      ['尚未化解', '1', '25%'],
      ['年内新增积案', '2', '—'],
    ]);
  });

  test('a year not over counts to its cut-off', () => {
    expect(section(2026, '2026-05-01').text).toBe(
      '2026年初，我局有信访积案（往年受理、尚未化解也未终结的信访件）4件。截至2026年5月1日，化解（息诉罢访）1件，依法终结0件，积案化解率25%。' +
        '另有1件已办结，信访人未再反映，不再列为积案。尚有2件未化解，由包案领导继续跟踪化解。' +
        '2026年1月1日至5月1日，又有2件往年信访件因申请复查、复核，评价不满意或重复信访，新列为积案。',
    );
  });

  test('all of it cleared: no "left" count, no "closed otherwise" when there is none', () => {
    expect(section(2025, '2026-01-05').text).toBe(
      '2025年初，我局有信访积案（往年受理、尚未化解也未终结的信访件）2件。截至2025年12月31日，化解（息诉罢访）1件，依法终结0件，积案化解率50%。尚有1件未化解，由包案领导继续跟踪化解。',
    );
    const cleared = buildAnnualReport({
      year: 2025,
      config: testConfig(),
      cases: [],
      earlierCases: ledger.filter((c) => c.no === 'I'),
      previousYearCases: null,
    });
    const text = annualNarrative(cleared, template).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('积案化解率100%。年初积案已全部清零。');
  });

  test('a year with no backlog: said so, the rate is null in --json, no table of zeros', () => {
    const s = section(2024, '2025-01-05');
    expect(s.text).toBe('2024年初，我局无信访积案。');
    expect(s.json).toEqual({ start: 0, resolved: 0, terminated: 0, left: 0, added: 0, rate: null });
    expect(s.table).toBeUndefined();
  });

  test('no backlog on 1 January but some added during the year: the sentence says both, the table shows them', () => {
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases: ledger.filter((c) => c.no === 'G'), earlierCases: ledger.filter((c) => c.no === 'F'), previousYearCases: null });
    expect(r.backlog).toEqual({ start: 0, resolved: 0, terminated: 0, left: 0, added: 1, rate: null });
    const text = annualNarrative(r, template).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('2026年初，我局无信访积案。2026年，又有1件往年信访件因申请复查、复核，评价不满意或重复信访，新列为积案。');
    const table = annualTables(r, template).find((t) => t.key === 'backlog')!;
    expect(table.rows.map((row) => row.join('|'))).toEqual(['年初积案|0|—', '化解（息诉罢访）|0|—', '依法终结|0|—', '已办结、未再信访|0|—', '尚未化解|0|—', '年内新增积案|1|—']);
    expect(table.rows.flat().join()).not.toMatch(/NaN|undefined|0%/);
  });
});
