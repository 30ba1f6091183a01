import { formatShare, percentLabel, percentText, shareHundredths, shareNumber } from '../../../src/domain/common/percent.js';

describe('shares: count ÷ total × 100, half-up to two decimals, exact', () => {
  test.each([
    [107, 4000, '2.68%'], // 2.675 exactly: floating point would give 2.67
    [1, 8, '12.5%'],
    [18, 180, '10%'],
    [8, 180, '4.44%'],
    [172, 180, '95.56%'],
    [173, 180, '96.11%'],
    [215, 224, '95.98%'],
    [24, 180, '13.33%'],
    [23, 180, '12.78%'],
    [1, 3, '33.33%'],
    [2, 3, '66.67%'],
    [1, 20000, '0.01%'], // 0.005 → 0.01 (half-up)
    [1, 20001, '0%'],
    [5, 5, '100%'],
    [0, 5, '0%'],
    [0, 0, '0%'], // no total: 0, never NaN
    [3, 0, '0%'],
    [30, 150, '20%'],
    [1, 16, '6.25%'],
    [1005, 100000, '1.01%'], // 1.005 → 1.01
    [2_000_000_001, 4_000_000_000, '50%'], // 50.000000025 → 50
  ])('%i / %i = %s', (count, total, expected) => {
    expect(formatShare(count, total)).toBe(expected);
  });

  test('JSON number and back', () => {
    expect(shareNumber(107, 4000)).toBe(2.68);
    expect(shareNumber(1, 8)).toBe(12.5);
    expect(shareNumber(0, 0)).toBe(0);
    expect(percentLabel(shareNumber(8, 180))).toBe('4.44%');
    expect(percentLabel(10)).toBe('10%');
    expect(percentLabel(0.29)).toBe('0.29%'); // 0.29 * 100 is 28.999… in floating point
  });

  test('text form drops trailing zeros only', () => {
    expect(percentText(1000)).toBe('10');
    expect(percentText(1050)).toBe('10.5');
    expect(percentText(1005)).toBe('10.05');
    expect(percentText(5)).toBe('0.05');
    expect(percentText(-250)).toBe('-2.5');
    expect(shareHundredths(2, 3)).toBe(6667);
  });

  test('refuses what is not a count', () => {
    expect(() => shareHundredths(1.5, 3)).toThrow(RangeError);
    expect(() => shareHundredths(-1, 3)).toThrow(RangeError);
  });
});
