// Leaders' reception days (接访) for a period, counted from the day records (reception close): a day closed as held
// counts for the leaders who received on it, with the visits registered on it — a 来访 case linked to the day is one
// 批次 with its number of people as 人次 (3 people = 1 批 3 人次). A day with such visits counts as held even before it
// is closed (the visits show it was); a roster day with neither a record nor visits is not held, but listed as
// unrecorded so the report can ask for it. docs/reception-days.md explains the choice.
import type { Case, ISODate, Leader, RosterSlot } from '../model.js';
import type { ReceptionRecord } from '../reception/visit-model.js';

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
  /** Past 接访 days of the roster with no record and no visits (present only when there are some). */
  unrecorded?: { date: ISODate; leader: string }[];
}

/**
 * Receptions between `from` and `to` inclusive, from the day records and the visits linked to days. Roster days after
 * `asOf` (still to come) are never listed as unrecorded.
 */
export function receptionsIn(
  cases: readonly Case[],
  slots: readonly RosterSlot[],
  leaders: readonly Leader[],
  from: ISODate,
  to: ISODate,
  asOf: ISODate = to,
  records: readonly ReceptionRecord[] = [],
): Receptions {
  const heldTo = asOf < to ? asOf : to;
  const days = new Map<string, ReceptionDay>();
  const keyOf = (date: ISODate, leader: string) => `${date}\u0000${leader}`;
  const recorded = new Set<ISODate>();
  for (const r of records) {
    if (r.date < from || r.date > to) continue;
    recorded.add(r.date);
    if (!r.held) continue;
    for (const leader of r.leaders) days.set(keyOf(r.date, leader), { date: r.date, leader, batches: 0, persons: 0 });
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
  const visited = new Set([...days.values()].map((d) => d.date));
  const unrecorded = slots
    .filter((s) => s.kind === '接访' && s.leader && s.date >= from && s.date <= heldTo && !recorded.has(s.date) && !visited.has(s.date))
    .map((s) => ({ date: s.date, leader: s.leader }));
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
    ...(unrecorded.length ? { unrecorded } : {}),
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
