// The organisation the office serves: leaders (in rotation order), staff, units, categories, sources.
// Each function takes the configuration draft, checks the input and changes the draft in place.
import { InputError } from '../../errors.js';
import { parseDate } from '../common/dates.js';
import type { Config, Leader, Source, Staff, Unit, UnitKind } from '../model.js';
import { UNIT_KINDS } from '../model.js';
import { cleanPhone, cleanText, oneOf, parsePositiveInt } from '../common/text.js';
import { msg } from '../messages/index.js';

export interface Defaults {
  settings: Config['settings'];
  categories: string[];
  sources: { name: string; group: string }[];
}

export function createConfig(orgName: string, defaults: Defaults, schemaVersion: number, issuer?: string): Config {
  const name = cleanText(orgName, '单位名称（--org）', 60);
  return {
    schemaVersion,
    org: { name, issuer: issuer ? cleanText(issuer, '发文机关', 60) : name },
    settings: { ...defaults.settings },
    leaders: [],
    staff: [],
    units: [],
    categories: defaults.categories.map((n) => ({ name: n, active: true })),
    sources: defaults.sources.map((s) => ({ ...s, active: true })),
    rosterRules: [],
    calendar: [],
    roster: { periods: [], slots: [], changes: [] },
  };
}

function findIn<T extends { name: string }>(list: T[], name: string, what: string, addHint: string): T {
  const hit = list.find((x) => x.name === name);
  if (hit) return hit;
  const names = list.map((x) => x.name);
  throw new InputError(msg('org.notFound', { name, what, more: names.length ? msg('org.notFoundExisting', { names: names.join('、') }) : msg('org.notFoundAddHint', { command: addHint }) }));
}

export const findLeader = (c: Config, name: string): Leader => findIn(c.leaders, name, '领导', 'xinfang leader add');

function refuseDuplicate(list: { name: string }[], name: string, what: string): void {
  if (list.some((x) => x.name === name)) throw new InputError(msg('org.alreadyExists', { what, name }));
}

/** Position typed as 1-based order (--order N); defaults to the end. */
function insertAt<T>(list: T[], item: T, order: unknown): void {
  if (order === undefined) {
    list.push(item);
    return;
  }
  const n = parsePositiveInt(order, '顺序（--order）', list.length + 1);
  list.splice(n - 1, 0, item);
}

export interface LeaderInput {
  name?: unknown;
  title?: unknown;
  portfolio?: unknown;
  phone?: unknown;
  order?: unknown;
}

export function addLeader(c: Config, input: LeaderInput): Leader {
  const name = cleanText(input.name, '领导姓名（--name）', 20);
  refuseDuplicate(c.leaders, name, '领导');
  const leader: Leader = {
    name,
    title: cleanText(input.title ?? '', '职务（--title）', 40, true),
    portfolio: cleanText(input.portfolio ?? '', '分管工作（--portfolio）', 100, true),
    phone: cleanPhone(input.phone, '电话（--phone）'),
    active: true,
    away: [],
  };
  insertAt(c.leaders, leader, input.order);
  return leader;
}

export function updateLeader(c: Config, name: string, input: Omit<LeaderInput, 'name' | 'order'>): Leader {
  const l = findLeader(c, name);
  if (input.title === undefined && input.portfolio === undefined && input.phone === undefined) {
    throw new InputError(msg('org.leaderEditNothing'));
  }
  if (input.title !== undefined) l.title = cleanText(input.title, '职务（--title）', 40, true);
  if (input.portfolio !== undefined) l.portfolio = cleanText(input.portfolio, '分管工作（--portfolio）', 100, true);
  if (input.phone !== undefined) l.phone = cleanPhone(input.phone, '电话（--phone）');
  l.active = true;
  return l;
}

export function moveLeader(c: Config, name: string, to: unknown): Leader {
  const l = findLeader(c, name);
  const n = parsePositiveInt(to, '新位置（--to）', c.leaders.length);
  c.leaders.splice(c.leaders.indexOf(l), 1);
  c.leaders.splice(n - 1, 0, l);
  return l;
}

