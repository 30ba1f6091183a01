// Leaders' reception days (接访) for a period: days held from the roster, and the visits received on them —
// a 来访 case linked to a slot is one 批次 with its number of people as 人次 (3 people = 1 批 3 人次).
import type { Case, ISODate, Leader, RosterSlot } from './model.js';

export interface ReceptionDay {
  date: ISODate;
  leader: string;
  batches: number;
  persons: number;
}

export interface LeaderReceptions {
  leader: string;
  title: string;
  days: number;
  batches: number;
  persons: number;
}

export interface Receptions {
  /** Distinct dates a leader received petitioners (scheduled 接访 days up to the cut-off, and any day a visit was linked). */
  days: number;
  batches: number;
  persons: number;
  byLeader: LeaderReceptions[];
  byDay: ReceptionDay[];
}

/**
 * Receptions between `from` and `to` inclusive. Scheduled days after `asOf` (still to come) are not counted as held.
 */
export function receptionsIn(
  cases: readonly Case[],
  slots: readonly RosterSlot[],
  leaders: readonly Leader[],
  from: ISODate,
  to: ISODate,
  asOf: ISODate = to,
): Receptions {
  const heldTo = asOf < to ? asOf : to;
  const days = new Map<string, ReceptionDay>();
  const keyOf = (date: ISODate, leader: string) => `${date}\u0000${leader}`;
  for (const s of slots) {
    if (s.kind !== '接访' || s.date < from || s.date > heldTo) continue;
    const k = keyOf(s.date, s.leader);
    if (!days.has(k)) days.set(k, { date: s.date, leader: s.leader, batches: 0, persons: 0 });
  }
  for (const c of cases) {
    const r = c.reception;
    if (!r || r.date < from || r.date > to) continue;
    const k = keyOf(r.date, r.leader);
    const day = days.get(k) ?? { date: r.date, leader: r.leader, batches: 0, persons: 0 };
    day.batches += 1;
    day.persons += Math.max(1, c.persons);
    days.set(k, day);
  }
  const byDay = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : leaderCmp(leaders, a.leader, b.leader)));
  const perLeader = new Map<string, LeaderReceptions>();
  for (const d of byDay) {
    const title = leaders.find((l) => l.name === d.leader)?.title ?? '';
    const row = perLeader.get(d.leader) ?? { leader: d.leader, title, days: 0, batches: 0, persons: 0 };
    row.days += 1;
    row.batches += d.batches;
    row.persons += d.persons;
    perLeader.set(d.leader, row);
  }
  return {
    days: new Set(byDay.map((d) => d.date)).size,
    batches: byDay.reduce((n, d) => n + d.batches, 0),
    persons: byDay.reduce((n, d) => n + d.persons, 0),
    byLeader: [...perLeader.values()].sort((a, b) => leaderCmp(leaders, a.leader, b.leader)),
    byDay,
  };
}

/** Configured leader order (the rotation order); names no longer configured come after, by name. */
function leaderCmp(leaders: readonly Leader[], a: string, b: string): number {
  const ia = leaders.findIndex((l) => l.name === a);
  const ib = leaders.findIndex((l) => l.name === b);
  const ra = ia < 0 ? leaders.length : ia;
  const rb = ib < 0 ? leaders.length : ib;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}
