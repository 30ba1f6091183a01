// The holiday calendar: the State Council arrangement (chinese-days plus the operator's entries), its coverage, and the notice reader.
// What each file offers:
//   entries — The operator's calendar entries: set, unset, import (merge), and what a change means for the stored roster.
//   holiday-calendar — The working-day calendar: the State Council's arrangement from the chinese-days package, overridden by the
//   holiday-names — The statutory holidays (全国年节及纪念日放假办法) by year, and the names the State Council's notices give them.
//   holiday-notice-apply — What a read notice enters in the calendar: its days off and working days, and an amendment (延长…假期) applied
//   holiday-notice-lines — Finding, in a pasted notice with whatever a web page left around it, the year it is for and its numbered items
//   holiday-notice-text — Brings a pasted or saved State Council holiday notice to one form before it is read: half-width digits and
//   holiday-notice — Reading the State Council's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) into days off and working
export * from './entries.js';
export * from './holiday-calendar.js';
export * from './holiday-names.js';
export * from './holiday-notice-apply.js';
export * from './holiday-notice-lines.js';
export * from './holiday-notice-text.js';
export * from './holiday-notice.js';
