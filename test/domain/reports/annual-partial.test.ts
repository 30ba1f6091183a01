// The annual report of a year not yet over: 1 January to today, compared with the same period of the previous year
// (同期) in the narrative, the tables and the model; months after the cut-off are not listed.
import { readFileSync } from 'node:fs';
import { buildAnnualReport } from '../../../src/domain/reports/annual.js';
import { annualNarrative } from '../../../src/domain/reports/narrative.js';
import { annualTables } from '../../../src/domain/reports/tables.js';
import { expectGoldenText } from '../../helpers/golden.js';
import { makeCase, mayorCases, seed5Cases, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-annual.json', import.meta.url), 'utf8'));
const config = testConfig();
// cases spread over the whole of each year; those after the cut-off must not count
const cases = [...seed5Cases(2026), ...mayorCases(2026)];
const lastYear = [...seed5Cases(2025), ...mayorCases(2025).filter((_, i) => i % 3 !== 0)];
const report = (today: string) => buildAnnualReport({ year: 2026, config, cases, previousYearCases: lastYear, today, asOf: today });
const upTo = (xs: { receivedDate: string }[], day: string) => xs.filter((c) => c.receivedDate <= day).length;

describe('as of 2026-11-30', () => {
  const r = report('2026-11-30');

  test('the period, and 同期 of the previous year, in the model', () => {
    expect(r.period).toEqual({ from: '2026-01-01', to: '2026-11-30', complete: false });
    expect(r.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-11-30', complete: false });
    expect(r.total).toBe(upTo(cases, '2026-11-30'));
    expect(r.total).toBeLessThan(cases.length);
    expect(r.previousYearTotal).toBe(upTo(lastYear, '2025-11-30'));
    expect(r.byMonth).toHaveLength(11);
    expect(r.byMonth.reduce((a, b) => a + b, 0)).toBe(r.total);
    for (const g of r.groups) expect(g.yearOnYear?.previous).toBe(upTo(lastYear.filter((c) => config.sources.find((s) => s.name === c.source)?.group === g.group), '2025-11-30'));
  });

  test('counts of the whole previous year are not used for a partial year', () => {
    const withCounts = buildAnnualReport({ year: 2026, config, cases, previousYearBySource: { 省教育厅: 999 }, previousYearCases: lastYear, today: '2026-11-30' });
    expect(withCounts.previousYearTotal).toBe(r.previousYearTotal);
  });

  test.each(['2026-11-30', '2026-11-15', '2026-01-01', '2026-02-28'])('as of %s: 同期 given as counts per source (kept by the store) makes the same report as its cases', (today) => {
    const periodCounts: Record<string, number> = {};
    for (const c of lastYear) if (c.receivedDate <= `2025${today.slice(4)}`) periodCounts[c.source] = (periodCounts[c.source] ?? 0) + 1;
    const fromCounts = buildAnnualReport({ year: 2026, config, cases, previousPeriodBySource: periodCounts, today, asOf: today });
    expect(fromCounts).toEqual(report(today));
  });

  test('narrative and tables say the cut-off and compare with 同期 (golden)', () => {
    const n = annualNarrative(r, template);
    expect(n.subtitle).toBe('（统计截至2026年11月30日）');
    const text = [n.title + n.subtitle, ...n.blocks.map((b) => b.text)].join('\n');
    expect(n.blocks.map((b) => b.text)).toContain('2026年1—11月信访情况分析');
    expect(text).toMatch(/^2026年1—11月，我局共收到各类信访件\d+件，截至11月30日已办结\d+件/m);
    expect(text).toMatch(/与上年同期相比(增加|减少)\d+件（(增长|下降)[\d.]+%）。/);
    expect(text).not.toContain('全年');
    expect(text).not.toContain('与上年相比');
    const tables = annualTables(r, template);
    expect(tables.every((t) => t.title.includes('2026年1—11月'))).toBe(true);
    const months = tables.find((t) => t.key === 'months')!;
    expect(months.columns.map((c) => c.header)).toEqual(['月份', ...Array.from({ length: 11 }, (_, i) => `${i + 1}月`), '合计']);
    const comparison = tables.find((t) => t.key === 'comparison')!;
    expect(comparison.columns.map((c) => c.header)).toEqual(['来源分组', '本期', '上年同期', '增减', '增减幅度']);
    expect(comparison.rows.at(-1)!.slice(0, 3)).toEqual(['合计', String(r.total), String(r.previousYearTotal)]);
    const body = tables.map((t) => [t.title, t.columns.map((c) => c.header).join(' | '), ...t.rows.map((row) => row.join(' | '))].join('\n'));
    expectGoldenText('report-annual-partial-2026-11-30.txt', `${text}\n\n${body.join('\n\n')}\n`);
  });
});

test('a cut-off inside a month names the day; the whole year once it is over', () => {
  const mid = report('2026-11-15');
  expect(mid.byMonth).toHaveLength(11);
  expect(mid.previousYearTotal).toBe(upTo(lastYear, '2025-11-15'));
  expect(annualNarrative(mid, template).blocks.map((b) => b.text)).toContain('2026年1月1日至11月15日信访情况分析');
  const whole = report('2027-01-04');
  expect(whole.period).toEqual({ from: '2026-01-01', to: '2026-12-31', complete: true });
  expect([whole.total, whole.previousYearTotal, whole.byMonth.length]).toEqual([cases.length, lastYear.length, 12]);
  const n = annualNarrative(whole, template);
  expect(n.subtitle).toBeUndefined();
  expect(n.blocks.map((b) => b.text).join('\n')).toContain('从全年信访总量看，与上年相比');
});
