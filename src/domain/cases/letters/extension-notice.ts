// 延期告知书: the handling time was extended once: by how many days, to when, and why.
import { InputError } from '../../../errors.js';
import { dueDateText, type LetterKind } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export const extensionNotice: LetterKind = {
  kind: '延期告知书',
  to: 'petitioner',
  renewedBy: ['延期', '更正'],
  check(c) {
    if (!c.extension) throw new InputError(msg('cases.letterNotExtended', { no: c.no }));
  },
  values(c, ctx) {
    const e = c.extension!;
    return {
      acceptedDate: ctx.formatDate(c.acceptedDate ?? c.receivedDate),
      days: e.days,
      reason: e.reason,
      extendedOn: ctx.formatDate(e.date),
      dueDate: dueDateText(c, ctx),
    };
  },
};
