import { annualPeriods, annualWording, periodLabel, periodValues } from '../../../src/domain/reports/period.js';
import { InputError } from '../../../src/errors.js';

test.each([
  // year, today, period, previous period, labels
  [2026, undefined, ['2026-01-01', '2026-12-31', true], ['2025-01-01', '2025-12-31', true], '2026年', '2025年'],
  [2026, '2027-01-04', ['2026-01-01', '2026-12-31', true], ['2025-01-01', '2025-12-31', true], '2026年', '2025年'],
  [2026, '2026-12-31', ['2026-01-01', '2026-12-31', true], ['2025-01-01', '2025-12-31', true], '2026年', '2025年'],
  [2026, '2026-11-30', ['2026-01-01', '2026-11-30', false], ['2025-01-01', '2025-11-30', false], '2026年1—11月', '2025年1—11月'],
  [2026, '2026-11-15', ['2026-01-01', '2026-11-15', false], ['2025-01-01', '2025-11-15', false], '2026年1月1日至11月15日', '2025年1月1日至11月15日'],
  [2026, '2026-01-31', ['2026-01-01', '2026-01-31', false], ['2025-01-01', '2025-01-31', false], '2026年1月', '2025年1月'],
  [2026, '2026-01-01', ['2026-01-01', '2026-01-01', false], ['2025-01-01', '2025-01-01', false], '2026年1月1日', '2025年1月1日'],
  // a leap day compares with 28 February, which ends that month
  [2028, '2028-02-29', ['2028-01-01', '2028-02-29', false], ['2027-01-01', '2027-02-28', false], '2028年1—2月', '2027年1—2月'],
  [2029, '2029-02-28', ['2029-01-01', '2029-02-28', false], ['2028-01-01', '2028-02-28', false], '2029年1—2月', '2028年1月1日至2月28日'],
] as const)('%s as of %s', (year, today, [from, to, complete], [pFrom, pTo, pComplete], label, prevLabel) => {
  const p = annualPeriods(year, today);
  expect(p.period).toEqual({ from, to, complete });
  expect(p.previous).toEqual({ from: pFrom, to: pTo, complete: pComplete });
  expect([periodLabel(p.period), periodLabel(p.previous)]).toEqual([label, prevLabel]);
});

test('a year that has not begun is refused', () => {
  expect(() => annualPeriods(2027, '2026-12-31')).toThrow(InputError);
  expect(() => annualPeriods(2027, '2026-12-31')).toThrow('2027年尚未开始（今天是2026年12月31日）');
});

test('period values, and the partialYear wording replacing the whole-year entries only while the year is not over', () => {
  const template = { overall: '{period}共{total}件', nested: { a: '全年A', b: '全年B' }, partialYear: { subtitle: '（截至{cutoffDate}）', nested: { a: '同期A{previousPeriod}' } } };
  const partial = annualPeriods(2026, '2026-11-30');
  expect(periodValues(partial)).toEqual({ period: '2026年1—11月', previousPeriod: '2025年1—11月', cutoff: '11月30日', cutoffDate: '2026年11月30日' });
  const w = annualWording(template, { period: partial.period, previousPeriod: partial.previous });
  expect([w.text('overall', { total: 3 }), w.text('nested.a'), w.text('nested.b'), w.text('subtitle')]).toEqual(['2026年1—11月共3件', '同期A2025年1—11月', '全年B', '（截至2026年11月30日）']);
  const whole = annualPeriods(2026, '2027-01-04');
  const y = annualWording(template, { period: whole.period, previousPeriod: whole.previous });
  expect([y.text('overall', { total: 3 }), y.text('nested.a'), y.has('subtitle')]).toEqual(['2026年共3件', '全年A', false]);
});
