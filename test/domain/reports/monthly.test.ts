import { readFileSync } from 'node:fs';
import { buildMonthlyReport, monthRange, type MonthlyInput } from '../../../src/domain/reports/monthly.js';
import { monthlyNarrative } from '../../../src/domain/reports/monthly-narrative.js';
import { monthlyTables } from '../../../src/domain/reports/tables.js';
import { InputError } from '../../../src/errors.js';
import { expectGoldenJson, expectGoldenText } from '../../helpers/golden.js';
import { heldDay, makeCase, slot, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-monthly.json', import.meta.url), 'utf8'));

/** March 2026: four cases received, one closed late, one refused, one visit of 3 people; one older case overdue. */
function march(extra: Partial<MonthlyInput> = {}) {
  const config = testConfig();
  config.roster.slots = [slot('2026-03-02', '王建国'), slot('2026-03-16', '李明'), slot('2026-03-09', '李明', '下访'), slot('2026-04-01', '王建国')];
  const cases = [
    makeCase({ no: '2026-0001', receivedDate: '2026-02-10', status: '已办结', closedDate: '2026-03-05', dueDate: '2026-04-10' }),
    makeCase({ no: '2026-0002', receivedDate: '2026-03-02', channel: '来访', persons: 3, reception: { date: '2026-03-02', leader: '王建国' }, category: '教育收费', region: '南川县', dueDate: '2026-05-01' }),
    makeCase({ no: '2026-0003', receivedDate: '2026-03-03', status: '已办结', closedDate: '2026-03-20', dueDate: '2026-03-10', category: '其它' }),
    makeCase({ no: '2026-0004', receivedDate: '2026-03-04', status: '不予受理', acceptedDate: null, source: '市长信箱', channel: '网上', history: [{ date: '2026-03-06', action: '不予受理', note: '应通过诉讼解决' }] }),
    makeCase({ no: '2026-0005', receivedDate: '2026-01-04', dueDate: '2026-03-05', unit: '北岭县', leader: '李明', summary: '反映食堂收费' }),
    makeCase({ no: '2026-0006', receivedDate: '2026-03-01', status: '登记', acceptedDate: null, unit: '', leader: '' }),
    // closed in April: still in progress at the end of March
    makeCase({ no: '2026-0007', receivedDate: '2026-03-20', status: '已办结', closedDate: '2026-04-02', dueDate: '2026-05-19' }),
    // extended in April, before its due date: not overdue at the end of March
    makeCase({ no: '2026-0008', receivedDate: '2026-01-10', dueDate: '2026-04-29', extension: { days: 30, reason: '需调查', date: '2026-04-05' } }),
    makeCase({ no: '2026-0009', receivedDate: '2026-04-03' }),
  ];
  const previous = [
    makeCase({ no: '2025-0001', receivedDate: '2025-03-05', status: '已办结', closedDate: '2025-03-20' }),
    makeCase({ no: '2025-0002', receivedDate: '2025-03-07', status: '已办结', closedDate: '2025-03-21' }),
  ];
  const receptionRecords = [heldDay('2026-03-02', '王建国'), heldDay('2026-03-16', '李明')];
  return buildMonthlyReport({ month: '2026-03', config, cases, previousYearCases: previous, receptionRecords, ...extra });
}

describe('monthly report, as of the last day of the month', () => {
  const r = march();

  test('received this month by channel (every channel), source, category (其它 last) and region', () => {
    expect(r.received).toBe(5);
    expect(r.byChannel.map((s) => [s.name, s.count])).toEqual([['来信', 3], ['来访', 1], ['网上', 1], ['来电', 0]]);
    expect(r.bySource.map((s) => [s.name, s.count, s.percent])).toEqual([['省教育厅', 4, 80], ['市长信箱', 1, 20]]);
    expect(r.byCategory.map((s) => s.name)).toEqual(['办学管理', '教育收费', '其它']);
    expect(r.byRegion.map((s) => [s.name, s.count])).toEqual([['北岭县', 4], ['南川县', 1]]);
  });

  test('received = accepted + refused + awaiting acceptance; in progress only among the accepted', () => {
    // 0006 was registered on 3-01 and not accepted by 3-31: 待受理, not 正在办理
    expect([r.received, r.accepted, r.rejected, r.pendingAcceptance]).toEqual([5, 3, 1, 1]);
    expect([r.closed, r.inProgress, r.closureRate]).toEqual([1, 2, 20]);
    for (const f of [r, r.yearToDate]) {
      expect(f.accepted + f.rejected + f.pendingAcceptance).toBe(f.received);
      expect(f.closed + f.inProgress).toBe(f.accepted);
    }
    // closed in March: 0001 (on time) and 0003 (late)
    expect([r.closedInPeriod, r.closedOnTime, r.onTimeRate]).toEqual([2, 1, 50]);
  });

  test('overdue at the end of the month with unit and leader, most overdue first', () => {
    expect(r.overdue.map((o) => [o.no, o.stage, o.deadline, o.daysOverdue, o.unit, o.leader])).toEqual([
      ['2026-0005', '办理', '2026-03-05', 26, '北岭县', '李明'],
      ['2026-0006', '受理', '2026-03-16', 15, '', ''],
    ]);
  });

  test('a case still unaccepted and late at month end is overdue, even if it was accepted and extended later', () => {
    const late = makeCase({ no: '2026-0101', receivedDate: '2026-02-20', acceptedDate: '2026-04-02', dueDate: '2026-07-01', extension: { days: 30, reason: '需调查', date: '2026-04-10' } });
    const report = buildMonthlyReport({ month: '2026-03', config: testConfig(), cases: [late], previousYearCases: null });
    expect(report.overdue.map((o) => [o.no, o.stage, o.deadline, o.daysOverdue])).toEqual([['2026-0101', '受理', '2026-03-07', 24]]);
  });

  test('year to date, 环比 and 同比', () => {
    expect(r.yearToDate).toMatchObject({ from: '2026-01-01', to: '2026-03-31', received: 8, accepted: 6, rejected: 1, pendingAcceptance: 1, closed: 2, inProgress: 4, closureRate: 25 });
    expect(r.monthOnMonth).toEqual({ previous: 1, current: 5, direction: 'up', diff: 4, percent: 400 });
    expect(r.yearOnYear).toEqual({ previous: 2, current: 5, direction: 'up', diff: 3, percent: 150 });
    expect(r.yearToDateOnYear).toEqual({ previous: 2, current: 8, direction: 'up', diff: 6, percent: 300 });
  });

  test('reception days held that month with leader, 批次 and 人次 (下访 days are not reception days)', () => {
    expect(r.receptions.byDay).toEqual([
      { date: '2026-03-02', leader: '王建国', batches: 1, persons: 3 },
      { date: '2026-03-16', leader: '李明', batches: 0, persons: 0 },
    ]);
    expect([r.receptions.days, r.receptions.batches, r.receptions.persons]).toEqual([2, 1, 3]);
  });

  test('golden JSON of the model and the text', () => {
    expectGoldenJson('report-monthly-2026-03.json', r);
    const n = monthlyNarrative(r, template);
    const text = [n.title, n.subtitle, ...n.blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.kind === 'placeholder' ? `[${b.text}]` : b.text))].join('\n');
    expectGoldenText('report-monthly-2026-03.txt', `${text}\n`);
  });
});

