// Changing one stored slot (`roster swap`, `roster assign`) and recording why.
import { InputError } from '../errors.js';
import { yearOf } from './dates.js';
import type { Config, ISODate, Leader, Roster, RosterSlot, RuleKind } from './model.js';
import { compareSlots, hasGenerated } from './roster.js';
import { fill, type RosterWording } from './roster-rules.js';
import { LOCATION_MAX } from './roster-rule-parse.js';
import { isAway } from './rotation.js';
import { cleanText } from './text.js';

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
      throw new InputError(`${sel.date}所在月份的接待安排还没有生成，请先运行 xinfang roster generate --year ${yearOf(sel.date)}`);
    }
    throw new InputError(`${sel.date}没有接待安排；用 xinfang roster show --year ${yearOf(sel.date)} --month ${month} 查看安排的日期`);
  }
  const matching = onDate.filter((s) => (!sel.kind || s.kind === sel.kind) && (sel.ruleId === undefined || s.ruleId === sel.ruleId));
  if (matching.length === 0) {
    throw new InputError(`${sel.date}没有符合条件的安排（当天有：${onDate.map(describe).join('；')}）`);
  }
  if (matching.length > 1) {
    throw new InputError(`${sel.date}有${matching.length}项安排（${matching.map(describe).join('；')}），请用 --kind 或 --rule 指明是哪一项`);
  }
  return matching[0];
}

function describe(s: RosterSlot): string {
  return `${s.kind} 规则${s.ruleId} ${s.leader || '待指定'}`;
}

/** The leader named by the operator, checked to be able to serve on `date`. */
export function leaderFor(config: Config, name: string, date: ISODate): Leader {
  const leader = config.leaders.find((l) => l.name === name.trim());
  if (!leader) throw new InputError(`没有名为“${name.trim()}”的领导；用 xinfang leader list 查看现有领导`);
  if (!leader.active) throw new InputError(`${leader.name}已停用，不能安排接待；如已恢复任职，请先用 xinfang leader 命令恢复`);
  if (isAway(leader, date)) {
    const a = leader.away.find((p) => p.from <= date && date <= p.to)!;
    throw new InputError(`${leader.name}在${a.from}至${a.to}外出（${a.reason}），不能安排在${date}；请换一位领导或先修改外出时间`);
  }
  return leader;
}

function replaceSlot(roster: Roster, before: RosterSlot, after: RosterSlot, change: Roster['changes'][number]): Roster {
  const slots = roster.slots.map((s) => (s === before ? after : s)).sort(compareSlots);
  return { ...roster, slots, changes: [...roster.changes, change] };
}

function requireReason(reason: string | undefined): string {
  if (!(reason ?? '').trim()) throw new InputError('请用 --reason 说明调换原因，例如 --reason 外出开会');
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
  if (leader.name === before.leader) throw new InputError(`${before.date}的${before.kind}领导已经是${leader.name}，无需调换`);
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
    throw new InputError('请至少指定一项要改的内容：--leader、--staff、--location 或 --time');
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
      if (!st) throw new InputError(`没有名为“${n}”的信访干部；用 xinfang staff list 查看`);
      if (!st.active) throw new InputError(`信访干部${n}已停用，不能安排`);
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
  if (JSON.stringify(after) === JSON.stringify(before)) throw new InputError(`${before.date}的安排已经是这样，没有变化`);
  const change = { date: before.date, at: today, what: `${before.kind}${what.join('，')}`, reason: (reason ?? '').trim() ? cleanText(reason, '原因（--reason）', REASON_MAX) : '指定' };
  return { roster: replaceSlot(config.roster, before, after, change), before, after };
}
