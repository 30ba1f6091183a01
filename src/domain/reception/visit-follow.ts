// Bookings and the leader's absences: a 预约接访 booking follows its reception slot when the slot's leader changes,
// and a leader's new absence names the slots and bookings it falls on.
import type { Config, ISODate, RosterSlot } from '../model.js';
import { isActive, type Visit, type VisitYear } from './visit-model.js';

/**
 * After a swap or assign of one slot: the open 预约接访 bookings of that day held by the slot's old leader now go
 * to its new leader (place, time and staff from the slot). A notice already given named the old leader, so it is
 * due again. 约访 bookings keep their leader.
 */
export function followSlot(doc: VisitYear, before: RosterSlot, after: RosterSlot, today: ISODate): Visit[] {
  if (after.kind !== '接访' || !before.leader || !after.leader || before.leader === after.leader) return [];
  const moved = doc.visits.filter((v) => isActive(v) && v.kind === '预约接访' && v.date === after.date && v.leader === before.leader);
  for (const v of moved) {
    v.history.push({ date: today, action: '改由', note: `${before.leader} → ${after.leader}（接待安排调整）` });
    Object.assign(v, { leader: after.leader, location: after.location, time: after.time, staff: after.staff[0] ?? '', noticeGiven: null });
  }
  return moved;
}

export interface AwayImpact {
  slots: RosterSlot[];
  visits: Visit[];
}

/** The roster slots and open bookings of `leader` between `from` and `to` (both inclusive). */
export function awayImpact(config: Config, visits: readonly Visit[], leader: string, from: ISODate, to: ISODate): AwayImpact {
  const within = (d: ISODate) => from <= d && d <= to;
  return {
    slots: config.roster.slots.filter((s) => s.leader === leader && within(s.date)),
    visits: visits.filter((v) => isActive(v) && v.leader === leader && within(v.date)),
  };
}

/** Open bookings whose leader will not receive them: away that day, or (预约接访) no longer on that day's roster. */
export function unservedBookings(config: Config, visits: readonly Visit[]): Visit[] {
  const away = (v: Visit) => config.leaders.find((l) => l.name === v.leader)?.away.some((a) => a.from <= v.date && v.date <= a.to) ?? false;
  const offRoster = (v: Visit) => v.kind === '预约接访' && !config.roster.slots.some((s) => s.date === v.date && s.kind === '接访' && s.leader === v.leader);
  return visits.filter((v) => isActive(v) && (away(v) || offRoster(v)));
}

/** Roster slots from `from` to `to` whose leader was registered away after the roster was made: to be swapped. */
export function slotsOfAwayLeaders(config: Config, from: ISODate, to: ISODate): { slot: RosterSlot; reason: string }[] {
  return config.roster.slots.flatMap((slot) => {
    if (slot.date < from || slot.date > to) return [];
    const a = config.leaders.find((l) => l.name === slot.leader)?.away.find((p) => p.from <= slot.date && slot.date <= p.to);
    return a ? [{ slot, reason: a.reason }] : [];
  });
}
