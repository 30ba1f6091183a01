// The December routine through the real binary: save the State Council's notice, import it, check the year, generate
// the roster; coverage that one entry cannot fake; deadlines that run on provisionally and become exact by themselves.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, initStore, ROOT, run, snapshot, tempDir } from '../helpers/cli.js';
import { setupBureau } from '../helpers/case-cli.js';

const TODAY = '2026-11-30';
const NOTICES = path.join(ROOT, 'test/fixtures/notices');
const json = (stdout: string) => JSON.parse(stdout);
const ok = (dir: string, args: string[], today = TODAY) => {
  const r = run(dir, args, { today });
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r;
};

test('import the 2027 notice → 2027 covered → roster generate --year 2027', () => {
  const dir = initStore();
  ok(dir, ['leader', 'add', '--name', '张明', '--title', '局长']);
  ok(dir, ['roster', 'rule', 'add', '--days', '1,16', '--shift', 'next']);
  const refused = run(dir, ['roster', 'generate', '--year', '2027', '--out', path.join(tempDir(), '安排表.docx')], { today: TODAY });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('2027年的节假日安排尚未录入');

  const r = ok(dir, ['calendar', 'import', path.join(NOTICES, '2027.txt'), '--yes', '--json']);
  const out = json(r.stdout);
  expect(out.year).toBe(2027);
  expect(out.entries).toHaveLength(33);
  expect(out.entries[0]).toEqual({ date: '2027-01-01', work: false, name: '元旦' });
  expect(out.entries.map((e: { date: string }) => e.date)).toEqual([...out.entries.map((e: { date: string }) => e.date)].sort());
  expect(out.entries).toContainEqual({ date: '2027-01-31', work: true, name: '春节调休上班' });

  const status = json(ok(dir, ['calendar', 'status', '--year', '2027', '--json']).stdout);
  expect(status).toMatchObject({ year: 2027, covered: true, confirmed: false, missing: [], source: 'operator', workdayCount: 248 });

  const g = ok(dir, ['roster', 'generate', '--year', '2027', '--json', '--out', path.join(tempDir(), '安排表.docx')]);
  const slots = json(g.stdout).slots as { date: string }[];
  expect(slots).toHaveLength(24);
  // 10-01 (国庆, 10-01 … 10-07) moves to the next working day; 10-09 is a make-up Saturday, but 10-08 comes first
  expect(slots.map((s) => s.date)).toContain('2027-10-08');
  expect(slots.map((s) => s.date)).not.toContain('2027-10-01');
});

test('one entry for 2027 is not the year: status names what is missing, roster refuses', () => {
  const dir = initStore();
  ok(dir, ['leader', 'add', '--name', '张明', '--title', '局长']);
  ok(dir, ['roster', 'rule', 'add', '--days', '1,16']);
  ok(dir, ['calendar', 'set', '2027-01-01', 'off', '--name', '元旦']);
  expect(json(ok(dir, ['calendar', 'status', '--year', '2027', '--json']).stdout)).toMatchObject({
    covered: false,
    confirmed: false,
    missing: ['春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'],
  });
  const before = snapshot(dir);
  const r = run(dir, ['roster', 'generate', '--year', '2027', '--out', path.join(tempDir(), '安排表.docx')], { today: TODAY });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^错误：2027年的节假日安排尚未录入/);
  expect(snapshot(dir)).toEqual(before);

  // the operator may say the year is complete; that is journaled
  const c = ok(dir, ['calendar', 'confirm', '--year', '2027']);
  expect(c.stdout).toContain('已确认2027年的节假日安排（没有春节、清明节、劳动节、端午节、中秋节、国庆节的放假日');
  expect(json(ok(dir, ['calendar', 'status', '--year', '2027', '--json']).stdout)).toMatchObject({ covered: true, confirmed: true });
  expect(fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')).toContain('确认节假日安排');
  expect(ok(dir, ['roster', 'generate', '--year', '2027', '--out', path.join(tempDir(), '安排表.docx')]).code).toBe(0);
  expect(run(dir, ['calendar', 'confirm', '--year', '2027'], { today: TODAY }).stderr).toMatch(/^错误：2027年的节假日安排已确认过/);
});

