// What a kind of official letter is: whom it goes to, when a case may have it, and the values its template's
// sentences are filled with. One file per kind in this folder; letters.ts lists them.
import { markProvisional, type DueStage } from '../deadlines.js';
import type { Case, Config, ISODate, Leader } from '../../model.js';
import type { Values, Wording } from '../../common/wording.js';

export const LETTER_KINDS = ['受理告知书', '不予受理告知书', '延期告知书', '交办单', '督办单', '答复意见书'] as const;
export type LetterKindName = (typeof LETTER_KINDS)[number];

export interface LetterContext {
  config: Config;
  /** The letter's date (成文日期). */
  date: ISODate;
  /** The deadline the case runs against now (currentDeadline), or null. */
  deadline: { stage: DueStage; deadline: ISODate; provisional?: boolean } | null;
  /** Days before the deadline that count as 临期 (as in `case due`). */
  dueSoonDays: number;
  /** Letters to a unit show the petitioner masked unless this is set; letters to the petitioner never mask. */
  showPii: boolean;
  formatDate: (d: ISODate) => string;
}

export interface LetterKind {
  kind: LetterKindName;
  /** The petitioner (real name: the letter is addressed to them) or the responsible unit. */
  to: 'petitioner' | 'unit';
  /** Throws InputError naming the step that is missing when the case cannot have this letter yet. */
  check(c: Case, ctx: LetterContext): void;
  /** Values for the template's sentences, beyond the common ones (letter-model.ts). */
  values(c: Case, ctx: LetterContext, w: Wording): Values;
  /** The steps after which this letter says something new (a reprint before them keeps its 文号; after them, a new number). */
  renewedBy: readonly string[];
  /** Issued anew on each day it is issued (a later 督办单 is a new supervision), not reprinted under the same 文号. */
  newEachDay?: true;
  /** The template entry holding the letter's paragraphs for this case ('paragraphs' when omitted). */
  paragraphs?(c: Case): string;
}

export function leaderTitle(leaders: Leader[], name: string): string {
  return leaders.find((l) => l.name === name)?.title ?? '';
}

/** A deadline as a letter prints it: marked 暂定 while the holidays of its year are not entered. */
export function deadlineText(ctx: LetterContext, date: ISODate, provisional: boolean | undefined): string {
  return markProvisional(ctx.formatDate(date), provisional === true);
}

/** The handling due date: a provisional one is the limit counted now (as on the card), marked 暂定. */
export function dueDateText(c: Case, ctx: LetterContext): string {
  const running = c.dueProvisional && ctx.deadline?.stage === '办理' ? ctx.deadline : null;
  return running ? deadlineText(ctx, running.deadline, running.provisional) : ctx.formatDate(c.dueDate!);
}
