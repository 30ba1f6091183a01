// 督办单: to the unit of an overdue or 临期 case — how late it is, what was done so far, and when to report.
import { InputError } from '../../../errors.js';
import { stepsInForce } from '../workflow.js';
import { addDays, diffDays } from '../../common/dates.js';
import { deadlineText, leaderTitle, type LetterKind } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export const supervisionSlip: LetterKind = {
  kind: '督办单',
  to: 'unit',
  renewedBy: ['交办', '改派', '进展', '延期', '更正'],
  newEachDay: true,
  check(c, ctx) {
    if (!ctx.deadline) throw new InputError(msg('cases.supervisionNoDeadline', { no: c.no, status: c.status }));
    if (!c.unit) throw new InputError(msg('cases.supervisionNotAssigned', { no: c.no }));
    const left = diffDays(ctx.date, ctx.deadline.deadline);
    if (left > ctx.dueSoonDays) {
      throw new InputError(msg('cases.supervisionNotDue', { no: c.no, stage: ctx.deadline.stage, deadline: ctx.deadline.deadline, left, dueSoonDays: ctx.dueSoonDays }));
    }
  },
  values(c, ctx, w) {
    const d = ctx.deadline!;
    const left = diffDays(ctx.date, d.deadline);
    const steps = stepsInForce(c).map((h) => w.text('stepLine', { date: ctx.formatDate(h.date), action: h.action, note: h.note.replace(/\d{4}-\d{2}-\d{2}/g, ctx.formatDate) }));
    return {
      stage: d.stage,
      deadline: deadlineText(ctx, d.deadline, d.provisional),
      lateness: left < 0 ? w.text('overdue', { days: -left }) : left === 0 ? w.text('dueToday') : w.text('dueSoon', { days: left }),
      steps: steps.join('\n'),
      leaderTitle: leaderTitle(ctx.config.leaders, c.leader),
      replyBy: ctx.formatDate(addDays(ctx.date, w.number('replyWithinDays', 3))),
    };
  },
};
