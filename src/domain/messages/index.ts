// The domain's error messages, one table per capability (docs/design.md, "Messages").
import { messageFormatter } from '../../message-format.js';
import { CALENDAR_MESSAGES } from './calendar.js';
import { CASES_MESSAGES } from './cases.js';
import { COMMON_MESSAGES } from './common.js';
import { ORG_MESSAGES } from './org.js';
import { RECEPTION_MESSAGES } from './reception.js';
import { REPORTS_MESSAGES } from './reports.js';
import { ROSTER_MESSAGES } from './roster.js';

export const DOMAIN_MESSAGES = {
  ...CALENDAR_MESSAGES,
  ...CASES_MESSAGES,
  ...COMMON_MESSAGES,
  ...ORG_MESSAGES,
  ...RECEPTION_MESSAGES,
  ...REPORTS_MESSAGES,
  ...ROSTER_MESSAGES,
} as const;

export type DomainMessageKey = keyof typeof DOMAIN_MESSAGES;

/** The text of a domain message with its placeholders filled: msg('cases.editNoChange', { no }). */
export const msg = messageFormatter(DOMAIN_MESSAGES);
