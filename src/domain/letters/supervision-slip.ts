// 督办单: to the unit of an overdue or 临期 case — how late it is, what was done so far, and when to report.
import { InputError } from '../../errors.js';
import { stepsInForce } from '../case-workflow.js';
import { addDays, diffDays } from '../dates.js';
import { deadlineText, leaderTitle, type LetterKind } from './letter-kind.js';

export const supervisionSlip: LetterKind = {
  kind: '督办单',
  to: 'unit',
  check(c, ctx) {
    if (!ctx.deadline) throw new InputError(`信访件 ${c.no} ${c.status}，没有在办的期限，无需督办`);
    if (!c.unit) throw new InputError(`信访件 ${c.no} 尚未交办，督办单发给责任单位，请先 xinfang case assign ${c.no} --unit 责任单位 --leader 包案领导`);
    const left = diffDays(ctx.date, ctx.deadline.deadline);
    if (left > ctx.dueSoonDays) {
      throw new InputError(`信访件 ${c.no} 的${ctx.deadline.stage}期限为 ${ctx.deadline.deadline}，还有 ${left} 天，未超期也未临期（${ctx.dueSoonDays} 天内），无需督办`);
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
