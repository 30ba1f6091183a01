// 每个工作日: every working day of the month (worked weekends included), one leader in rotation (`--workdays`).
import { daysInMonth, makeDate } from '../../common/dates.js';
import type { WorkdayKind } from './pattern-kind.js';

export interface WorkdaysPattern {
  type: 'workdays';
}

export const workdays: WorkdayKind<WorkdaysPattern> = {
  type: 'workdays',
  dateBased: false,
  dailyDuty: true,
  options: [{ key: 'workdays', flags: '--workdays', help: '每个工作日' }],
  example: '--workdays',
  fields: {},
  parse: () => ({ type: 'workdays' }),
  words: (_p, w, duty) => ({ verb: w.workdaysVerb[duty] }),
  generate: (_p, { year, month, cal }) => ({
    by: 'rotation',
    dates: cal.workdaysInRange(makeDate(year, month, 1), makeDate(year, month, daysInMonth(year, month))),
  }),
};
