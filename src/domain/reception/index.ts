// Reception days end to end: bookings (预约接访、约访), the notices to leaders and petitioners, the day's record.
// What each file offers:
//   notices — Who is to be told of a reception day, and when: the leader two working days ahead, the petitioner one working day
//   reception-day — The record of one reception day: who received, the bookings, the visits registered that day (批次 and 人次), and
//   visit-book — Booking a petitioner onto a reception day (预约接访) or a leader's appointment (约访), moving and cancelling it.
//   visit-case — A booked petitioner who comes is registered as a case (case add --visit): the booking's fields are the case's
//   visit-follow — Bookings and the leader's absences: a 预约接访 booking follows its reception slot when the slot's leader
//   visit-model — Appointments (预约接访 / 约访), the notices given, and the record of each reception day. Stored per year of the
//   visit-notice — The written notice to a petitioner (接访通知书) and its one-line SMS, as plain data from templates/visit-notice.json.
export * from './notices.js';
export * from './reception-day.js';
export * from './visit-book.js';
export * from './visit-case.js';
export * from './visit-follow.js';
export * from './visit-model.js';
export * from './visit-notice.js';
