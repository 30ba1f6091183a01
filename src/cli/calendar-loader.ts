// The holiday calendar of a configuration, loaded on demand (it carries the chinese-days data), so that commands
// which do not count working days, and --help, do not pay for it. A file of its own: the commands that need only
// the calendar (reception records, reports) do not load the roster's helpers with it.
import type { HolidayCalendar } from '../domain/calendar/holiday-calendar.js';
import type { Config } from '../domain/model.js';

/** Await this before a (synchronous) transaction. */
export async function calendarFactory(): Promise<(config: Config) => HolidayCalendar> {
  const { calendarOfConfig } = await import('../domain/calendar/holiday-calendar.js');
  return (config) => calendarOfConfig(config);
}
