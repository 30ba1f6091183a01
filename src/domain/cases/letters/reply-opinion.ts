// 答复意见书: the written reply to the petitioner — the result, and the right to ask for 复查 within 30 days, naming
// the body to ask (信访工作条例 art. 35).
import { InputError } from '../../../errors.js';
import { REVIEW_RULES } from '../after-reply.js';
import type { LetterKind } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export const replyOpinion: LetterKind = {
  kind: '答复意见书',
  to: 'petitioner',
  check(c) {
    if (!c.result || !c.closedDate) throw new InputError(msg('cases.letterNotClosed', { no: c.no }));
  },
  values(c, ctx, w) {
    return {
      acceptedDate: ctx.formatDate(c.acceptedDate ?? c.receivedDate),
      result: c.result!,
      resultText: w.mapped('results', c.result!),
      replyDate: ctx.formatDate(c.replyDate ?? c.closedDate!),
      reviewDays: REVIEW_RULES.复查.requestDays,
      reviewBody: w.text('reviewBody', { org: ctx.config.org.name }),
    };
  },
};
