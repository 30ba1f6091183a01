// The 文号 of an official letter: numbered per kind and year, in a format the office sets
// (e.g. "{org}{code}〔{year}〕{seq}号" → 示教信受〔2026〕12号).
import { InputError } from '../../../errors.js';
import type { Config, LetterSettings } from '../../model.js';
import { cleanText } from '../../common/text.js';
import type { LetterKindName } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export const DEFAULT_LETTER_SETTINGS: LetterSettings = { numberFormat: '{org}{code}〔{year}〕{seq}号', orgCode: '', seq: {} };

const PLACEHOLDERS = ['org', 'code', 'year', 'seq'];

export function letterSettings(config: Config): LetterSettings {
  return config.letters ?? DEFAULT_LETTER_SETTINGS;
}

/** A 文号 format: must contain {seq} and {year} (numbers restart each year), and only the known placeholders. */
export function checkLetterNumberFormat(raw: string): string {
  const s = cleanText(raw, '文号格式', 60);
  const used = [...s.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
  const unknown = used.filter((u) => !PLACEHOLDERS.includes(u));
  if (unknown.length) throw new InputError(msg('cases.letterNumberUnknownField', { field: unknown[0] }));
  if (!used.includes('seq') || !used.includes('year')) throw new InputError(msg('cases.letterNumberIncomplete'));
  return s;
}

export function formatLetterNumber(s: LetterSettings, code: string, year: number, seq: number): string {
  return s.numberFormat.replace(/\{(org|code|year|seq)\}/g, (_, k: string) => (k === 'org' ? s.orgCode : k === 'code' ? code : k === 'year' ? String(year) : String(seq)));
}

const seqKey = (year: number, kind: LetterKindName) => `${year}/${kind}`;

/** Takes the next number of a kind in a year on `config` (changed in place: call inside a transaction). */
export function takeLetterNumber(config: Config, kind: LetterKindName, code: string, year: number): string {
  const s = (config.letters ??= structuredClone(DEFAULT_LETTER_SETTINGS));
  const key = seqKey(year, kind);
  const seq = (Object.hasOwn(s.seq, key) ? s.seq[key] : 0) + 1;
  s.seq[key] = seq;
  return formatLetterNumber(s, code, year, seq);
}
