import { HolidayCalendar, packageYears, type HolidayData } from '../../src/domain/calendar.js';
import { InputError } from '../../src/errors.js';

const cal = new HolidayCalendar([]);

describe('package coverage', () => {
  it('covers exactly the years chinese-days has data for', () => {
    const years = packageYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    expect(years).not.toContain(2027);
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
  });
});
