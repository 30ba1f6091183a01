// The organisation commands through the real binary: what a clerk types, and every bad input.
import fs from 'node:fs';
import path from 'node:path';
import { initStore, run, runRaw, snapshot, tempDir } from '../helpers/cli.js';

let dir: string;

beforeAll(() => {
  dir = initStore();
  const setup: string[][] = [
    ['leader', 'add', '--name', '张明', '--title', '党组书记、局长', '--portfolio', '全面工作', '--phone', '0518-85551001'],
    ['leader', 'add', '--name', '王强', '--title', '副局长', '--portfolio', '基础教育', '--phone', '0518-85551002'],
    ['leader', 'add', '--name', '李娟', '--title', '副局长', '--portfolio', '人事师资', '--phone', '0518-85551003', '--order', '2'],
    ['staff', 'add', '--name', '李华', '--phone', '0518-85551010'],
    ['unit', 'add', '--name', '基础教育科', '--kind', '科室'],
    ['unit', 'add', '--name', '海州区', '--kind', '县区'],
    ['source', 'add', '--name', '区长信箱', '--group', '上级转办'],
    ['category', 'add', '学生资助'],
  ];
  for (const args of setup) {
    const r = run(dir, args);
    expect({ args, stderr: r.stderr, code: r.code }).toEqual({ args, stderr: '', code: 0 });
  }
});

