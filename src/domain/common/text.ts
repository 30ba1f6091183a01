// Checks on operator-typed values shared by every command: names and free text, phones, lists of choices, numbers.
import { InputError } from '../../errors.js';
import { msg } from '../messages/index.js';

// Also what XML cannot hold (U+FFFE, U+FFFF, a lone half of a surrogate pair): such text would break every .docx/.xlsx it reached.
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_LINE_BREAK = /[\u0000-\u0009\u000b-\u001f\u007f]/;

function checked(s: string, what: string, max: number, allowEmpty: boolean, control: RegExp): string {
  if (!allowEmpty && s === '') throw new InputError(msg('common.textEmpty', { what }));
  if (control.test(s)) throw new InputError(msg('common.textControlChars', { what }));
  if (NOT_XML.test(s)) throw new InputError(msg('common.textNotXml', { what }));
  if ([...s].length > max) throw new InputError(msg('common.textTooLong', { what, max }));
  return s;
}

/** A name or short label: trimmed, not empty, no control characters, at most `max` characters. */
export function cleanText(value: unknown, what: string, max = 50, allowEmpty = false): string {
  return checked(String(value ?? '').trim(), what, max, allowEmpty, CONTROL);
}

/**
 * Free text of a sentence or more (a case summary, a note, an address): it may hold line breaks (pasted text, a
 * spreadsheet cell), kept as \n; a tab becomes a space; any other control character is refused, as is text
 * longer than `max` characters.
 */
export function cleanParagraph(value: unknown, what: string, max: number, allowEmpty = true): string {
  const s = String(value ?? '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();
  return checked(s, what, max, allowEmpty, CONTROL_BUT_LINE_BREAK);
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const SHORT = /^\d{3,8}$/; // internal extensions and hotlines such as 12345

export function isPhone(s: string): boolean {
  return MOBILE.test(s) || LANDLINE.test(s) || SHORT.test(s);
}

/** A phone number by shape: mobile 13800138000, landline 0518-85551001, or a short number. */
export function cleanPhone(value: unknown, what = '电话', allowEmpty = true): string {
  const s = String(value ?? '').trim().replace(/\s+/g, '');
  if (s === '' && allowEmpty) return '';
  if (!isPhone(s)) throw new InputError(msg('common.phoneInvalid', { what, value: String(value).slice(0, 40) }));
  return s;
}

/** One of a fixed list; the error lists the valid names. */
export function oneOf<T extends string>(value: unknown, choices: readonly T[], what: string): T {
  const s = String(value ?? '').trim();
  if ((choices as readonly string[]).includes(s)) return s as T;
  throw new InputError(msg('common.choiceInvalid', { what, value: s.slice(0, 40), choices: choices.join('、') }));
}

/** A positive whole number typed on the command line. */
export function parsePositiveInt(value: unknown, what: string, max = 100000): number {
  const s = String(value ?? '').trim();
  if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > max) throw new InputError(msg('common.integerOutOfRange', { what, value: s.slice(0, 20), max }));
  return Number(s);
}
