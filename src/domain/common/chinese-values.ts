// Values a clerk may type in Chinese wherever the English word is accepted: holiday shift, weekday, calendar state.
import type { ShiftPolicy } from '../model.js';

export const SHIFT_WORDS: Record<string, ShiftPolicy> = {
  next: 'next', 顺延: 'next', 顺推: 'next',
  previous: 'previous', 提前: 'previous',
  skip: 'skip', 不安排: 'skip', 不另行安排: 'skip', 跳过: 'skip',
};

export const CALENDAR_STATES: Record<string, 'off' | 'work'> = {
  off: 'off', 休: 'off', 放假: 'off', 休息: 'off',
  work: 'work', 班: 'work', 上班: 'work', 调休上班: 'work',
};

const WEEKDAY_CHARS = ['一', '二', '三', '四', '五', '六', '日'];

/** "2", "星期二", "周二", "礼拜二" (日/天 for Sunday) → 2; anything else → null. */
export function weekdayNumber(raw: string): number | null {
  const t = raw.trim();
  if (/^[1-7]$/.test(t)) return Number(t);
  const m = /^(?:星期|周|礼拜)([一二三四五六日天])$/.exec(t);
  if (!m) return null;
  return m[1] === '天' ? 7 : WEEKDAY_CHARS.indexOf(m[1]) + 1;
}
