// 答复意见书: the written reply to the petitioner — the result, and the next step open to them (信访工作条例
// art. 35): after the first reply, 复查 within 30 days, naming the body to ask; after a 复查 opinion, 复核 within 30
// days by the body above the one that reviewed; after a 复核 opinion, none (the matter is not taken up again).
import { InputError } from '../../../errors.js';
import { REVIEW_RULES, latestReply } from '../after-reply.js';
import type { LetterKind } from './letter-kind.js';
import type { Values } from '../../common/wording.js';
import { msg } from '../../messages/index.js';

export const replyOpinion: LetterKind = {
  kind: '答复意见书',
  to: 'petitioner',
  renewedBy: ['办结', '复查', '复核', '更正'],
  check(c) {
    if (!c.result || !c.closedDate) throw new InputError(msg('cases.letterNotClosed', { no: c.no }));
  },
  values(c, ctx, w) {
    const { review, result } = latestReply(c);
    const org = ctx.config.org.name;
    const reviewValues: Values = review
      ? {
          level: review.level,
          reviewDate: ctx.formatDate(review.date),
          firstReplyDate: ctx.formatDate(c.replyDate ?? c.closedDate!),
          // 复核 goes to the body above the one that gave the 复查 opinion
          recheckBody: review.body ? w.text('recheckBody', { body: review.body, org }) : w.text('recheckBodyUnnamed', { org }),
        }
      : {};
    return {
      acceptedDate: ctx.formatDate(c.acceptedDate ?? c.receivedDate),
      result: result!,
      resultText: w.mapped('results', result!),
      replyDate: ctx.formatDate(c.replyDate ?? c.closedDate!),
      reviewDays: REVIEW_RULES.复查.requestDays,
      recheckDays: REVIEW_RULES.复核.requestDays,
      reviewBody: w.text('reviewBody', { org }),
      ...reviewValues,
    };
  },
  paragraphs(c) {
    const { review } = latestReply(c);
    return review ? `afterReview.${review.level}` : 'paragraphs';
  },
};
