// Shared pieces every capability uses: dates, shares (percent), text checks, Chinese option values, wording.
// What each file offers:
//   chinese-values — Values a clerk may type in Chinese wherever the English word is accepted: holiday shift, weekday, calendar state.
//   dates — Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so no time zone can shift a day.
//   month-option — How every command takes a month: --month 2027-01, or a bare --month 3 with --year 2027 (without --year: this year).
//   percent
//   text — Checks on operator-typed values shared by every command: names and free text, phones, lists of choices, numbers.
//   wording — Sentence patterns from templates/ with {placeholders}, so an office can change the wording without code.
export * from './chinese-values.js';
export * from './dates.js';
export * from './month-option.js';
export * from './percent.js';
export * from './text.js';
export * from './wording.js';
