// Who is on duty: leaders (and staff) round robin in their configured order, skipping whoever is away or inactive.
// Skipping keeps the others' cyclic order, so over any stretch the always-available leaders differ by at most one.
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { daysInMonth, makeDate } from '../common/dates.js';
import type { ISODate, Leader, Staff } from '../model.js';

export function isAway(leader: Leader, date: ISODate): boolean {
  return leader.away.some((a) => a.from <= date && date <= a.to);
}

export function available(leader: Leader, date: ISODate): boolean {
  return leader.active && !isAway(leader, date);
}

/** A round-robin cursor over a list in its configured order; `next` is the index to try first. */
export class Rotation<T extends { name: string; active: boolean }> {
  private next: number;

  /** Starts after `last` (the person on the last slot before this period), or at the top of the list. */
  constructor(
    private readonly people: readonly T[],
    last: string | undefined,
  ) {
    const i = last === undefined ? -1 : people.findIndex((p) => p.name === last);
    this.next = i < 0 ? 0 : (i + 1) % Math.max(people.length, 1);
  }

  /** Who `take` would give, without moving the cursor. */
  peek(mayServe: (p: T) => boolean = (p) => p.active): T | null {
    const at = this.next;
    const p = this.take(mayServe);
    this.next = at;
    return p;
  }

  /** The first person from the cursor on who may serve; null when nobody may (the cursor then stays put). */
  take(mayServe: (p: T) => boolean = (p) => p.active): T | null {
    for (let k = 0; k < this.people.length; k++) {
      const idx = (this.next + k) % this.people.length;
      const p = this.people[idx];
      if (p.active && mayServe(p)) {
        this.next = (idx + 1) % this.people.length;
        return p;
      }
    }
    return null;
  }
}

export function leaderRotation(leaders: readonly Leader[], last: string | undefined): Rotation<Leader> {
  return new Rotation(leaders, last);
}

export function staffRotation(staff: readonly Staff[], last: string | undefined): Rotation<Staff> {
  return new Rotation(staff, last);
}

export interface LeaderDay {
  date: ISODate;
  leader: Leader;
}

export interface Spread {
  days: LeaderDay[];
  /** Leaders who could not get all their days because they are away: name → days missing. */
  short: { leader: string; missing: number }[];
}

/**
 * "Each leader N days a month": the N×K leader-days are laid evenly over the month's working days, leaders taking
 * turns in their order (the starting leader moves on one each month, so the first day of the month rotates too).
 * A leader away on their day gets the nearest working day of the month on which they are free.
 */
export function spreadPerLeader(
  leaders: readonly Leader[],
  count: number,
  year: number,
  month: number,
  cal: HolidayCalendar,
  /** A leader already on another rule's slot that day (avoided when the month leaves room). */
  busy: (leader: string, date: ISODate) => boolean = () => false,
): Spread {
  const workdays = cal.workdaysInRange(makeDate(year, month, 1), makeDate(year, month, daysInMonth(year, month)));
  const active = leaders.filter((l) => l.active);
  const k = active.length;
  if (k === 0 || workdays.length === 0) return { days: [], short: [] };
  const offset = (year * 12 + month - 1) % k;
  const order = [...active.slice(offset), ...active.slice(0, offset)];
  const total = k * count;
  const taken = new Map<string, Set<number>>(order.map((l) => [l.name, new Set<number>()]));
  const load = new Array<number>(workdays.length).fill(0);
  const days: LeaderDay[] = [];
  const missing = new Map<string, number>();
  for (let t = 0; t < total; t++) {
    const leader = order[t % k];
    const ideal = Math.min(workdays.length - 1, Math.floor(((t + 0.5) * workdays.length) / total));
    const mine = taken.get(leader.name)!;
    const ok = (i: number) => !mine.has(i) && !isAway(leader, workdays[i]);
    const free = (i: number) => ok(i) && !busy(leader.name, workdays[i]);
    const pos = nearest(ideal, workdays.length, (i) => free(i) && load[i] === 0) ?? nearest(ideal, workdays.length, free) ?? nearest(ideal, workdays.length, ok);
    if (pos === null) {
      missing.set(leader.name, (missing.get(leader.name) ?? 0) + 1);
      continue;
    }
    mine.add(pos);
    load[pos]++;
    days.push({ date: workdays[pos], leader });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { days, short: [...missing].map(([leader, n]) => ({ leader, missing: n })) };
}

/** The index closest to `from` (ties go earlier) that passes `ok`, or null. */
function nearest(from: number, length: number, ok: (i: number) => boolean): number | null {
  for (let d = 0; d < length; d++) {
    for (const i of d === 0 ? [from] : [from - d, from + d]) {
      if (i >= 0 && i < length && ok(i)) return i;
    }
  }
  return null;
}
