// 每月1日、16日: days of the month (`--days 1,16`); a day the month lacks (a 31st in April) is simply absent.
import { InputError } from '../../../errors.js';
import { daysInMonth, makeDate } from '../../common/dates.js';
import { intIn, type DateKind, type FieldLimit } from './pattern-kind.js';
import { msg } from '../../messages/index.js';

export interface MonthDaysPattern {
  type: 'monthDays';
  days: number[];
}

const LIST_SPLIT = /[,，、;；\s]+/;
const days: FieldLimit = { limits: [1, 31], list: true };

export const monthDays: DateKind<MonthDaysPattern> = {
  type: 'monthDays',
  dateBased: true,
  options: [{ key: 'days', flags: '--days <日子>', help: '每月的哪几天，如 1,16' }],
  example: '--days 1,16',
  fields: { days },
  parse(f) {
    const raw = String(f.days);
    const parts = raw.split(LIST_SPLIT).filter(Boolean);
    if (parts.length === 0) throw new InputError(msg('roster.daysEmpty'));
    const list = parts.map((p) => intIn(p, days, '--days', '每月的日子写 1 到 31，用逗号分隔，例如 1,16'));
    if (new Set(list).size !== list.length) throw new InputError(msg('roster.daysRepeated', { value: raw }));
    return { type: 'monthDays', days: [...list].sort((a, b) => a - b) };
  },
  words: (p, w) => ({ days: p.days.map((d) => `${d}${w.daySuffix}`).join(w.listSeparator) }),
  rawDates(p, year, month) {
    const last = daysInMonth(year, month);
    return p.days.filter((d) => d <= last).map((d) => makeDate(year, month, d));
  },
};
