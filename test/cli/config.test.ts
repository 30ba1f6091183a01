// `xinfang config` through the real binary: settings change what later commands compute.
import { initStore, run, snapshot } from '../helpers/cli.js';

test('config show lists every setting; set changes one and is journaled', () => {
  const dir = initStore();
  const shown = JSON.parse(run(dir, ['config', 'show', '--json']).stdout);
  expect(shown.map((s: { key: string }) => s.key)).toEqual(['org', 'issuer', 'deadline-days', 'deadline-rollover', 'accept-days', 'handle-days', 'max-extension-days', 'visit-limit', 'case-number-format', 'letter-number-format', 'org-code']);
  const r = run(dir, ['config', 'set', 'deadline-days', 'working']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('已修改');
  expect(JSON.parse(run(dir, ['config', 'show', '--json']).stdout).find((s: { key: string }) => s.key === 'deadline-days').value).toBe('working');
});

test('the case number format is fixed once a case exists', () => {
  const dir = initStore();
  expect(run(dir, ['unit', 'add', '--name', '海州区', '--kind', '县区']).code).toBe(0);
  expect(run(dir, ['config', 'set', 'case-number-format', '信{year}第{seq:3}号']).code).toBe(0);
  const add = run(dir, ['case', 'add', '--yes', '--date', '2027-01-04', '--channel', '来信', '--source', '本级受理', '--name', '王某', '--region', '海州区', '--category', '教育收费', '--summary', '反映收费问题']);
  expect(add.code).toBe(0);
  expect(add.stdout.trim()).toBe('信2027第001号');
  const before = snapshot(dir);
  const r = run(dir, ['config', 'set', 'case-number-format', '{year}-{seq:4}']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^错误：.*只能在登记第一件信访件之前设置/);
  expect(snapshot(dir)).toEqual(before);
});

test('deadline-rollover: on by default, off and on again, a wrong value refused', () => {
  const dir = initStore();
  const value = () => JSON.parse(run(dir, ['config', 'show', '--json']).stdout).find((s: { key: string }) => s.key === 'deadline-rollover').value;
  expect(value()).toBe('on');
  expect(run(dir, ['config', 'set', 'deadline-rollover', '不顺延']).code).toBe(0);
  expect(value()).toBe('off');
  expect(run(dir, ['config', 'set', 'deadline-rollover', 'on']).code).toBe(0);
  expect(value()).toBe('on');
  const r = run(dir, ['config', 'set', 'deadline-rollover', 'maybe']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^错误：“maybe”无效，可选：on（顺延）、off（不顺延）/);
});
