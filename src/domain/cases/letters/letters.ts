// The registry of official letter kinds: a new kind is one file here, its template in templates/letters/, and its test.
import { InputError } from '../../../errors.js';
import { acceptanceNotice } from './acceptance-notice.js';
import { assignmentSlip } from './assignment-slip.js';
import { extensionNotice } from './extension-notice.js';
import { LETTER_KINDS, type LetterKind, type LetterKindName } from './letter-kind.js';
import { rejectionNotice } from './rejection-notice.js';
import { replyOpinion } from './reply-opinion.js';
import { supervisionSlip } from './supervision-slip.js';
import { msg } from '../../messages/index.js';

export const LETTERS: Record<LetterKindName, LetterKind> = {
  受理告知书: acceptanceNotice,
  不予受理告知书: rejectionNotice,
  延期告知书: extensionNotice,
  交办单: assignmentSlip,
  督办单: supervisionSlip,
  答复意见书: replyOpinion,
};

export function letterKind(raw: string | undefined): LetterKind {
  const s = String(raw ?? '').trim();
  if (!Object.hasOwn(LETTERS, s)) throw new InputError(msg('cases.letterKindInvalid', { value: s, choices: LETTER_KINDS.join('、') }));
  return LETTERS[s as LetterKindName];
}
