import { InputError } from '../../../src/errors.js';
import { checkCaseNumberFormat, formatCaseNumber, parseCaseNumber } from '../../../src/domain/cases/number.js';

describe('case numbers', () => {
  test.each([
    ['{year}-{seq:4}', 2026, 1, '2026-0001'],
    ['{year}-{seq:4}', 2026, 12345, '2026-12345'],
    ['{year}-{seq}', 2026, 7, '2026-7'],
    ['教信{year}第{seq:3}号', 2027, 42, '教信2027第042号'],
    ['XF{yy}{seq:5}', 2027, 9, 'XF2700009'],
  ])('%s, %i, %i → %s, and back', (format, year, seq, want) => {
    expect(formatCaseNumber(format, year, seq)).toBe(want);
    expect(parseCaseNumber(want, format)).toEqual({ year, seq });
  });

  test.each([
    ['2026-0001', '教信{year}第{seq:3}号'],
    ['2026-00a1', '{year}-{seq:4}'],
    ['x2026-0001', '{year}-{seq:4}'],
  ])('%s does not fit %s', (no, format) => expect(parseCaseNumber(no, format)).toBeNull());

  test.each(['{year}', '{seq:4}', '{year}-{seq}-{seq}', '{year}-{seq:4}-{month}'])('format %s is refused', (f) => {
    expect(() => checkCaseNumberFormat(f)).toThrow(InputError);
  });
  test('the default format is fine', () => expect(checkCaseNumberFormat('{year}-{seq:4}')).toBe('{year}-{seq:4}'));
});
