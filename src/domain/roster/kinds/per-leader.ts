// 每人每月N天: each leader N days a month, spread over the working days (`--per-leader 3`); the kind gives the days
// to the leaders itself (src/domain/roster/rotation.ts, spreadPerLeader) instead of a rotation filling dates.
import { spreadPerLeader } from '../rotation.js';
import { intIn, type FieldLimit, type WorkdayKind } from './pattern-kind.js';

export interface PerLeaderPattern {
  type: 'perLeader';
  count: number;
}

const count: FieldLimit = { limits: [1, 10] };

export const perLeader: WorkdayKind<PerLeaderPattern> = {
  type: 'perLeader',
  dateBased: false,
  options: [{ key: 'perLeader', flags: '--per-leader <天数>', help: '每位领导每月几天，分散在工作日' }],
  example: '--per-leader 2',
  fields: { count },
  parse: (f) => ({ type: 'perLeader', count: intIn(String(f.perLeader ?? ''), count, '--per-leader', `每位领导每月的天数写 ${count.limits.join(' 到 ')}`) }),
  words: (p, w, duty) => ({ verb: w.perLeaderVerb[duty], count: p.count }),
  generate(p, ctx) {
    const spread = spreadPerLeader(ctx.leaders, p.count, ctx.year, ctx.month, ctx.cal, ctx.leaderBusy);
    return { by: 'leader', days: spread.days, short: spread.short };
  },
};
