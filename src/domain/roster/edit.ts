// Changing one stored slot (`roster swap`, `roster assign`) and recording why.
import { InputError } from '../../errors.js';
import { yearOf } from '../common/dates.js';
import type { Config, ISODate, Leader, Roster, RosterSlot, RuleKind } from '../model.js';
import { compareSlots, hasGenerated } from './generate.js';
import { fill, type RosterWording } from './rules.js';
import { LOCATION_MAX } from './rule-parse.js';
import { isAway } from './rotation.js';
import { cleanText } from '../common/text.js';
import { msg } from '../messages/index.js';

const REASON_MAX = 100;

/** Which slot of a date: a date can hold a 接访 and a 下访, or slots of two rules. */
export interface SlotSelector {
  date: ISODate;
  kind?: RuleKind;
  ruleId?: number;
}

export interface SlotEdit {
  roster: Roster;
  before: RosterSlot;
  after: RosterSlot;
}

export function findSlot(roster: Roster, sel: SlotSelector): RosterSlot {
  const onDate = roster.slots.filter((s) => s.date === sel.date);
  const month = Number(sel.date.slice(5, 7));
  if (onDate.length === 0) {
    if (!hasGenerated(roster, { year: yearOf(sel.date), month })) {
      throw new InputError(msg('roster.monthNotGenerated', { date: sel.date, year: yearOf(sel.date) }));
    }
    throw new InputError(msg('roster.noSlotOnDate', { date: sel.date, year: yearOf(sel.date), month }));
  }
  const matching = onDate.filter((s) => (!sel.kind || s.kind === sel.kind) && (sel.ruleId === undefined || s.ruleId === sel.ruleId));
  if (matching.length === 0) {
    throw new InputError(msg('roster.noMatchingSlot', { date: sel.date, slots: onDate.map(describe).join('；') }));
  }
  if (matching.length > 1) {
    throw new InputError(msg('roster.severalSlots', { date: sel.date, count: matching.length, slots: matching.map(describe).join('；') }));
  }
  return matching[0];
}

function describe(s: RosterSlot): string {
  return `${s.kind} 规则${s.ruleId} ${s.leader || '待指定'}`;
}

/** The leader named by the operator, checked to be able to serve on `date`. */
export function leaderFor(config: Config, name: string, date: ISODate): Leader {
  const leader = config.leaders.find((l) => l.name === name.trim());
  if (!leader) throw new InputError(msg('roster.leaderUnknown', { name: name.trim() }));
  if (!leader.active) throw new InputError(msg('roster.leaderRetired', { name: leader.name }));
  if (isAway(leader, date)) {
    const a = leader.away.find((p) => p.from <= date && date <= p.to)!;
    throw new InputError(msg('roster.leaderAway', { name: leader.name, from: a.from, to: a.to, reason: a.reason, date }));
  }
  return leader;
}

function replaceSlot(roster: Roster, before: RosterSlot, after: RosterSlot, change: Roster['changes'][number]): Roster {
  const slots = roster.slots.map((s) => (s === before ? after : s)).sort(compareSlots);
  return { ...roster, slots, changes: [...roster.changes, change] };
}

function requireReason(reason: string | undefined): string {
  if (!(reason ?? '').trim()) throw new InputError(msg('roster.swapNeedsReason'));
  return cleanText(reason, '调换原因（--reason）', REASON_MAX);
}

/** The rotation's own choice for a slot about to get another leader (kept from an earlier change if there was one). */
function planned(before: RosterSlot): { plannedLeader?: string } {
  const plan = before.plannedLeader ?? before.leader;
  return plan ? { plannedLeader: plan } : {};
}

/** `roster swap DATE --leader NAME --reason …`: another leader takes the slot; the note says who was planned and why. */
export function swapLeader(config: Config, sel: SlotSelector, leaderName: string, reason: string | undefined, today: ISODate, w: RosterWording): SlotEdit {
  const why = requireReason(reason);
  const before = findSlot(config.roster, sel);
  const leader = leaderFor(config, leaderName, before.date);
  if (leader.name === before.leader) throw new InputError(msg('roster.swapSameLeader', { date: before.date, kind: before.kind, name: leader.name }));
  const swapNote = fill(w.swapNote, { from: before.leader || '待指定', reason: why });
  const after: RosterSlot = { ...before, leader: leader.name, note: [before.note, swapNote].filter(Boolean).join('；'), ...planned(before) };
  const what = `${before.kind}领导 ${before.leader || '待指定'} → ${leader.name}`;
  return { roster: replaceSlot(config.roster, before, after, { date: before.date, at: today, what, reason: why }), before, after };
}

export interface AssignFields {
  leader?: string;
  staff?: string[];
  location?: string;
  time?: string;
}

/** `roster assign DATE [--leader] [--staff] [--location] [--time]`: sets fields of one slot (e.g. a slot left 待指定). */
export function assignSlot(config: Config, sel: SlotSelector, fields: AssignFields, reason: string | undefined, today: ISODate, w: RosterWording): SlotEdit {
  const before = findSlot(config.roster, sel);
  if (Object.values(fields).every((v) => v === undefined)) {
    throw new InputError(msg('roster.editNothingGiven'));
  }
  const after: RosterSlot = { ...before, staff: [...before.staff] };
  const what: string[] = [];
  if (fields.leader !== undefined) {
    after.leader = leaderFor(config, fields.leader, before.date).name;
    Object.assign(after, planned(before));
    after.note = before.note.split('；').filter((p) => p && p !== w.unassignedNote).join('；');
    if (after.leader !== before.leader) what.push(`领导 ${before.leader || '待指定'} → ${after.leader}`);
  }
  if (fields.staff !== undefined) {
    for (const n of fields.staff) {
      const st = config.staff.find((s) => s.name === n);
      if (!st) throw new InputError(msg('roster.staffUnknown', { name: n }));
      if (!st.active) throw new InputError(msg('roster.staffRetired', { name: n }));
    }
    after.staff = [...fields.staff];
    if (after.staff.join() !== before.staff.join()) what.push(`信访干部 ${before.staff.join('、') || '无'} → ${after.staff.join('、') || '无'}`);
  }
  if (fields.location !== undefined) {
    after.location = cleanText(fields.location, '接待地点（--location）', LOCATION_MAX);
    if (after.location !== before.location) what.push(`地点 ${before.location} → ${after.location}`);
  }
  if (fields.time !== undefined) {
    after.time = fields.time;
    if (after.time !== before.time) what.push(`时间 ${before.time} → ${after.time}`);
  }
  if (JSON.stringify(after) === JSON.stringify(before)) throw new InputError(msg('roster.editNoChange', { date: before.date }));
  const change = { date: before.date, at: today, what: `${before.kind}${what.join('，')}`, reason: (reason ?? '').trim() ? cleanText(reason, '原因（--reason）', REASON_MAX) : '指定' };
  return { roster: replaceSlot(config.roster, before, after, change), before, after };
}