describe('sensible output without data', () => {
  test('a month with no cases, no receptions, no earlier data', () => {
    const r = buildMonthlyReport({ month: '2026-07', config: testConfig(), cases: [], previousYearCases: null });
    expect(r).toMatchObject({ received: 0, closureRate: null, onTimeRate: null, monthOnMonth: null, yearOnYear: null, yearToDateOnYear: null, overdue: [] });
    expect(r.receptions).toMatchObject({ days: 0, batches: 0, persons: 0, byDay: [] });
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
    const n = monthlyNarrative(r, template);
    const text = n.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('2026年7月，我局未收到信访件。');
    expect(text).toContain('本月没有已开展的局领导信访接待日。');
    expect(text).toContain('本月无办结的信访件。');
    expect(text).not.toMatch(/NaN|undefined|null|相比/);
  });

  test('reception days closed as held but no visitors; days after asOf are not yet held', () => {
    const config = testConfig();
    config.roster.slots = [slot('2026-07-01', '王建国'), slot('2026-07-16', '李明')];
    const r = buildMonthlyReport({ month: '2026-07', config, cases: [], previousYearCases: null, asOf: '2026-07-10', receptionRecords: [heldDay('2026-07-01', '王建国')] });
    expect(r.receptions.byDay).toEqual([{ date: '2026-07-01', leader: '王建国', batches: 0, persons: 0 }]);
    expect(r.receptions.unrecorded).toBeUndefined();
    const text = monthlyNarrative(r, template).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('本月局领导信访接待日共1天，未接待来访群众。具体为：7月1日局长王建国接待，无群众来访。');
  });

  test('the figures come from the day records, not the roster', () => {
    const config = testConfig();
    config.roster.slots = [slot('2026-07-01', '王建国'), slot('2026-07-16', '李明'), slot('2026-07-20', '王建国')];
    const visit = makeCase({ receivedDate: '2026-07-20', channel: '来访', persons: 2, reception: { date: '2026-07-20', leader: '王建国' } });
    const notHeld = { date: '2026-07-16', held: false, leaders: ['李明'], note: '', reason: '防汛', closedOn: '2026-07-16' };
    const r = buildMonthlyReport({ month: '2026-07', config, cases: [visit], previousYearCases: null, asOf: '2026-07-31', receptionRecords: [notHeld] });
    // 07-01: on the roster, never closed, no visits: not held, listed as unrecorded; 07-16: closed as not held;
    // 07-20: not closed yet, but a visit was registered on it: held
    expect(r.receptions.byDay).toEqual([{ date: '2026-07-20', leader: '王建国', batches: 1, persons: 2 }]);
    expect([r.receptions.days, r.receptions.batches, r.receptions.persons]).toEqual([1, 1, 2]);
    expect(r.receptions.unrecorded).toEqual([{ date: '2026-07-01', leader: '王建国' }]);
  });

  test('January compares with December of the previous year; data that begin later give no comparison', () => {
    const jan = buildMonthlyReport({
      month: '2026-01',
      config: testConfig(),
      cases: [makeCase({ receivedDate: '2026-01-05' })],
      previousYearCases: [makeCase({ receivedDate: '2025-12-05' }), makeCase({ receivedDate: '2025-12-06' })],
    });
    expect(jan.monthOnMonth).toEqual({ previous: 2, current: 1, direction: 'down', diff: 1, percent: 50 });
    expect(jan.yearOnYear).toBeNull(); // the data begin in December 2025
    const started = buildMonthlyReport({ month: '2026-03', config: testConfig(), cases: [makeCase({ receivedDate: '2026-03-05' })], previousYearCases: null });
    expect(started.monthOnMonth).toBeNull();
  });

  test('a bad month is an InputError', () => {
    expect(() => buildMonthlyReport({ month: '2026-13', config: testConfig(), cases: [], previousYearCases: null })).toThrow(InputError);
  });

  test('month ranges', () => {
    expect(monthRange('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(monthRange('2026-12')).toEqual(['2026-12-01', '2026-12-31']);
  });
});

describe('rates of nothing and months not begun', () => {
  test('a month with cases but none closed in it: the 按期办结率 is null, the 办结率 of its cases a real 0%', () => {
    const r = buildMonthlyReport({ month: '2026-03', config: testConfig(), cases: [makeCase({ receivedDate: '2026-03-02' })], previousYearCases: null });
    expect(r).toMatchObject({ received: 1, closureRate: 0, closedInPeriod: 0, onTimeRate: null });
    const text = monthlyNarrative(r, template).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('办结率0%；累计尚无办结的信访件，暂无按期办结率。');
    const figures = monthlyTables(r, template).find((t) => t.key === 'figures')!;
    expect(figures.rows.find((row) => row[0] === '按期办结率')).toEqual(['按期办结率', '—', '—']);
  });

  test.each([
    ['2026-12', '2026-11-30', '2026年12月尚未开始（今天是2026年11月30日），请选择本月或以前的月份'],
    ['2030-01', '2026-11-30', '2030年1月尚未开始（今天是2026年11月30日），请选择本月或以前的月份'],
  ])('%s on %s is refused', (month, asOf, message) => {
    expect(() => buildMonthlyReport({ month, config: testConfig(), cases: [], previousYearCases: null, asOf })).toThrow(new InputError(message));
  });

  test('the current month is reported (counted to today)', () => {
    expect(buildMonthlyReport({ month: '2026-11', config: testConfig(), cases: [], previousYearCases: null, asOf: '2026-11-30' }).month).toBe('2026-11');
  });
});