test('--dry-run shows the table and changes nothing; GB18030 reads like UTF-8', () => {
  const dir = initStore();
  const before = snapshot(dir);
  const r = ok(dir, ['calendar', 'import', path.join(NOTICES, '2026.gb18030.txt'), '--dry-run']);
  expect(r.stdout).toContain('国务院办公厅放假通知：2026年，39 天');
  expect(r.stdout).toMatch(/2026-02-15 +│ 星期日 +│ 放假 +│ 春节/);
  expect(r.stdout).toContain('--dry-run：未写入');
  expect(snapshot(dir)).toEqual(before);
  const utf8 = json(ok(dir, ['calendar', 'import', path.join(NOTICES, '2026.txt'), '--dry-run', '--json']).stdout);
  const gb = json(ok(dir, ['calendar', 'import', path.join(NOTICES, '2026.gb18030.txt'), '--dry-run', '--json']).stdout);
  expect(gb).toEqual(utf8);
  expect(snapshot(dir)).toEqual(before);
});

test.each<[string, string, RegExp]>([
  ['a line it cannot read', '二、春节：2月5日至12日放假调休，共8天。2月20日（周六）补班半天。', /^错误：第9行无法识别（“某日补班半天”）：“二、春节：2月5日至12日放假调休，共8天。2月20日（周六）补班半天。”/],
  ['a wrong weekday', '二、春节：2月5日（周四）至12日（周五）放假调休，共8天。', /^错误：第9行写2月5日是星期四，但2027-02-05是星期五/],
])('%s: refused naming the line, nothing entered', (_why, line, message) => {
  const dir = initStore();
  const file = path.join(tempDir(), '通知.txt');
  fs.writeFileSync(file, fs.readFileSync(path.join(NOTICES, '2027.txt'), 'utf8').replace(/^二、春节.*$/m, line));
  const before = snapshot(dir);
  const r = run(dir, ['calendar', 'import', file, '--yes'], { today: TODAY });
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(snapshot(dir)).toEqual(before);
});

test('a case accepted 2026-11-20 in working-day mode: assigned, 暂定 until 2027 is imported, then exact', () => {
  const dir = initStore();
  setupBureau(dir);
  ok(dir, ['config', 'set', 'deadline-days', 'working'], '2026-11-20');
  const add = ok(dir, ['case', 'add', '--date', '2026-11-20', '--channel', '来信', '--source', '本级受理', '--name', '王某某', '--persons', '1', '--region', '海州区', '--category', '教育收费', '--summary', '反映某校违规收取资料费', '--json'], '2026-11-20');
  const no = json(add.stdout).no as string;
  ok(dir, ['case', 'accept', no, '--date', '2026-11-20'], '2026-11-20');
  const assigned = ok(dir, ['case', 'assign', no, '--unit', '基础教育科', '--leader', '张明', '--date', '2026-11-20'], '2026-11-20');
  expect(assigned.stdout).toContain(no);

  const before = json(ok(dir, ['case', 'show', no, '--json']).stdout);
  // 60 working days counted Monday–Friday: 29 left in 2026 (11-23 … 12-31), 31 into 2027
  expect(before.deadlines).toEqual({ accept: '2026-12-11', handle: '2027-02-12', provisional: true });
  expect(ok(dir, ['case', 'show', no]).stdout).toContain('2027-02-12（暂定）');
  expect(json(ok(dir, ['case', 'due', '--within', '120', '--json']).stdout)).toMatchObject([{ no, deadline: '2027-02-12', provisional: true }]);
  expect(ok(dir, ['case', 'due', '--within', '120']).stdout).toContain('暂定');

  ok(dir, ['calendar', 'import', path.join(NOTICES, '2027.txt'), '--yes']);
  const after = json(ok(dir, ['case', 'show', no, '--json']).stdout);
  // 元旦 (1-1) and 春节 (2-5 … 2-12) off, the make-up 1-31 (Sunday) and 2-20 (Saturday) worked: the 31st is 2-20
  expect(after.deadlines).toEqual({ accept: '2026-12-11', handle: '2027-02-20', provisional: false });
  const shown = ok(dir, ['case', 'show', no]).stdout;
  expect(shown).toContain('2027-02-20');
  // only the history still says what the 交办 step recorded then
  expect(shown.match(/暂定/g)).toHaveLength(1);
  expect(shown).toContain('办理期限2027-02-12（暂定）');

  // an explicit due date is never refused because of the calendar
  const dir2 = initStore();
  setupBureau(dir2);
  ok(dir2, ['config', 'set', 'deadline-days', 'working'], '2026-11-20');
  const no2 = json(ok(dir2, ['case', 'add', '--date', '2026-11-20', '--channel', '来信', '--source', '本级受理', '--name', '李某', '--persons', '1', '--region', '海州区', '--category', '教育收费', '--summary', '反映问题', '--json'], '2026-11-20').stdout).no;
  ok(dir2, ['case', 'accept', no2, '--date', '2026-11-20'], '2026-11-20');
  expect(ok(dir2, ['case', 'assign', no2, '--unit', '基础教育科', '--leader', '张明', '--date', '2026-11-20', '--due', '2027-02-19'], '2026-11-20').code).toBe(0);
});

