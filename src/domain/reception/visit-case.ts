// A booked petitioner who comes is registered as a case (case add --visit): the booking's fields are the case's
// defaults, and the two are linked both ways (the case keeps the booking's number, the booking the case's).
import { InputError } from '../../errors.js';
import type { Case } from '../model.js';
import { findVisit } from './visit-book.js';
import type { Visit, VisitYear } from './visit-model.js';
import { msg } from '../messages/index.js';

/** The case fields a booking fills in (flags typed by the clerk win). */
export function caseDefaultsOf(v: Visit): Record<string, string> {
  const representatives: Record<string, string> = v.representatives?.length ? { representatives: v.representatives.join('、') } : {};
  return { date: v.date, channel: '来访', name: v.name, phone: v.phone, persons: String(v.persons), summary: v.summary, ...representatives };
}

/** Who received the visit: the booking's leader on the booking's day. */
export function receptionOf(v: Visit, receivedDate: string): Case['reception'] {
  return receivedDate === v.date ? { date: v.date, leader: v.leader } : null;
}

/** The booking must be open (booked, or marked absent by a closed day and then came after all). */
export function openVisit(doc: VisitYear, id: string): Visit {
  const v = findVisit(doc, id);
  if (v.caseNo) throw new InputError(msg('reception.visitAlreadyRegistered', { id: v.id, caseNo: v.caseNo }));
  if (v.status === '已取消') throw new InputError(msg('reception.visitCancelled', { id: v.id }));
  return v;
}

export function markArrived(v: Visit, caseNo: string, today: string): void {
  v.status = '已来访';
  v.caseNo = caseNo;
  v.history.push({ date: today, action: '来访登记', note: caseNo });
}
