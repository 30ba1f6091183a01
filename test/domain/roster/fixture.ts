// A small bureau for the roster tests: five leaders in rotation order, two petition staff.
import { readFileSync } from 'node:fs';
import type { Config, Leader, RosterRule, RulePattern } from '../../../src/domain/model.js';
import type { RosterWording } from '../../../src/domain/roster/rules.js';
import type { RosterDocWording } from '../../../src/domain/roster/view.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/roster.json', import.meta.url), 'utf8'));
export const wording: RosterWording = template.wording;
export const docWording: RosterDocWording = template.document;

export function leader(name: string, title: string, portfolio = '', away: Leader['away'] = []): Leader {
  return { name, title, portfolio, phone: '0518-1234567', active: true, away };
}

export const LEADERS = ['张明', '王强', '李华', '赵敏', '陈刚'];

export function rule(pattern: RulePattern, extra: Partial<RosterRule> = {}): RosterRule {
  return { id: 1, kind: '接访', pattern, shift: 'next', location: '会议室', time: '8:30-12:00 14:30-17:30', ...extra };
}

export function config(rules: RosterRule[], leaders: Leader[] = LEADERS.map((n, i) => leader(n, i === 0 ? '党组书记、局长' : '副局长', `分管${i}`))): Config {
  return {
    schemaVersion: 1,
    org: { name: '示例区教育局', issuer: '示例区教育局办公室' },
    settings: { caseNumberFormat: '{year}-{seq:4}', deadlineDays: 'calendar', acceptDays: 15, handleDays: 60, maxExtensionDays: 30 },
    leaders,
    staff: [
      { name: '刘洋', phone: '', active: true },
      { name: '孙丽', phone: '', active: true },
    ],
    units: [],
    categories: [],
    sources: [],
    rosterRules: rules,
    calendar: [],
    roster: { periods: [], slots: [], changes: [] },
  };
}

/** name → number of slots */
export function counts(names: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const n of names) m.set(n, (m.get(n) ?? 0) + 1);
  return m;
}
