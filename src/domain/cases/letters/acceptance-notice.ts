// 受理告知书: tells the petitioner the petition was accepted, and how long handling takes.
import { InputError } from '../../../errors.js';
import type { LetterKind } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export const acceptanceNotice: LetterKind = {
  kind: '受理告知书',
  to: 'petitioner',
  renewedBy: ['受理', '更正'],
  check(c) {
    if (!c.acceptedDate) throw new InputError(msg('cases.letterNotAccepted', { no: c.no }));
  },
  values(c, ctx) {
    const s = ctx.config.settings;
    return { handleDays: s.handleDays, maxExtensionDays: s.maxExtensionDays, acceptedDate: ctx.formatDate(c.acceptedDate!) };
  },
};
