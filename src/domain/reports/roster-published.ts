// Whether the period's reception days were published (公示): the roster (roster generate) holds 接访 days in it. The
// annual summary then says so before the days held, as offices write "制定并公示了《……安排表》".
import { makeDate } from '../common/dates.js';
import type { ISODate, RosterPeriod, RosterSlot } from '../model.js';

export interface RosterPublished {
  /** Distinct dates with a 接访 day on the year's roster, the whole year (what the published 安排表 lists). */
  scheduledDays: number;
  /** One 安排表 for the year; false when the roster was generated month by month only (one 安排表 a month). */
  wholeYear: boolean;
}

/** The year's roster of 接访 days, or null when it has none between `from` and `to` (the report's period). */
export function rosterPublished(periods: readonly RosterPeriod[], slots: readonly RosterSlot[], year: number, from: ISODate, to: ISODate): RosterPublished | null {
  const [first, last] = [makeDate(year, 1, 1), makeDate(year, 12, 31)];
  const days = slots.filter((s) => s.kind === '接访' && s.date >= first && s.date <= last);
  if (!days.some((s) => s.date >= from && s.date <= to)) return null;
  const ofYear = periods.filter((p) => p.year === year);
  const monthly = ofYear.length > 0 && ofYear.every((p) => p.month !== null);
  return { scheduledDays: new Set(days.map((s) => s.date)).size, wholeYear: !monthly };
}
