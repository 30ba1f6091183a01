// The settings an office may change after init, as a table: key → what it is and how a typed value is checked.
import { InputError } from '../../errors.js';
import { checkCaseNumberFormat } from '../cases/number.js';
import { checkLetterNumberFormat, DEFAULT_LETTER_SETTINGS, letterSettings } from '../cases/letters/letter-number.js';
import type { Config } from '../model.js';
import { DEFAULT_VISIT_LIMIT } from '../reception/visit-book.js';
import { cleanText, parsePositiveInt } from '../common/text.js';
import { msg } from '../messages/index.js';

interface SettingRule {
  label: string;
  get(c: Config): string;
  set(c: Config, value: string): void;
  /** True when the setting may only change while no case is registered. */
  beforeCases?: boolean;
}

const DEADLINE_MODES: Record<string, Config['settings']['deadlineDays']> = { calendar: 'calendar', 自然日: 'calendar', working: 'working', 工作日: 'working' };

const ROLLOVER: Record<string, boolean> = { on: true, 顺延: true, off: false, 不顺延: false };

const days = (key: 'acceptDays' | 'handleDays' | 'maxExtensionDays', label: string, max: number): SettingRule => ({
  label,
  get: (c) => String(c.settings[key]),
  set: (c, v) => {
    c.settings[key] = parsePositiveInt(v, label, max);
  },
});

export const SETTINGS: Record<string, SettingRule> = {
  org: { label: '单位名称', get: (c) => c.org.name, set: (c, v) => void (c.org.name = cleanText(v, '单位名称', 60)) },
  issuer: { label: '发文机关（文件落款）', get: (c) => c.org.issuer, set: (c, v) => void (c.org.issuer = cleanText(v, '发文机关', 60)) },
  'deadline-days': {
    label: '期限计算方式（calendar 自然日 / working 工作日）',
    get: (c) => c.settings.deadlineDays,
    set: (c, v) => {
      const mode = DEADLINE_MODES[v.trim()];
      if (!mode) throw new InputError(msg('org.deadlineModeInvalid', { value: v }));
      c.settings.deadlineDays = mode;
    },
  },
  'deadline-rollover': {
    label: '期满日遇节假日顺延（on 顺延到节假日后第一个工作日 / off 不顺延；仅自然日计算时）',
    get: (c) => (c.settings.lastDayRollover === false ? 'off' : 'on'),
    set: (c, v) => {
      const on = ROLLOVER[v.trim()];
      if (on === undefined) throw new InputError(msg('org.switchInvalid', { value: v }));
      c.settings.lastDayRollover = on;
    },
  },
  'accept-days': days('acceptDays', '受理期限（日）', 365),
  'handle-days': days('handleDays', '办理期限（日）', 365),
  'max-extension-days': days('maxExtensionDays', '延期上限（日）', 90),
  'visit-limit': {
    label: '每位领导每个接待日的预约上限（超过时提示）',
    get: (c) => String(c.settings.visitLimit ?? DEFAULT_VISIT_LIMIT),
    set: (c, v) => void (c.settings.visitLimit = parsePositiveInt(v, '预约上限', 1000)),
  },
  'case-number-format': {
    label: '信访件编号格式（如 {year}-{seq:4}）',
    get: (c) => c.settings.caseNumberFormat,
    set: (c, v) => void (c.settings.caseNumberFormat = checkCaseNumberFormat(cleanText(v, '编号格式', 40))),
    beforeCases: true,
  },
  'letter-number-format': {
    label: '信访文书文号格式（如 {org}{code}〔{year}〕{seq}号）',
    get: (c) => letterSettings(c).numberFormat,
    set: (c, v) => void ((c.letters ??= structuredClone(DEFAULT_LETTER_SETTINGS)).numberFormat = checkLetterNumberFormat(v)),
  },
  'org-code': {
    label: '机关代字（文号中的 {org}，如 示教）',
    get: (c) => letterSettings(c).orgCode,
    set: (c, v) => void ((c.letters ??= structuredClone(DEFAULT_LETTER_SETTINGS)).orgCode = cleanText(v, '机关代字', 20)),
  },
};

export function settingRule(key: string): SettingRule {
  const rule = SETTINGS[key];
  if (!rule) throw new InputError(msg('org.settingUnknown', { key, settings: Object.keys(SETTINGS).join('、') }));
  return rule;
}

/** Changes one setting; `hasCases` says whether any case is registered (some settings are fixed from then on). */
export function changeSetting(c: Config, key: string, value: string, hasCases: boolean): { key: string; label: string; value: string } {
  const rule = settingRule(key);
  if (rule.beforeCases && hasCases) {
    throw new InputError(msg('org.settingBeforeFirstCase', { label: rule.label }));
  }
  rule.set(c, String(value ?? ''));
  return { key, label: rule.label, value: rule.get(c) };
}

export function listSettings(c: Config): { key: string; label: string; value: string }[] {
  return Object.entries(SETTINGS).map(([key, r]) => ({ key, label: r.label, value: r.get(c) }));
}
