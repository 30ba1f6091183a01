// 不予受理告知书: the reason, and the legal route the petitioner can take instead (诉讼、仲裁、行政复议…).
import { InputError } from '../../errors.js';
import { rejectedDate } from '../report-status.js';
import type { LetterKind } from './letter-kind.js';

export const rejectionNotice: LetterKind = {
  kind: '不予受理告知书',
  to: 'petitioner',
  check(c) {
    if (c.status !== '不予受理') {
      throw new InputError(`信访件 ${c.no} 不是不予受理的信访件（当前：${c.status}），不能出具不予受理告知书`);
    }
  },
  values(c, ctx) {
    return { reason: c.rejectReason, rejectedDate: ctx.formatDate(rejectedDate(c) ?? c.receivedDate) };
  },
};
