// The numbers of a roster rule: `roster rule add` accepts exactly what the check of config.json accepts, so a
// rule the command makes always loads, and a hand-edited one beyond the command's limits is refused on load.
import { parseRuleFlags, type RuleFlags } from '../../src/domain/roster/rule-parse.js';
import { configSchema } from '../../src/store/schema.js';
import { defaults } from './helpers/store-fixtures.js';
import { createConfig } from '../../src/domain/org/org.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';

const RULE_DEFAULTS = { location: '接待室', time: '8:30-12:00' };

function parserTakes(flags: RuleFlags): boolean {
  try {
    parseRuleFlags(flags, RULE_DEFAULTS);
    return true;
  } catch {
    return false;
  }
}

function schemaTakes(pattern: object): boolean {
  const config = createConfig('测试局', defaults(), SCHEMA_VERSION);
  const rule = { id: 1, kind: '接访', pattern, shift: 'next', location: '接待室', time: '8:30-12:00' };
  expect(configSchema.safeParse(config).success).toBe(true);
  return configSchema.safeParse({ ...config, rosterRules: [rule] }).success;
}

test.each([-3, -2, -1, 0, 1, 2, 3, 4, 5, 6])('--nth %i: the command and the store agree', (nth) => {
  expect(schemaTakes({ type: 'nthWeekday', nth, weekday: 1 })).toBe(parserTakes({ nth: String(nth), weekday: '1' }));
});

test.each([-1, 0, 1, 5, 10, 11, 23, 24])('--per-leader %i: the command and the store agree', (count) => {
  expect(schemaTakes({ type: 'perLeader', count })).toBe(parserTakes({ perLeader: String(count) }));
});

test.each([0, 1, 7, 8])('--weekly %i: the command and the store agree', (weekday) => {
  expect(schemaTakes({ type: 'weekly', weekday })).toBe(parserTakes({ weekly: String(weekday) }));
});

test.each([0, 1, 31, 32])('--days %i: the command and the store agree', (day) => {
  expect(schemaTakes({ type: 'monthDays', days: [day] })).toBe(parserTakes({ days: String(day) }));
});

test('the limits are not vacuous: both accept a valid rule', () => {
  expect(parserTakes({ nth: '-1', weekday: '5' })).toBe(true);
  expect(schemaTakes({ type: 'nthWeekday', nth: -1, weekday: 5 })).toBe(true);
});
