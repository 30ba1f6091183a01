// 每月第一个星期一: the nth weekday of the month (`--nth 1 --weekday 1`); nth -1 is the last one. A 5th one is
// missing in most months, so nth stops at 4; 0 means nothing.
import { UsageError } from '../../../errors.js';
import { intIn, WEEKDAY, weekdayIn, type DateKind, type FieldLimit } from './pattern-kind.js';
import { weekdaysOfMonth } from './weekly.js';
import { msg } from '../../messages/index.js';

export interface NthWeekdayPattern {
  type: 'nthWeekday';
  nth: number;
  weekday: number;
}

const nth: FieldLimit = { limits: [-1, 4], except: 0 };

export const nthWeekday: DateKind<NthWeekdayPattern> = {
  type: 'nthWeekday',
  dateBased: true,
  options: [
    { key: 'nth', flags: '--nth <第几个>', help: '每月第几个（1–4，-1 为最后一个），与 --weekday 同用' },
    {
      key: 'weekday',
      flags: '--weekday <星期>',
      help: '与 --nth 同用的星期几：星期一、周一 或 1–7',
      alone: '--weekday 要与 --nth 一起用（如 --nth 1 --weekday 1 为每月第一个星期一）；每周某天请用 --weekly',
    },
  ],
  example: '--nth 1 --weekday 星期一',
  fields: { nth, weekday: WEEKDAY },
  parse(f) {
    if (f.weekday === undefined) throw new UsageError(msg('roster.nthNeedsWeekday'));
    const n = intIn(String(f.nth), nth, '--nth', '写 1 到 4（第几个），或 -1（最后一个）');
    return { type: 'nthWeekday', nth: n, weekday: weekdayIn(String(f.weekday), '--weekday') };
  },
  words: (p, w) => ({ nth: w.nth[String(p.nth)], weekday: w.weekdayLong[p.weekday] }),
  rawDates(p, year, month) {
    const matching = weekdaysOfMonth(p.weekday, year, month);
    const pick = p.nth === -1 ? matching[matching.length - 1] : matching[p.nth - 1];
    return pick ? [pick] : [];
  },
};
