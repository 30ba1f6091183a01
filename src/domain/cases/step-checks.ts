// Small checks shared by the workflow steps: an optional note added to a step's history text, and a due date.
import { InputError } from '../../errors.js';
import type { Deadline } from './deadlines.js';
import { TEXT_LIMITS } from './validate.js';
import { parseDate } from '../common/dates.js';
import type { Case, ISODate } from '../model.js';
import { cleanParagraph } from '../common/text.js';
import { msg } from '../messages/index.js';

export function withNote(base: string, extra?: string): string {
  const e = cleanParagraph(extra, '说明（--note）', TEXT_LIMITS.note);
  return e ? `${base}；${e}` : base;
}

/**
 * A due date given at 交办 or 改派: not before `from`, not after the legal limit. A provisional limit (the holidays of
 * its year not entered) cannot refuse it.
 */
export function checkDue(raw: string, from: ISODate, limit: Deadline): ISODate {
  const due = parseDate(raw, '办理期限（--due）');
  if (due < from) throw new InputError(msg('cases.dueBeforeAssigned', { due, from }));
  if (due > limit.date && !limit.provisional) {
    throw new InputError(msg('cases.dueBeyondLimit', { due, limit: limit.date }));
  }
  return due;
}

/** A due date counted provisionally is marked so that it is counted again once its year is entered. */
export function setProvisional(c: Case, provisional: boolean): void {
  if (provisional) c.dueProvisional = true;
  else delete c.dueProvisional;
}