test('leaders keep their order; --order inserts', () => {
  const r = run(dir, ['leader', 'list', '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).map((l: { name: string }) => l.name)).toEqual(['张明', '李娟', '王强']);
});

test('leader move changes the rotation order', () => {
  const d = initStore();
  for (const n of ['甲', '乙', '丙']) expect(run(d, ['leader', 'add', '--name', n]).code).toBe(0);
  const r = run(d, ['leader', 'move', '丙', '--to', '1', '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual(['丙', '甲', '乙']);
});

test('leader list prints an aligned table with Chinese headings', () => {
  const r = run(dir, ['leader', 'list']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('分管工作');
  const widths = new Set(r.stdout.trim().split('\n').map((l) => [...l].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)));
  expect(widths.size).toBe(1);
});

test('update, away and the defaults from seed 5', () => {
  expect(run(dir, ['leader', 'update', '王强', '--phone', '13800138000']).code).toBe(0);
  expect(run(dir, ['leader', 'away', '张明', '--from', '2027-01-05', '--to', '2027-01-09', '--reason', '出差']).code).toBe(0);
  const leaders = JSON.parse(run(dir, ['leader', 'list', '--json']).stdout);
  expect(leaders.find((l: { name: string }) => l.name === '王强').phone).toBe('13800138000');
  expect(leaders.find((l: { name: string }) => l.name === '张明').away).toEqual([{ from: '2027-01-05', to: '2027-01-09', reason: '出差' }]);
  const cats = JSON.parse(run(dir, ['category', 'list', '--json']).stdout).map((c: { name: string }) => c.name);
  expect(cats).toEqual(['办学管理', '教育收费', '教师待遇', '师德师风', '廉政建设', '办学条件', '招生考试', '学生资助', '其它']);
  const sources = JSON.parse(run(dir, ['source', 'list', '--json']).stdout);
  expect(sources.filter((s: { group: string }) => s.group === '上级转办').map((s: { name: string }) => s.name)).toEqual(['省教育厅', '市信访局', '区长信箱']);
});

test('remove deletes what nothing refers to', () => {
  const d = initStore();
  expect(run(d, ['staff', 'add', '--name', '周敏']).code).toBe(0);
  const r = run(d, ['staff', 'remove', '周敏']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('已删除');
  expect(JSON.parse(run(d, ['staff', 'list', '--all', '--json']).stdout)).toEqual([]);
});

const badInputs: [string, string[], number, RegExp][] = [
  ['duplicate leader', ['leader', 'add', '--name', '张明'], 1, /已存在/],
  ['unknown leader in update', ['leader', 'update', '李四', '--phone', '13800138000'], 1, /没有名为“李四”的领导，现有：张明、李娟、王强/],
  ['nothing to update', ['leader', 'update', '张明'], 1, /没有要修改的内容/],
  ['bad phone', ['leader', 'add', '--name', '赵刚', '--phone', '12ab'], 1, /电话.*格式不对/],
  ['bad date', ['leader', 'away', '张明', '--from', '2027-02-30', '--to', '2027-03-01', '--reason', '出差'], 1, /不是有效日期/],
  ['--to before --from', ['leader', 'away', '王强', '--from', '2027-01-09', '--to', '2027-01-05', '--reason', '出差'], 1, /早于开始日期/],
  ['overlapping away', ['leader', 'away', '张明', '--from', '2027-01-08', '--to', '2027-01-12', '--reason', '学习'], 1, /重叠/],
  ['away without reason', ['leader', 'away', '张明', '--from', '2027-02-01', '--to', '2027-02-02'], 2, /缺少必填选项 --reason/],
  ['order out of range', ['leader', 'add', '--name', '赵刚', '--order', '9'], 1, /顺序.*应为 1 到 4/],
  ['move out of range', ['leader', 'move', '张明', '--to', '0'], 1, /新位置/],
  ['empty name', ['staff', 'add', '--name', '  '], 1, /不能为空/],
  ['control characters', ['staff', 'add', '--name', 'a\u0007b'], 1, /控制字符/],
  ['overlong name', ['unit', 'add', '--name', '长'.repeat(5000), '--kind', '科室'], 1, /过长/],
  ['bad unit kind', ['unit', 'add', '--name', '某科', '--kind', '部门'], 1, /可选：科室、县区、学校/],
  ['duplicate category', ['category', 'add', '教育收费'], 1, /已存在/],
  ['unknown source removed', ['source', 'remove', '省长信箱'], 1, /没有名为“省长信箱”的来源/],
  ['unknown option', ['leader', 'list', '--colour'], 2, /未知选项 --colour/],
  ['unknown command', ['leeder', 'list'], 2, /未知命令 leeder/],
  ['bad --today', ['--today', '2027-13-01', 'leader', 'add', '--name', '赵刚'], 1, /--today“2027-13-01”不是有效日期/],
];

test.each(badInputs)('%s → one 错误： line, the right exit code, store untouched', (_name, args, code, re) => {
  const before = snapshot(dir);
  const r = run(dir, args);
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(/^错误：/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(re);
  expect(r.stdout).toBe('');
  expect(snapshot(dir)).toEqual(before);
});

test('a missing store says to run init (exit 3)', () => {
  const r = run(path.join(tempDir(), 'nothing'), ['leader', 'list']);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^错误：.*请先运行 xinfang init/);
});

test('init twice is refused and changes nothing', () => {
  const before = snapshot(dir);
  const r = run(dir, ['init', '--org', '另一个局']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/已经初始化过/);
  expect(snapshot(dir)).toEqual(before);
});

test('data folder from XINFANG_DATA, then ./data', () => {
  const base = tempDir();
  const viaEnv = path.join(base, 'env-data');
  expect(runRaw(['init', '--org', '甲局'], { env: { XINFANG_DATA: viaEnv } }).code).toBe(0);
  expect(fs.existsSync(path.join(viaEnv, 'config.json'))).toBe(true);
  expect(runRaw(['init', '--org', '乙局'], { cwd: base }).code).toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(base, 'data', 'config.json'), 'utf8')).org.name).toBe('乙局');
});

test('help and version are in Chinese and exit 0', () => {
  const h = runRaw(['--help']);
  expect(h.code).toBe(0);
  expect(h.stdout).toMatch(/用法：/);
  expect(h.stdout).toMatch(/命令：/);
  const sub = runRaw(['leader', 'add', '--help']);
  expect(sub.stdout).toMatch(/选项：[\s\S]*--name <姓名>/);
  expect(runRaw(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test('--json keeps stdout pure JSON', () => {
  const r = run(dir, ['staff', 'add', '--name', '吴磊', '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).name).toBe('吴磊');
  expect(r.stderr).toContain('已添加');
});
