// 交办单: to the responsible unit — the matter, the 包案领导, the deadline, and what to report back by when.
import { InputError } from '../../../errors.js';
import { dueDateText, leaderTitle, type LetterKind } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export const assignmentSlip: LetterKind = {
  kind: '交办单',
  to: 'unit',
  renewedBy: ['交办', '改派', '更正'],
  check(c) {
    if (!c.unit || !c.dueDate) throw new InputError(msg('cases.letterNotAssigned', { no: c.no }));
  },
  values(c, ctx) {
    const assigned = [...c.history].reverse().find((h) => (h.action === '交办' || h.action === '改派') && !h.undone);
    return {
      leaderTitle: leaderTitle(ctx.config.leaders, c.leader),
      dueDate: dueDateText(c, ctx),
      assignedDate: ctx.formatDate(assigned?.date ?? c.acceptedDate ?? c.receivedDate),
    };
  },
};
