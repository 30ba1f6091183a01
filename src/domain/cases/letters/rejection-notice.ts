// 不予受理告知书: the reason, and the legal route the petitioner can take instead (诉讼、仲裁、行政复议…).
import { InputError } from '../../../errors.js';
import { rejectedDate } from '../../reports/status.js';
import type { LetterKind } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export const rejectionNotice: LetterKind = {
  kind: '不予受理告知书',
  to: 'petitioner',
  renewedBy: ['不予受理', '更正'],
  check(c) {
    if (c.status !== '不予受理') {
      throw new InputError(msg('cases.letterNotRejected', { no: c.no, status: c.status }));
    }
  },
  values(c, ctx) {
    return { reason: c.rejectReason, rejectedDate: ctx.formatDate(rejectedDate(c) ?? c.receivedDate) };
  },
};
