// A leader who is away does not receive: bookings on their away days are refused, registering the absence names the
// slots and bookings it falls on, a roster swap moves the day's 预约接访 bookings to the new leader (约访 stay), and no
// notice names a leader who will not be there. Also: representatives booked with a group, and help wording.
import fs from 'node:fs';
import path from 'node:path';
import { docxText } from '../helpers/docx-text.js';
import { initStore, run, snapshot, tempDir, type RunResult } from '../helpers/cli.js';

let dir: string;
let cwd: string;
const TODAY = '2026-11-30';
const x = (args: string[], today = TODAY): RunResult => run(dir, args, { cwd, today });
const ok = (args: string[], today = TODAY): RunResult => {
  const r = x(args, today);
  expect({ args, code: r.code, error: r.stderr.startsWith('错误') ? r.stderr : '' }).toEqual({ args, code: 0, error: '' });
  return r;
};

function expectRefused(args: string[], message: RegExp): void {
  const before = snapshot(dir);
  const r = x(args);
  expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 1, stdout: '' });
  expect(r.stderr).toMatch(/^错误：[^\n]*\n$/);
  expect(r.stderr).toMatch(message);
  expect(snapshot(dir)).toEqual(before);
}

const visits = () => JSON.parse(ok(['--json', 'visit', 'list', '--month', '12', '--year', '2026']).stdout) as { id: string; leader: string; noticeGiven: string | null; representatives?: string[]; history: { action: string; note: string }[] }[];
const visit = (id: string) => visits().find((v) => v.id === id)!;
const book = (date: string, name: string, extra: string[] = []) => ['visit', 'book', '--date', date, '--name', name, '--phone', '13800138000', '--summary', '学位问题', ...extra];

beforeAll(() => {
  dir = initStore();
  cwd = tempDir('xinfang-out-');
  const setup = [
    ['leader', 'add', '--name', '王强', '--title', '局长'],
    ['leader', 'add', '--name', '李明', '--title', '副局长'],
    ['leader', 'add', '--name', '赵刚', '--title', '副局长'],
    ['unit', 'add', '--name', '海州区', '--kind', '县区'],
    ['roster', 'rule', 'add', '--days', '1,16', '--location', '局机关三楼会议室'],
    ['roster', 'generate', '--year', '2026', '--month', '12'], // 12-01 王强, 12-16 李明
  ];
  for (const args of setup) ok(args, '2026-11-20');
});

afterAll(() => {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  fs.rmSync(cwd, { recursive: true, force: true });
});

