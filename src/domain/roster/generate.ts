// Generating a period's roster from the rules, and storing it in place of what was there (with --force).
import { InputError } from '../../errors.js';
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { daysInMonth, makeDate, weekday } from '../common/dates.js';
import { RULE_KINDS } from '../model.js';
import type { Config, ISODate, Leader, Roster, RosterRule, RosterSlot } from '../model.js';
import { DayLoad } from './busy.js';
import { leaderRotation, staffRotation } from './rotation.js';
import { candidateNote, ruleMonth, type Candidate, type RosterWording } from './rules.js';
import { msg } from '../messages/index.js';

export interface Period {
  year: number;
  month: number | null; // null = the whole year
}

export interface Generated {
  slots: RosterSlot[];
  warnings: string[];
  /** How rules that met on one day were reconciled (rotation passed over someone busy; two slots of one kind). */
  resolved: string[];
}

export function periodRange(p: Period): [ISODate, ISODate] {
  if (p.month === null) return [makeDate(p.year, 1, 1), makeDate(p.year, 12, 31)];
  return [makeDate(p.year, p.month, 1), makeDate(p.year, p.month, daysInMonth(p.year, p.month))];
}

export function periodLabel(p: Period): string {
  return p.month === null ? `${p.year}年` : `${p.year}年${p.month}月`;
}

export function compareSlots(a: RosterSlot, b: RosterSlot): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return RULE_KINDS.indexOf(a.kind) - RULE_KINDS.indexOf(b.kind);
  if (a.ruleId !== b.ruleId) return a.ruleId - b.ruleId;
  return a.leader.localeCompare(b.leader);
}

/** The slots of one period, generated from the rules and the leaders' order; nothing is stored. */
export function generateRoster(config: Config, period: Period, cal: HolidayCalendar, w: RosterWording): Generated {
  cal.assertCovered(period.year);
  if (config.rosterRules.length === 0) {
    throw new InputError(msg('roster.noRules'));
  }
  if (!config.leaders.some((l) => l.active)) {
    throw new InputError(msg('roster.noLeaders'));
  }
  const months = period.month === null ? Array.from({ length: 12 }, (_, i) => i + 1) : [period.month];
  const [from] = periodRange(period);
  const slots: RosterSlot[] = [];
  const warnings: string[] = [];
  const load = new DayLoad();
  const place = (s: RosterSlot) => {
    slots.push(s);
    load.add(s);
  };
  for (const rule of config.rosterRules) {
    const last = lastSlotBefore(config.roster.slots, rule.id, from);
    const leaders = leaderRotation(config.leaders, (last?.plannedLeader ?? last?.leader) || undefined);
    const staff = staffRotation(config.staff, last?.staff[0]);
    for (const month of months) {
      const m = ruleMonth(rule, { year: period.year, month, cal, leaders: config.leaders, leaderBusy: (name, date) => load.leaderBusy(name, date) });
      switch (m.by) {
        case 'leader':
          for (const d of m.days) place(makeSlot(rule, d.date, d.leader, load.takeStaff(staff, rule, d.date)?.name, '', null));
          for (const s of m.short) warnings.push(`${period.year}年${month}月：${s.leader}外出，少安排${s.missing}天（${rule.kind}）`);
          break;
        case 'rotation':
          for (const c of m.candidates) {
            load.reportSameKind(rule, c.date);
            const leader = load.takeLeader(leaders, rule, c.date);
            if (!leader) warnings.push(`${c.date}：领导均外出或不在任，${rule.kind}领导待指定（xinfang roster assign ${c.date} --leader 姓名）`);
            place(makeSlot(rule, c.date, leader, load.takeStaff(staff, rule, c.date)?.name, slotNote(c, rule, leader, w), c.shiftedFrom));
          }
          break;
        default: {
          const missed: never = m;
          return missed;
        }
      }
    }
  }
  return { slots: slots.sort(compareSlots), warnings, resolved: load.messages };
}

function slotNote(c: Candidate, rule: RosterRule, leader: Leader | null, w: RosterWording): string {
  const parts = [candidateNote(c, rule.shift, w)];
  if (!leader) parts.push(w.unassignedNote);
  return parts.filter(Boolean).join('；');
}

function makeSlot(
  rule: RosterRule,
  date: ISODate,
  leader: Leader | null,
  staffName: string | undefined,
  note: string,
  shiftedFrom: ISODate | null,
): RosterSlot {
  return {
    date,
    weekday: weekday(date),
    kind: rule.kind,
    ruleId: rule.id,
    leader: leader?.name ?? '',
    staff: staffName ? [staffName] : [],
    location: rule.location,
    time: rule.time,
    shiftedFrom,
    note,
  };
}

