// The holiday calendar commands through the real binary: status, set, unset, import, and every bad input.
import fs from 'node:fs';
import path from 'node:path';
import { initStore, run, snapshot, tempDir } from '../helpers/cli.js';

const json = (stdout: string) => JSON.parse(stdout);

test('status of a package year lists the arrangement; of 2027 says how to add it', () => {
  const dir = initStore();
  const y2018 = run(dir, ['calendar', 'status', '--year', '2018', '--json']);
  expect(y2018.code).toBe(0);
  const s = json(y2018.stdout);
  expect(s).toMatchObject({ year: 2018, covered: true, source: 'package', workdayCount: 250 });
  expect(s.days).toContainEqual({ date: '2018-12-29', work: true, name: '调休上班', source: 'package' });
  const text = run(dir, ['calendar', 'status', '--year', '2018']);
  expect(text.stdout).toContain('2018年：已覆盖');
  expect(text.stdout).toContain('2018-02-15');
  const y2027 = run(dir, ['calendar', 'status', '--year', '2027']);
  expect(y2027.code).toBe(0);
  expect(y2027.stdout).toContain('2027年：节假日安排不完整，没有元旦、春节、清明节、劳动节、端午节、中秋节、国庆节的放假日');
  expect(y2027.stdout).toContain('xinfang calendar import 通知.txt');
  expect(y2027.stdout).toContain('xinfang calendar confirm --year 2027');
});

test('set and unset: one entry does not cover a year; operator entries win over the package', () => {
  const dir = initStore();
  const set = run(dir, ['calendar', 'set', '2027-01-01', 'off', '--name', '元旦']);
  expect(set.code).toBe(0);
  expect(set.stdout).toContain('已设置：2027-01-01 星期五 放假（元旦）');
  expect(set.stdout).not.toContain('可用于排班');
  expect(set.stderr).toContain('2027年还没有春节、清明节、劳动节、端午节、中秋节、国庆节的放假日，仍不能排班');
  expect(json(run(dir, ['calendar', 'status', '--year', '2027', '--json']).stdout)).toMatchObject({
    covered: false,
    confirmed: false,
    source: null,
    missing: ['春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'],
  });
  expect(run(dir, ['calendar', 'set', '2027-02-20', 'work', '--name', '调休上班']).code).toBe(0);
  expect(run(dir, ['calendar', 'set', '2018-12-29', 'off', '--name', '单位安排']).code).toBe(0);
  const s2018 = json(run(dir, ['calendar', 'status', '--year', '2018', '--json']).stdout);
  expect(s2018.source).toBe('package+operator');
  expect(s2018.days).toContainEqual({ date: '2018-12-29', work: false, name: '单位安排', source: 'operator' });
  expect(run(dir, ['calendar', 'unset', '2027-01-01']).code).toBe(0);
  expect(json(run(dir, ['calendar', 'status', '--year', '2027', '--json']).stdout)).toMatchObject({ covered: false });
});

test.each<[string[], number, RegExp]>([
  [['calendar', 'set', '2027-02-30', 'off'], 1, /“2027-02-30”不是有效日期/],
  [['calendar', 'set', '2027-01-01', 'holiday'], 1, /“holiday”无效：写 休（off，放假）或 班（work，上班）/],
  [['calendar', 'set', '2027-01-01'], 2, /缺少参数/],
  [['calendar', 'unset', '2027-05-01'], 1, /2027-05-01没有自定的节假日条目/],
  [['calendar', 'status', '--year', '27'], 1, /--year“27”不是有效年份/],
  [['calendar', 'import', '/nonexistent/x.json'], 1, /无法读取文件/],
])('refuses %j and changes nothing', (args, code, message) => {
  const dir = initStore();
  const before = snapshot(dir);
  const r = run(dir, args);
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(/^错误：/);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(snapshot(dir)).toEqual(before);
});

test('an identical set is refused as no change', () => {
  const dir = initStore();
  expect(run(dir, ['calendar', 'set', '2027-01-01', 'off', '--name', '元旦']).code).toBe(0);
  const r = run(dir, ['calendar', 'set', '2027-01-01', 'off', '--name', '元旦']);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('没有变化');
});

test('import: a JSON list and an .ics calendar; a broken file changes nothing', () => {
  const dir = initStore();
  const files = tempDir();
  const good = path.join(files, '2027.json');
  const names = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
  const days = ['01-01', '02-08', '04-05', '05-03', '06-09', '09-15', '10-01'];
  fs.writeFileSync(good, JSON.stringify([...names.map((name, i) => ({ date: `2027-${days[i]}`, off: true, name })), { date: '2027-02-20', off: false, name: '调休上班' }]));
  const r = run(dir, ['calendar', 'import', good]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('8 天（新增 8，更新 0，未变 0）');
  expect(r.stdout).toContain('2027年的节假日安排已完整');
  expect(json(run(dir, ['calendar', 'status', '--year', '2027', '--json']).stdout).covered).toBe(true);

  const before = snapshot(dir);
  const bad = path.join(files, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify([{ date: '2028-01-01', off: true }, { date: '2028-13-01', off: true, name: 'x' }]));
  const refused = run(dir, ['calendar', 'import', bad]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('第2项的 date“2028-13-01”不是有效日期');
  const txt = path.join(files, 'a.txt');
  fs.writeFileSync(txt, 'x');
  expect(run(dir, ['calendar', 'import', txt]).stderr).toContain('没有找到通知是哪一年的');
  expect(snapshot(dir)).toEqual(before);

  const ics = path.join(files, '2028.ics');
  fs.writeFileSync(
    ics,
    [
      'BEGIN:VCALENDAR', 'VERSION:2.0',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20280101', 'DTEND;VALUE=DATE:20280104', 'SUMMARY:元旦(休)', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20280108', 'DTEND;VALUE=DATE:20280109', 'SUMMARY:元旦(班)', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n'),
  );
  expect(run(dir, ['calendar', 'import', ics]).stdout).toContain('4 天（新增 4');
  const s = json(run(dir, ['calendar', 'status', '--year', '2028', '--json']).stdout);
  expect(s).toMatchObject({ covered: false, missing: ['春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] });
  expect(s.days.map((d: { date: string; work: boolean }) => [d.date, d.work])).toEqual([
    ['2028-01-01', false], ['2028-01-02', false], ['2028-01-03', false], ['2028-01-08', true],
  ]);
});