export function setLeaderAway(c: Config, name: string, from: unknown, to: unknown, reason: unknown): Leader {
  const l = findLeader(c, name);
  const f = parseDate(String(from ?? ''), '开始日期（--from）');
  const t = parseDate(String(to ?? ''), '结束日期（--to）');
  if (t < f) throw new InputError(msg('org.absenceEndsBeforeStart', { to: t, from: f }));
  const why = cleanText(reason ?? '', '原因（--reason）', 50);
  const overlap = l.away.find((a) => !(a.to < f || a.from > t));
  if (overlap) throw new InputError(msg('org.absenceOverlaps', { name, from: overlap.from, to: overlap.to, reason: overlap.reason }));
  l.away.push({ from: f, to: t, reason: why });
  l.away.sort((a, b) => (a.from < b.from ? -1 : 1));
  return l;
}

export function addStaff(c: Config, input: { name?: unknown; phone?: unknown }): Staff {
  const name = cleanText(input.name, '信访干部姓名（--name）', 20);
  refuseDuplicate(c.staff, name, '信访干部');
  const s: Staff = { name, phone: cleanPhone(input.phone, '电话（--phone）'), active: true };
  c.staff.push(s);
  return s;
}

export function addUnit(c: Config, input: { name?: unknown; kind?: unknown }): Unit {
  const name = cleanText(input.name, '单位名称（--name）', 40);
  refuseDuplicate(c.units, name, '单位');
  const u: Unit = { name, kind: oneOf<UnitKind>(input.kind, UNIT_KINDS, '单位类型（--kind）'), active: true };
  c.units.push(u);
  return u;
}

export function addCategory(c: Config, nameIn: unknown): { name: string; active: boolean } {
  const name = cleanText(nameIn, '问题类别名称', 20);
  refuseDuplicate(c.categories, name, '问题类别');
  const cat = { name, active: true };
  // 其它 stays last: it is the catch-all
  const other = c.categories.findIndex((x) => x.name === '其它');
  if (other >= 0) c.categories.splice(other, 0, cat);
  else c.categories.push(cat);
  return cat;
}

export function addSource(c: Config, input: { name?: unknown; group?: unknown }): Source {
  const name = cleanText(input.name, '来源名称（--name）', 30);
  refuseDuplicate(c.sources, name, '来源');
  const group = input.group === undefined ? name : cleanText(input.group, '来源分组（--group）', 30);
  const s: Source = { name, group, active: true };
  c.sources.push(s);
  return s;
}

/** The names of the entries still in use, in their configured order (pick lists, error messages). */
export function activeNames(xs: readonly { name: string; active: boolean }[]): string[] {
  return xs.filter((x) => x.active).map((x) => x.name);
}

export type ListName = 'leaders' | 'staff' | 'units' | 'categories' | 'sources';

const LIST_WHAT: Record<ListName, string> = { leaders: '领导', staff: '信访干部', units: '单位', categories: '问题类别', sources: '来源' };

export interface RemoveOutcome {
  name: string;
  removed: boolean; // false: kept, marked inactive, because history refers to it
  references: string[];
}

/**
 * Removes a named entry. Refused while a future roster day still names it; kept as inactive when past
 * roster days or cases refer to it (`references`, found by the caller), so history stays readable.
 */
export function removeNamed(c: Config, list: ListName, name: string, today: string, references: string[]): RemoveOutcome {
  const items = c[list] as { name: string; active: boolean }[];
  const item = findIn(items, name, LIST_WHAT[list], `xinfang ${list === 'leaders' ? 'leader' : list} add`);
  const slotRefs =
    list === 'leaders' ? c.roster.slots.filter((s) => s.leader === name) : list === 'staff' ? c.roster.slots.filter((s) => s.staff.includes(name)) : [];
  const future = slotRefs.filter((s) => s.date >= today);
  if (future.length > 0) {
    const dates = future.slice(0, 3).map((s) => s.date).join('、');
    throw new InputError(msg('org.stillOnRoster', { what: LIST_WHAT[list], name, dates, more: future.length > 3 ? msg('org.stillOnRosterMore', { count: future.length }) : '' }));
  }
  const refs = [...slotRefs.map((s) => `接待日 ${s.date}`), ...references];
  if (refs.length > 0) {
    item.active = false;
    return { name, removed: false, references: refs };
  }
  items.splice(items.indexOf(item), 1);
  return { name, removed: true, references: [] };
}
