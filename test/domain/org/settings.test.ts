import { changeSetting, listSettings } from '../../../src/domain/org/settings.js';
import { createConfig } from '../../../src/domain/org/org.js';
import type { Config } from '../../../src/domain/model.js';

const fresh = (): Config =>
  createConfig('示例区教育局', { settings: { caseNumberFormat: '{year}-{seq:4}', deadlineDays: 'calendar', acceptDays: 15, handleDays: 60, maxExtensionDays: 30 }, categories: [], sources: [] }, 1);

const good: [string, string, string][] = [
  ['deadline-days', 'working', 'working'],
  ['deadline-days', '自然日', 'calendar'],
  ['accept-days', '10', '10'],
  ['handle-days', '90', '90'],
  ['max-extension-days', '15', '15'],
  ['case-number-format', '信{year}第{seq:3}号', '信{year}第{seq:3}号'],
  ['issuer', '中共示例区委教育工委', '中共示例区委教育工委'],
  ['org', '示例区教育体育局', '示例区教育体育局'],
];

test.each(good)('%s = %s', (key, value, stored) => {
  const c = fresh();
  expect(changeSetting(c, key, value, false).value).toBe(stored);
  expect(listSettings(c).find((s) => s.key === key)?.value).toBe(stored);
});

const bad: [string, string, boolean, RegExp][] = [
  ['deadline-days', 'weekly', false, /可选：calendar（自然日）、working（工作日）/],
  ['accept-days', '0', false, /应为 1 到 365 之间的整数/],
  ['handle-days', '六十', false, /应为 1 到 365 之间的整数/],
  ['max-extension-days', '91', false, /1 到 90/],
  ['case-number-format', '{seq}', false, /须含一个 \{seq\}/],
  ['case-number-format', '{year}-{seq:4}', true, /只能在登记第一件信访件之前设置/],
  ['org', '', false, /不能为空/],
  ['colour', 'red', false, /没有名为“colour”的设置/],
];

test.each(bad)('%s = %s is refused and changes nothing', (key, value, hasCases, re) => {
  const c = fresh();
  const before = JSON.stringify(c);
  expect(() => changeSetting(c, key, value, hasCases)).toThrow(re);
  expect(JSON.stringify(c)).toBe(before);
});
