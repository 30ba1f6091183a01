import { msg } from '../messages/index.js';
// Shares written the way the annual summary writes them: count ÷ total × 100, rounded half-up to two
// decimals in exact integer arithmetic (107 of 4000 is 2.675 → 2.68%, which floating point gets wrong),
// trailing zeros dropped ("10%", "12.5%", "4.44%").

/** Hundredths of a percent, rounded half-up; 0 when there is no total (never NaN). */
export function shareHundredths(count: number, total: number): number {
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || total < 0) {
    throw new RangeError(msg('common.shareNotInteger', { count, total }));
  }
  if (total === 0) return 0;
  const n = BigInt(count) * 20000n + BigInt(total); // 2·count·10000 + total
  return Number(n / (BigInt(total) * 2n)); // floor((2x + 1) / 2) = round half-up
}

/** The percent as a plain decimal string without the sign: "4.44", "10", "12.5", "0". */
export function percentText(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
  return sign + (frac ? `${whole}.${frac}` : String(whole));
}

/** "4.44%" */
export function formatShare(count: number, total: number): string {
  return `${percentText(shareHundredths(count, total))}%`;
}

/** The share as a JSON number (4.44); parsed from the exact decimal text, so it prints exactly. */
export function shareNumber(count: number, total: number): number {
  return Number(percentText(shareHundredths(count, total)));
}

/** A JSON percent number (4.44) back to the written form ("4.44%"). */
export function percentLabel(percent: number): string {
  return `${percentText(Math.round(percent * 100))}%`;
}

/** The share as a JSON number, or null when there is nothing to divide by (a rate of no cases is not 0%). */
export function rateNumber(count: number, total: number): number | null {
  return total > 0 ? shareNumber(count, total) : null;
}
