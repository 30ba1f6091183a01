// Field checks for petition cases: each check returns the clean value or throws InputError with one Chinese sentence.
import { InputError } from '../../errors.js';
import { isValidDate, parseDate } from '../common/dates.js';
import { CHANNELS } from '../model.js';
import { cleanParagraph, cleanText, parsePositiveInt } from '../common/text.js';
import type { Channel, Config, ISODate } from '../model.js';
import { msg } from '../messages/index.js';

/** GB 11643-1999: weights of the first 17 digits, and the check character for (sum mod 11). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** An 18-character 居民身份证号码; '' stays '' (the number is optional). `today` bounds the birth date. */
export function checkIdNumber(raw: string, today: ISODate): string {
  const s = String(raw ?? '').trim().toUpperCase();
  if (s === '') return '';
  if (!/^\d{17}[\dX]$/.test(s)) {
    throw new InputError(msg('cases.idCardFormat', { value: s }));
  }
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isValidDate(birth) || birth < '1900-01-01' || birth > today) {
    throw new InputError(msg('cases.idCardBirthDate', { value: s, birth: s.slice(6, 14) }));
  }
  if (idCheckChar(s) !== s[17]) {
    throw new InputError(msg('cases.idCardChecksum', { value: s }));
  }
  return s;
}

const MOBILE_RE = /^1[3-9]\d{9}$/;
const LANDLINE_RE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** A mobile (13800138000) or landline (0518-85551001) number; spaces removed; '' stays ''. */
export function checkPhone(raw: string): string {
  const s = String(raw ?? '').replace(/[\s\u3000]/g, '');
  if (s === '') return '';
  if (MOBILE_RE.test(s) || LANDLINE_RE.test(s)) return s;
  throw new InputError(msg('cases.phoneFormat', { value: s }));
}

/** A real date that is not after today. */
export function checkPastDate(raw: string, today: ISODate, what: string): ISODate {
  const d = parseDate(raw, what);
  if (d > today) throw new InputError(msg('cases.dateInFuture', { what, date: d, today }));
  return d;
}

/** A step date: real, not in the future, not before the previous step. */
export function checkStepDate(raw: string, today: ISODate, notBefore: ISODate | null, what: string, previous: string): ISODate {
  const d = checkPastDate(raw, today, what);
  if (notBefore && d < notBefore) {
    throw new InputError(msg('cases.dateBeforePrevious', { what, date: d, previous, notBefore }));
  }
  return d;
}

const LIST_LIMIT = 20;

function listNames(names: string[]): string {
  if (names.length === 0) return '（尚无）';
  if (names.length <= LIST_LIMIT) return names.join('、');
  return `${names.slice(0, LIST_LIMIT).join('、')} 等 ${names.length} 个`;
}

interface Named {
  name: string;
  active: boolean;
}

/** The value must be the name of an active entry; the error lists the valid names and how to add one. */
export function pickName(what: string, raw: string, entries: Named[], addHint: string): string {
  const s = String(raw ?? '').trim();
  const valid = entries.filter((e) => e.active).map((e) => e.name);
  if (s === '') throw new InputError(msg('cases.choiceEmpty', { what, choices: listNames(valid) }));
  if (valid.includes(s)) return s;
  if (entries.some((e) => e.name === s)) throw new InputError(msg('cases.choiceRetired', { what, value: s, choices: listNames(valid) }));
  throw new InputError(msg('cases.choiceUnknown', { what, value: s, choices: listNames(valid), addHint: addHint ? msg('cases.choiceAddHint', { command: addHint }) : '' }));
}

/** 信访网电 — the one-character forms the office uses are accepted too. */
const CHANNEL_ALIASES: Record<string, Channel> = { 信: '来信', 访: '来访', 网: '网上', 电: '来电', 网信: '网上' };

export function checkChannel(raw: string): Channel {
  const s = String(raw ?? '').trim();
  if ((CHANNELS as readonly string[]).includes(s)) return s as Channel;
  if (CHANNEL_ALIASES[s]) return CHANNEL_ALIASES[s];
  throw new InputError(msg('cases.channelUnknown', { value: s, choices: CHANNELS.join('、') }));
}

export function checkSource(config: Config, raw: string): string {
  return pickName('来源', raw, config.sources, 'xinfang source add');
}

export function checkCategory(config: Config, raw: string): string {
  return pickName('问题类别', raw, config.categories, 'xinfang category add');
}

/** 涉及地区: a unit of kind 县区 or 学校. */
export function checkRegion(config: Config, raw: string): string {
  const regions = config.units.filter((u) => u.kind === '县区' || u.kind === '学校');
  return pickName('涉及地区', raw, regions, 'xinfang unit add');
}

/** 责任单位: any unit. */
export function checkUnit(config: Config, raw: string): string {
  return pickName('责任单位', raw, config.units, 'xinfang unit add');
}

/** 包案领导: an active leader. */
export function checkLeader(config: Config, raw: string): string {
  return pickName('包案领导', raw, config.leaders, 'xinfang leader add');
}

export const MAX_PERSONS_WITHOUT_REPRESENTATIVES = 5;

export function checkPersons(raw: string | number | undefined): number {
  const s = String(raw ?? '').trim();
  return s === '' ? 1 : parsePositiveInt(s, '人数');
}

/** Seed 4: many people with one request must choose at most five representatives. */
export function personsWarning(persons: number): string | null {
  if (persons <= MAX_PERSONS_WITHOUT_REPRESENTATIVES) return null;
  return `本件信访 ${persons} 人，超过 ${MAX_PERSONS_WITHOUT_REPRESENTATIVES} 人：多人反映共同诉求应推选代表（不超过 ${MAX_PERSONS_WITHOUT_REPRESENTATIVES} 人），请用 --representatives 登记代表姓名`;
}

/** Longest free text of a case, in characters: room for a real summary, not for a pasted file. */
export const TEXT_LIMITS = { name: 50, docNo: 50, address: 100, tag: 20, summary: 1000, demands: 1000, note: 1000, reason: 500 } as const;

export function checkTags(raw: string | string[] | undefined): string[] {
  const parts = Array.isArray(raw) ? raw : String(raw ?? '').split(/[,，、;；\s]+/);
  return [...new Set(parts.map((t) => t.trim()).filter(Boolean).map((t) => cleanText(t, `标签“${t}”`, TEXT_LIMITS.tag)))];
}

/** Free text that must be given (a summary, a reason): line breaks become spaces, control characters and overlong text are refused. */
export function requireText(raw: string | undefined, what: string, max: number = TEXT_LIMITS.note): string {
  return cleanParagraph(raw, what, max, false);
}

/** Runs each check and gathers every problem instead of stopping at the first (used by registration and import). */
export class Problems {
  readonly list: string[] = [];
  check<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof InputError) {
        this.list.push(e.message);
        return fallback;
      }
      throw e;
    }
  }
  get ok(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw new InputError(this.list.join('；'));
  }
}
