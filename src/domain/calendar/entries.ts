// The operator's calendar entries: set, unset, import (merge), and what a change means for the stored roster.
import { InputError } from '../../errors.js';
import { calendarOfConfig } from './holiday-calendar.js';
import { CALENDAR_STATES } from '../common/chinese-values.js';
import { parseDate, yearOf } from '../common/dates.js';
import type { CalendarEntry, Config, ISODate, RosterSlot } from '../model.js';
import { cleanText } from '../common/text.js';
import { msg } from '../messages/index.js';

export const DEFAULT_NAMES = { off: '放假', work: '调休上班' } as const;

function byDate(a: CalendarEntry, b: CalendarEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** `calendar set DATE off|work [--name …]` typed by the operator → an entry. */
export function parseEntry(dateRaw: string, stateRaw: string, nameRaw: string | undefined): CalendarEntry {
  const date = parseDate(dateRaw);
  const typed = String(stateRaw ?? '').trim();
  const state = Object.hasOwn(CALENDAR_STATES, typed) ? CALENDAR_STATES[typed] : undefined;
  if (!state) {
    throw new InputError(msg('calendar.dayKindInvalid', { value: typed, date }));
  }
  const name = nameRaw === undefined ? DEFAULT_NAMES[state] : cleanText(nameRaw, '--name', 20);
  return { date, off: state === 'off', name };
}

export interface Merge {
  entries: CalendarEntry[];
  added: number;
  replaced: number;
  unchanged: number;
}

/** The entries with `incoming` put in (an entry for the same date is replaced), sorted by date. */
export function mergeEntries(existing: readonly CalendarEntry[], incoming: readonly CalendarEntry[]): Merge {
  const map = new Map(existing.map((e) => [e.date, e]));
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  for (const e of incoming) {
    const old = map.get(e.date);
    if (!old) added++;
    else if (old.off === e.off && old.name === e.name) unchanged++;
    else replaced++;
    map.set(e.date, { date: e.date, off: e.off, name: e.name });
  }
  return { entries: [...map.values()].sort(byDate), added, replaced, unchanged };
}

/** `calendar confirm --year Y`: the year counts as complete from now on. */
export function confirmYear(confirmed: readonly number[] | undefined, year: number): number[] {
  if (confirmed?.includes(year)) throw new InputError(msg('calendar.yearAlreadyConfirmed', { year }));
  return [...(confirmed ?? []), year].sort((a, b) => a - b);
}

export function removeEntry(existing: readonly CalendarEntry[], dateRaw: string): { entries: CalendarEntry[]; removed: CalendarEntry } {
  const date = parseDate(dateRaw);
  const removed = existing.find((e) => e.date === date);
  if (!removed) throw new InputError(msg('calendar.noCustomEntry', { date, year: yearOf(date) }));
  return { entries: existing.filter((e) => e.date !== date), removed };
}

/** Stored slots that now fall on a rest day (after the operator changed the calendar). */
export function slotsOnRestDays(config: Pick<Config, 'roster' | 'calendar' | 'calendarConfirmed'>, dates?: readonly ISODate[]): RosterSlot[] {
  const cal = calendarOfConfig(config);
  const roster = config.roster;
  const only = dates ? new Set(dates) : null;
  return roster.slots.filter((s) => (!only || only.has(s.date)) && cal.isCovered(yearOf(s.date)) && !cal.isWorkday(s.date));
}