test('calendar days: a period ending on 国庆 runs to the first working day after it, unless turned off', () => {
  const dir = initStore();
  setupBureau(dir);
  const add = ['case', 'add', '--date', '2026-09-16', '--channel', '来信', '--source', '本级受理', '--name', '王某某', '--persons', '1', '--region', '海州区', '--category', '教育收费', '--summary', '反映问题', '--json'];
  const no = json(ok(dir, add, '2026-09-16').stdout).no;
  expect(json(ok(dir, ['case', 'show', no, '--json'], '2026-09-16').stdout).deadlines).toEqual({ accept: '2026-10-08', handle: null, provisional: false });
  ok(dir, ['config', 'set', 'deadline-rollover', 'off'], '2026-09-16');
  expect(json(ok(dir, ['case', 'show', no, '--json'], '2026-09-16').stdout).deadlines).toEqual({ accept: '2026-10-01', handle: null, provisional: false });
});

const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' });
const withPty = python.status === 0 ? test : test.skip; // python3's pty module is the terminal; without it, nothing to drive

withPty('on a terminal it asks before writing: no leaves the calendar as it was, yes writes', () => {
  const dir = initStore();
  const drive = (answer: string) => {
    const steps = path.join(tempDir(), 'steps.json');
    fs.writeFileSync(steps, JSON.stringify([['写入节假日日历？', answer]]));
    return spawnSync(
      'python3',
      [path.join(ROOT, 'test/helpers/pty-drive.py'), steps, '--', process.execPath, BIN, '--data', dir, '--today', TODAY,
        'calendar', 'import', path.join(NOTICES, '2027.txt')],
      { encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1' }, timeout: 60000 },
    );
  };
  const before = snapshot(dir);
  const no = drive('n\r');
  expect(no.status).toBe(0);
  expect(no.stdout).toContain('国务院办公厅放假通知：2027年，33 天');
  expect(no.stdout).toContain('已取消，没有写入');
  expect(snapshot(dir)).toEqual(before);
  const yes = drive('\r');
  expect(yes.status).toBe(0);
  expect(yes.stdout).toContain('已导入');
  expect(JSON.parse(run(dir, ['calendar', 'status', '--year', '2027', '--json']).stdout).covered).toBe(true);
});

test('the 2020 extension notice imported after the 2020 notice: 1-31 … 2-2 off (2-1 no longer a make-up day), 2-3 work', () => {
  const dir = initStore();
  ok(dir, ['calendar', 'import', path.join(NOTICES, '2020.txt'), '--yes']);
  const dayOf = (date: string) => {
    const days = json(ok(dir, ['calendar', 'status', '--year', '2020', '--json']).stdout).days as { date: string; work: boolean; name: string }[];
    const day = days.find((d) => d.date === date);
    return day ? `${day.work ? '上班' : '放假'} ${day.name}` : '平常日';
  };
  expect(dayOf('2020-02-01')).toBe('上班 春节调休上班');
  const r = ok(dir, ['calendar', 'import', path.join(NOTICES, '2020-extension.txt'), '--yes']);
  expect(r.stdout).toContain('2020-extension.txt：3 天（新增 2，更新 1，未变 0）');
  expect(['2020-01-31', '2020-02-01', '2020-02-02', '2020-02-03'].map(dayOf)).toEqual(['放假 春节', '放假 春节', '放假 春节', '平常日']);
});
