// 延期告知书: the handling time was extended once: by how many days, to when, and why.
import { InputError } from '../../errors.js';
import { dueDateText, type LetterKind } from './letter-kind.js';

export const extensionNotice: LetterKind = {
  kind: '延期告知书',
  to: 'petitioner',
  check(c) {
    if (!c.extension) throw new InputError(`信访件 ${c.no} 尚未延期，不能出具延期告知书，请先 xinfang case extend ${c.no} --days 天数 --reason 理由`);
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
