// Petition cases through the real binary: registration, every workflow step, supervision, and every refusal —
// each refusal gives one "错误：" line, exit 1, and leaves every store file byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import { initStore, run, snapshot } from '../helpers/cli.js';
import { ADD, addRosterSlot, setupBureau } from '../helpers/case-cli.js';

const TODAY = '2026-06-30';
let dir: string;

const xf = (args: string[], today = TODAY) => run(dir, args, { today });

function add(extra: string[] = []): string {
  const r = xf([...ADD, ...extra]);
  expect(r.stderr).not.toContain('错误');
  expect(r.code).toBe(0);
  return r.stdout.trim();
}

beforeAll(() => {
  dir = initStore();
  setupBureau(dir);
  addRosterSlot(dir);
});

describe('a case from registration to satisfaction', () => {
  let no: string;
  test('case add prints the number; a 来访 on a roster day is linked to its leader', () => {
    no = add();
    expect(no).toBe('2026-0001');
    const c = JSON.parse(xf(['case', 'show', no, '--json', '--show-pii']).stdout);
    expect(c).toMatchObject({ status: '登记', reception: { date: '2026-03-02', leader: '李强' }, petitioner: { idNumber: '11010519491231002X' } });
  });

  test('every step, with --date, lands in the history', () => {
    const steps: [string[], string][] = [
      [['case', 'accept', no, '--date', '2026-03-03'], '已受理'],
      [['case', 'assign', no, '--unit', '基础教育科', '--leader', '张明', '--due', '2026-04-30', '--date', '2026-03-04'], '已交办基础教育科'],
      [['case', 'progress', no, '--note', '已约谈学校负责人', '--date', '2026-03-20'], '进展'],
      // 30 days from 04-30 end on Saturday 05-30: the period runs to Monday 06-01
      [['case', 'extend', no, '--days', '30', '--reason', '情况复杂，需多部门核查', '--date', '2026-04-20'], '延至 2026-06-01'],
      [['case', 'close', no, '--result', '解决', '--reply-date', '2026-05-10', '--date', '2026-05-09'], '已办结（解决）'],
      [['case', 'rate', no, '--satisfaction', '满意', '--date', '2026-05-12'], '满意'],
    ];
    for (const [args, says] of steps) {
      const r = xf(args);
      expect({ args, stderr: r.stderr, code: r.code }).toEqual({ args, stderr: '', code: 0 });
      expect(r.stdout).toContain(says);
    }
    const c = JSON.parse(xf(['case', 'show', no, '--json']).stdout);
    expect(c.status).toBe('已评价');
    expect(c.history.map((h: { date: string; action: string }) => `${h.date} ${h.action}`)).toEqual([
      '2026-03-02 登记', '2026-03-03 受理', '2026-03-04 交办', '2026-03-20 进展', '2026-04-20 延期', '2026-05-09 办结', '2026-05-12 评价',
    ]);
  });

  test('case show prints the card (一案一卡)', () => {
    const r = xf(['case', 'show', no]);
    expect(r.code).toBe(0);
    for (const s of ['案由', '反映某校违规收取资料费', '包案责任人', '党组书记、局长张明，责任单位：基础教育科', '处理过程', '目前进展', '处理措施', '已约谈学校负责人', '接待领导', '李强']) {
      expect(r.stdout).toContain(s);
    }
  });

  test('repeat detection shows and links the earlier case; more than five people warns', () => {
    const r = xf([...ADD.map((a) => (a === '来访' ? '来信' : a)), '--persons', '8', '--date', '2026-03-09']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('该信访人此前已有 1 件信访：2026-0001');
    expect(r.stderr).toContain('推选代表');
    const second = r.stdout.trim();
    expect(JSON.parse(xf(['case', 'show', second, '--json']).stdout).repeatOf).toEqual(['2026-0001']);
    const list = JSON.parse(xf(['case', 'list', '--repeat', '--json']).stdout);
    expect(list.map((c: { no: string }) => c.no)).toEqual([second]);
  });
});

describe('finding and following', () => {
  test('case due lists overdue and due-soon cases with unit, leader and days', () => {
    const a = add(['--date', '2026-06-01']); // accept by 06-16: overdue at 06-30
    const b = add(['--date', '2026-06-10']);
    expect(xf(['case', 'accept', b, '--date', '2026-06-11']).code).toBe(0);
    expect(xf(['case', 'assign', b, '--unit', '计财科', '--leader', '李强', '--due', '2026-07-03', '--date', '2026-06-12']).code).toBe(0);
    const rows = JSON.parse(xf(['case', 'due', '--within', '7', '--json']).stdout);
    const mine = rows.filter((r: { no: string }) => r.no === a || r.no === b);
    expect(mine).toEqual([
      expect.objectContaining({ no: a, stage: '受理', deadline: '2026-06-16', daysLeft: -14, state: '超期' }),
      expect.objectContaining({ no: b, stage: '办理', deadline: '2026-07-03', daysLeft: 3, state: '临期', unit: '计财科', leader: '李强' }),
    ]);
    const table = xf(['case', 'due']);
    expect(table.stdout).toContain('超期14天');
    expect(table.stdout).toContain('剩3天');
  });

  test('case list filters by month, status, unit and leader', () => {
    const byMonth = JSON.parse(xf(['case', 'list', '--month', '2026-06', '--json']).stdout);
    expect(byMonth.every((c: { receivedDate: string }) => c.receivedDate.startsWith('2026-06'))).toBe(true);
    const handling = JSON.parse(xf(['case', 'list', '--status', '办理中', '--unit', '计财科', '--leader', '李强', '--json']).stdout);
    expect(handling.map((c: { unit: string; status: string }) => `${c.status}${c.unit}`)).toEqual(['办理中计财科']);
    expect(xf(['case', 'list', '--status', '完成']).stderr).toContain('状态（--status）“完成”无效');
  });
});

describe('every refusal leaves the store untouched', () => {
  let registered: string;
  let accepted: string;
  let extended: string;
  beforeAll(() => {
    registered = add(['--date', '2026-06-20']);
    accepted = add(['--date', '2026-06-20']);
    extended = add(['--date', '2026-06-20']);
    for (const args of [
      ['case', 'accept', accepted, '--date', '2026-06-21'],
      ['case', 'accept', extended, '--date', '2026-06-21'],
      ['case', 'assign', extended, '--unit', '基础教育科', '--leader', '张明', '--date', '2026-06-22'],
      ['case', 'extend', extended, '--days', '10', '--reason', '核查', '--date', '2026-06-25'],
    ]) expect(xf(args).code).toBe(0);
  });

  const withAdd = (flag: string, value: string) => {
    const args = [...ADD];
    args[args.indexOf(flag) + 1] = value;
    return args;
  };

  test.each([
    ['bad ID checksum', () => withAdd('--id-number', '110105194912310021'), '身份证号“110105194912310021”校验位不符'],
    ['ID with an impossible birth date', () => withAdd('--id-number', '110105194913310020'), '出生日期 19491331 不是有效日期'],
    ['bad phone', () => withAdd('--phone', '12345'), '联系电话“12345”格式不对'],
    ['future date', () => withAdd('--date', '2026-07-01'), '登记日期 2026-07-01 晚于今天（2026-06-30）'],
    ['unknown category', () => withAdd('--category', '住房'), '问题类别“住房”不存在，可选：办学管理、教育收费'],
    ['unknown region', () => withAdd('--region', '火星区'), '涉及地区“火星区”不存在，可选：海州区、市第一中学'],
    ['unknown channel', () => withAdd('--channel', '传真'), '渠道“传真”不存在，可选：来信、来访、网上、来电'],
    ['missing flags without a terminal', () => ['case', 'add', '--channel', '来信', '--name', '李某'], '缺少 --source（来源）、--region（涉及地区）、--category（问题类别）、--summary（内容摘要）'],
    ['unknown case number', () => ['case', 'accept', '2026-9999'], '没有编号为“2026-9999”的信访件'],
    ['future step date', () => ['case', 'accept', registered, '--date', '2026-07-01'], '受理日期 2026-07-01 晚于今天'],
    ['step before the previous one', () => ['case', 'accept', registered, '--date', '2026-06-19'], '早于上一步日期 2026-06-20'],
    ['close before accept', () => ['case', 'close', registered, '--result', '解决'], () => `信访件 ${registered} 尚未受理，不能办结，请先 xinfang case accept ${registered}`],
    ['close before assign', () => ['case', 'close', accepted, '--result', '解决'], () => `信访件 ${accepted} 尚未交办，不能办结，请先 xinfang case assign ${accepted} --unit 责任单位 --leader 包案领导`],
    ['close before assign, result missing too', () => ['case', 'close', accepted], '尚未交办'],
    ['rate before close', () => ['case', 'rate', extended, '--satisfaction', '满意'], '尚未办结，不能评价'],
    ['accept twice', () => ['case', 'accept', accepted], '已受理，不能再受理'],
    ['unknown unit', () => ['case', 'assign', accepted, '--unit', '人事科', '--leader', '张明'], '责任单位“人事科”不存在，可选：基础教育科、计财科、海州区、市第一中学'],
    ['unknown leader', () => ['case', 'assign', accepted, '--unit', '基础教育科', '--leader', '王五'], '包案领导“王五”不存在，可选：张明、李强'],
    ['assign missing --leader without a terminal', () => ['case', 'assign', accepted, '--unit', '基础教育科'], '缺少 --leader（包案领导）'],
    ['due beyond the legal limit', () => ['case', 'assign', accepted, '--unit', '基础教育科', '--leader', '张明', '--due', '2026-09-30'], '超过法定期限 2026-08-20'],
    ['second extension', () => ['case', 'extend', extended, '--days', '5', '--reason', '再核查'], () => `信访件 ${extended} 已于 2026-06-25 延期 10 天，办理期限只能延长一次`],
    ['extend before assign', () => ['case', 'extend', accepted, '--days', '31', '--reason', 'x'], '尚未交办，不能延期'],
    ['bad result', () => ['case', 'close', extended, '--result', '已解决'], '办理结果（--result）“已解决”无效，可选：解决、部分解决、解释疏导、不予支持'],
    ['reject without reason, no terminal', () => ['case', 'reject', registered], '缺少 --reason（不予受理的理由）'],
  ])('%s', (_what, args, message) => {
    const before = snapshot(dir);
    const r = xf(args());
    expect(r.stderr.split('\n')[0]).toMatch(/^错误：/);
    expect(r.stderr).toContain(typeof message === 'function' ? message() : message);
    expect(r.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  test('extension over 30 days on a case being handled', () => {
    const fresh = add(['--date', '2026-06-20']);
    expect(xf(['case', 'accept', fresh, '--date', '2026-06-21']).code).toBe(0);
    expect(xf(['case', 'assign', fresh, '--unit', '基础教育科', '--leader', '张明', '--date', '2026-06-22']).code).toBe(0);
    const before = snapshot(dir);
    const r = xf(['case', 'extend', fresh, '--days', '31', '--reason', '情况复杂']);
    expect(r.stderr.trim()).toBe('错误：延期天数 31 超过上限 30 天，请改为不超过 30 天');
    expect(r.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });
});

test('working days through the holiday calendar: accepted just before 国庆', () => {
  const d = initStore();
  setupBureau(d);
  const file = path.join(d, 'config.json');
  const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
  cfg.settings.deadlineDays = 'working';
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
  const t = '2026-12-31';
  const no = run(d, [...ADD, '--date', '2026-09-28'], { today: t }).stdout.trim();
  expect(run(d, ['case', 'accept', no, '--date', '2026-09-29'], { today: t }).code).toBe(0);
  const r = run(d, ['case', 'assign', no, '--unit', '基础教育科', '--leader', '张明', '--date', '2026-09-30', '--json'], { today: t });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).dueDate).toBe('2026-12-28'); // 60 working days after 09-29, 国庆 and 调休 counted
});