/** The rotation continues from the last slot of the same rule before the period (across months and years). */
function lastSlotBefore(slots: readonly RosterSlot[], ruleId: number, before: ISODate): RosterSlot | undefined {
  let found: RosterSlot | undefined;
  for (const s of slots) if (s.ruleId === ruleId && s.date < before && (s.plannedLeader ?? s.leader) && (!found || s.date >= found.date)) found = s;
  return found;
}

// ---- storing a generated period ----

export interface SlotChange {
  before: RosterSlot;
  after: RosterSlot;
}

export interface SlotDiff {
  added: RosterSlot[];
  removed: RosterSlot[];
  changed: SlotChange[];
}

export function slotsInPeriod(roster: Roster, p: Period): RosterSlot[] {
  const [from, to] = periodRange(p);
  return roster.slots.filter((s) => s.date >= from && s.date <= to);
}

/** Whether anything of the period was generated before (a stored period overlapping it, or slots in it). */
export function hasGenerated(roster: Roster, p: Period): boolean {
  const overlaps = roster.periods.some((q) => q.year === p.year && (q.month === null || p.month === null || q.month === p.month));
  return overlaps || slotsInPeriod(roster, p).length > 0;
}

export function assertMayGenerate(roster: Roster, p: Period, force: boolean): void {
  if (hasGenerated(roster, p) && !force) {
    throw new InputError(
      msg('roster.alreadyGenerated', { period: periodLabel(p) }),
    );
  }
}

/**
 * The roster with the period replaced by `slots`. Refused when the period was generated before, unless `force`;
 * with `force`, the diff says what changed. Swaps made in the period are replaced too (their history stays).
 */
export function storeGenerated(roster: Roster, p: Period, slots: RosterSlot[], today: ISODate, force: boolean): { roster: Roster; diff: SlotDiff } {
  assertMayGenerate(roster, p, force);
  const [from, to] = periodRange(p);
  const before = slotsInPeriod(roster, p);
  const kept = roster.slots.filter((s) => s.date < from || s.date > to);
  const insideYear = p.month !== null && roster.periods.some((q) => q.year === p.year && q.month === null);
  const periods = roster.periods.filter((q) => !(q.year === p.year && (p.month === null || q.month === p.month)));
  if (!insideYear) periods.push({ year: p.year, month: p.month, generatedAt: today });
  periods.sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0));
  return {
    roster: { ...roster, periods, slots: [...kept, ...slots].sort(compareSlots) },
    diff: diffSlots(before, slots),
  };
}

function slotKey(s: RosterSlot): string {
  return `${s.date}|${s.kind}|${s.ruleId}`;
}

export function diffSlots(before: RosterSlot[], after: RosterSlot[]): SlotDiff {
  const old = new Map(before.map((s) => [slotKey(s), s]));
  const now = new Map(after.map((s) => [slotKey(s), s]));
  const same = (a: RosterSlot, b: RosterSlot) => JSON.stringify(a) === JSON.stringify(b);
  return {
    added: after.filter((s) => !old.has(slotKey(s))),
    removed: before.filter((s) => !now.has(slotKey(s))),
    changed: after
      .filter((s) => old.has(slotKey(s)) && !same(old.get(slotKey(s))!, s))
      .map((s) => ({ before: old.get(slotKey(s))!, after: s })),
  };
}

/** One line per difference, for the operator: "2027-03-16 接访：王强 → 李明". */
export function describeDiff(d: SlotDiff): string[] {
  const who = (s: RosterSlot) => s.leader || '待指定';
  const fields = (a: RosterSlot, b: RosterSlot): string[] => {
    const out: string[] = [];
    if (a.leader !== b.leader) out.push(`领导 ${who(a)} → ${who(b)}`);
    if (a.staff.join('、') !== b.staff.join('、')) out.push(`信访干部 ${a.staff.join('、') || '无'} → ${b.staff.join('、') || '无'}`);
    if (a.location !== b.location) out.push(`地点 ${a.location} → ${b.location}`);
    if (a.time !== b.time) out.push(`时间 ${a.time} → ${b.time}`);
    if (a.note !== b.note) out.push(`备注 ${a.note || '无'} → ${b.note || '无'}`);
    return out;
  };
  return [
    ...d.added.map((s) => ({ date: s.date, text: `${s.date} ${s.kind}：新增，${who(s)}` })),
    ...d.removed.map((s) => ({ date: s.date, text: `${s.date} ${s.kind}：取消（原为${who(s)}）` })),
    ...d.changed.map((c) => ({ date: c.after.date, text: `${c.after.date} ${c.after.kind}：${fields(c.before, c.after).join('，')}` })),
  ]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((x) => x.text);
}

