// 受理告知书: tells the petitioner the petition was accepted, and how long handling takes.
import { InputError } from '../../errors.js';
import type { LetterKind } from './letter-kind.js';

export const acceptanceNotice: LetterKind = {
  kind: '受理告知书',
  to: 'petitioner',
  check(c) {
    if (!c.acceptedDate) throw new InputError(`信访件 ${c.no} 尚未受理，不能出具受理告知书，请先 xinfang case accept ${c.no}`);
  },
  values(c, ctx) {
    const s = ctx.config.settings;
    return { handleDays: s.handleDays, maxExtensionDays: s.maxExtensionDays, acceptedDate: ctx.formatDate(c.acceptedDate!) };
  },
};