describe('a leader away on a reception day', () => {
  test('registering the absence names the slot and both bookings it falls on, with the commands to fix them', () => {
    expect(ok(book('2026-12-16', '甲某')).stdout).toContain('已预约 Y2026-001：2026-12-16 预约接访，李明');
    expect(ok(book('2026-12-15', '乙某', ['--kind', '约访', '--leader', '李明'])).stdout).toContain('已预约 Y2026-002：2026-12-15 约访，李明');
    const r = ok(['leader', 'away', '李明', '--from', '2026-12-14', '--to', '2026-12-18', '--reason', '出差']);
    expect(r.stdout).toContain('已登记：李明 2026-12-14 至 2026-12-18 出差');
    expect(r.stderr).toContain('2026-12-16 的接访安排的是李明，请调换：xinfang roster swap 2026-12-16 --leader 姓名 --reason 出差');
    expect(r.stderr).toContain('预约 Y2026-001（2026-12-16 预约接访，甲某）由李明接访：调换当天的接访领导后随之改由新领导接访');
    expect(r.stderr).toContain('预约 Y2026-002（2026-12-15 约访，乙某）由李明接访：请改约：xinfang visit move Y2026-002 --date 日期 --leader 领导 --reason 出差');
  });

  test('new bookings with the away leader are refused, naming the away period', () => {
    expectRefused(book('2026-12-16', '丙某'), /接访领导李明在2026-12-14至2026-12-18外出（出差），不能预约；请先调换当天的接访领导：xinfang roster swap 2026-12-16/);
    expectRefused(book('2026-12-16', '丙某', ['--leader', '李明']), /李明在2026-12-14至2026-12-18外出/);
    expectRefused(book('2026-12-17', '丙某', ['--kind', '约访', '--leader', '李明']), /李明在2026-12-14至2026-12-18外出（出差），2026-12-17 不能约访/);
    expectRefused(['visit', 'move', 'Y2026-002', '--date', '2026-12-18', '--reason', '改期'], /李明在2026-12-14至2026-12-18外出/);
  });

  test('roster upcoming warns that the day\'s leader is away, with the swap command', () => {
    const r = ok(['roster', 'upcoming'], '2026-12-14');
    expect(r.stderr).toContain('2026-12-16 的接访领导李明外出（出差），请调换：xinfang roster swap 2026-12-16 --leader 姓名 --reason 出差');
  });

  test('no notice names the away leader: visit notify refuses, with the fix command, and writes nothing', () => {
    expectRefused(['visit', 'notify', '--date', '2026-12-16'], /Y2026-001（甲某，李明）.*xinfang visit move Y2026-001 --date 2026-12-16 --leader 领导/);
    expectRefused(['visit', 'notify', '--date', '2026-12-15'], /Y2026-002（乙某，李明）/);
    const out = path.join(cwd, 'out');
    expect(fs.existsSync(out) ? fs.readdirSync(out).filter((f) => f.startsWith('接访通知书')) : []).toEqual([]);
    expect(visit('Y2026-001').noticeGiven).toBeNull();
  });

  test('roster swap moves the day\'s 预约接访 booking to the new leader in the same change and says so; the 约访 keeps its leader', () => {
    const r = ok(['roster', 'swap', '2026-12-16', '--leader', '王强', '--reason', '出差']);
    expect(r.stdout).toContain('预约 Y2026-001（甲某）随之改由王强接访');
    expect(r.stdout).toContain('请重新通知信访人：xinfang visit notify --date 2026-12-16');
    expect(visit('Y2026-001')).toMatchObject({ leader: '王强', history: expect.arrayContaining([{ date: TODAY, action: '改由', note: '李明 → 王强（接待安排调整）' }]) });
    expect(visit('Y2026-002').leader).toBe('李明');
  });

  test('the notice then names the new leader; a later assign makes it due again', async () => {
    ok(['visit', 'notify', '--date', '2026-12-16']);
    const [file] = fs.readdirSync(path.join(cwd, 'out')).filter((f) => f.includes('Y2026-001'));
    const text = await docxText(fs.readFileSync(path.join(cwd, 'out', file)));
    expect(text).toContain('王强');
    expect(text).not.toContain('李明');
    expect(visit('Y2026-001').noticeGiven).toBe(TODAY);
    const r = ok(['roster', 'assign', '2026-12-16', '--leader', '赵刚']);
    expect(r.stdout).toContain('预约 Y2026-001（甲某）随之改由赵刚接访');
    expect(visit('Y2026-001')).toMatchObject({ leader: '赵刚', noticeGiven: null });
  });
});

describe('a group names its representatives when booking', () => {
  test('--representatives is kept on the booking, no warning, and carried into case add --visit', () => {
    const r = ok(book('2026-12-01', '丁某', ['--persons', '7', '--representatives', '张一,李二']));
    expect(r.stderr).not.toContain('--representatives');
    expect(visit('Y2026-003').representatives).toEqual(['张一', '李二']);
    const added = ok(['case', 'add', '--visit', 'Y2026-003', '--source', '本级受理', '--region', '海州区', '--category', '招生考试', '--yes'], '2026-12-01');
    const no = added.stdout.trim().split('\n').pop()!.trim();
    const shown = JSON.parse(ok(['--json', 'case', 'show', no, '--show-pii'], '2026-12-01').stdout);
    expect(shown.representatives).toEqual(['张一', '李二']);
  });

  test('a group without representatives is warned, pointing at the option visit book has; too many or not needed are refused', () => {
    expect(ok(book('2026-12-01', '戊某', ['--persons', '7'])).stderr).toContain('请用 --representatives 登记代表姓名');
    expect(ok(['visit', 'book', '--help']).stdout).toContain('--representatives <姓名>');
    expectRefused(book('2026-12-01', '己某', ['--persons', '9', '--representatives', '一,二,三,四,五,六']), /代表不超过 5 人/);
    expectRefused(book('2026-12-01', '己某', ['--representatives', '张一']), /不超过 5 人，无需推选代表/);
  });
});

test('reception close help does not suggest --note records the counts', () => {
  const help = ok(['reception', 'close', '--help']).stdout;
  expect(help).not.toMatch(/--note \S*\d+批/);
  expect(help).toContain('批次、人次按当天登记的信访件统计');
});
