// A reception day end to end through the real binary: book, tell the leader and the petitioner (on time and late),
// write the notice and the SMS, register the visit, close the day, and the report counting it. Refusals leave the
// store as it was.
import fs from 'node:fs';
import path from 'node:path';
import { docxText } from '../helpers/docx-text.js';
import { expectGoldenText } from '../helpers/golden.js';
import { initStore, run, snapshot, tempDir, type RunResult } from '../helpers/cli.js';

let dir: string;
let cwd: string;
const x = (args: string[], today: string): RunResult => run(dir, args, { cwd, today });
const ok = (args: string[], today: string): RunResult => {
  const r = x(args, today);
  expect({ args, code: r.code, error: r.stderr.startsWith('错误') ? r.stderr : '' }).toEqual({ args, code: 0, error: '' });
  return r;
};

function expectRefused(args: string[], today: string, message: RegExp): void {
  const before = snapshot(dir);
  const r = x(args, today);
  expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 1, stdout: '' });
  expect(r.stderr).toMatch(/^错误：[^\n]*\n$/);
  expect(r.stderr).toMatch(message);
  expect(snapshot(dir)).toEqual(before);
}

const BOOK = ['visit', 'book', '--date', '2026-12-01', '--name', '张三', '--phone', '13800138000', '--summary', '孩子入学学位分配问题', '--persons', '2'];

beforeAll(() => {
  dir = initStore();
  cwd = tempDir('xinfang-out-');
  const setup = [
    ['leader', 'add', '--name', '王强', '--title', '局长', '--phone', '13900000001'],
    ['leader', 'add', '--name', '李明', '--title', '副局长'],
    ['staff', 'add', '--name', '周敏', '--phone', '0518-85551001'],
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

describe('booking', () => {
  test('onto the day\'s reception leader; the new number is said', () => {
    const r = ok(BOOK, '2026-11-25');
    expect(r.stdout).toContain('已预约 Y2026-001：2026-12-01 预约接访，王强，局机关三楼会议室');
    const list = JSON.parse(ok(['--json', 'visit', 'list', '--month', '12', '--year', '2026'], '2026-11-25').stdout);
    expect(list).toMatchObject([{ id: 'Y2026-001', date: '2026-12-01', leader: '王强', name: '张三', persons: 2, status: '已预约', noticeGiven: null, staff: '周敏' }]);
  });

  test('refused: a past day, a day without reception, a leader who does not receive that day (with their days), an unknown leader, a bad phone', () => {
    expectRefused([...BOOK.slice(0, 3), '2026-11-24', ...BOOK.slice(4)], '2026-11-25', /已经过去/);
    expectRefused([...BOOK.slice(0, 3), '2026-12-02', ...BOOK.slice(4)], '2026-11-25', /2026-12-02 不是领导接待日；此后的接待日：2026-12-16/);
    expectRefused([...BOOK, '--leader', '李明'], '2026-11-25', /李明 2026-12-01 不接访；李明的接待日：2026-12-16/);
    expectRefused([...BOOK, '--leader', '赵六'], '2026-11-25', /没有名为“赵六”的在任领导/);
    expectRefused(['visit', 'book', '--date', '2026-12-16', '--name', '李四', '--phone', '1380013800', '--summary', 'x'], '2026-11-25', /联系电话/);
  });

  test('约访 with a leader outside the roster; move and cancel with reasons', () => {
    ok(['visit', 'book', '--kind', '约访', '--leader', '李明', '--date', '2026-12-03', '--name', '赵五', '--phone', '0518-85552002', '--summary', '教师待遇'], '2026-11-25');
    ok(['visit', 'book', '--date', '2026-12-01', '--name', '钱六', '--phone', '13700000000', '--summary', '校车'], '2026-11-25');
    const moved = JSON.parse(ok(['--json', 'visit', 'move', 'Y2026-003', '--date', '2026-12-16', '--reason', '当天有事'], '2026-11-25').stdout);
    expect(moved).toMatchObject({ date: '2026-12-16', leader: '李明', noticeGiven: null });
    expect(moved.history.at(-1)).toMatchObject({ action: '改期', note: '2026-12-01 王强 → 2026-12-16 李明：当天有事' });
    ok(['visit', 'cancel', 'Y2026-003', '--reason', '问题已解决'], '2026-11-26');
    expectRefused(['visit', 'cancel', 'Y2026-003', '--reason', '再次取消'], '2026-11-26', /状态为“已取消”/);
  });

  test('over the configured number of bookings a day: booked, with a warning', () => {
    ok(['config', 'set', 'visit-limit', '1'], '2026-11-25');
    const r = ok(['visit', 'book', '--date', '2026-12-16', '--name', '孙七', '--phone', '13600000000', '--summary', '食堂'], '2026-11-25');
    expect(r.stderr).toBe('');
    const r2 = ok(['visit', 'book', '--date', '2026-12-16', '--name', '周八', '--phone', '13600000001', '--summary', '收费'], '2026-11-25');
    expect(r2.stderr).toContain('提示：2026-12-16 李明 已有 2 个预约，超过每天 1 个的上限');
    ok(['visit', 'cancel', 'Y2026-005', '--reason', '重复预约'], '2026-11-25');
  });

  test('a swap that takes the booked leader off the day moves the day\'s bookings to the new leader and says so', () => {
    const r = ok(['roster', 'swap', '2026-12-16', '--leader', '王强', '--reason', '外出开会'], '2026-11-25');
    expect(r.stdout).toContain('预约 Y2026-004（孙七）随之改由王强接访');
    expect(r.stderr).toBe('');
    const back = ok(['roster', 'swap', '2026-12-16', '--leader', '李明', '--reason', '会议取消'], '2026-11-25');
    expect(back.stdout).toContain('预约 Y2026-004（孙七）随之改由李明接访');
    expect(back.stderr).toBe('');
  });
});

describe('notices', () => {
  test('on 11-30 the leader notice due 11-27 is still listed, overdue and first; the petitioner is due today', () => {
    const r = ok(['roster', 'upcoming'], '2026-11-30');
    const lines = r.stdout.split('\n').filter((l) => /^(逾期未通知|今天请通知)/.test(l));
    expect(lines).toEqual([
      '逾期未通知（应于11月27日）：领导 王强（局长，13900000001），12月1日（星期二）接访，局机关三楼会议室，8:30-12:00、14:30-17:30',
      '今天请通知：信访人 张三（13800138000，预约 Y2026-001），12月1日（星期二）预约接访，局机关三楼会议室，8:30-12:00、14:30-17:30',
    ]);
    const json = JSON.parse(ok(['--json', 'roster', 'upcoming'], '2026-11-30').stdout);
    expect(json.notices.map((n: { who: string; overdue: boolean; notifyOn: string }) => [n.who, n.overdue, n.notifyOn])).toEqual([
      ['领导', true, '2026-11-27'],
      ['信访人', false, '2026-11-30'],
    ]);
  });

  test('visit notify writes the 接访通知书 and the SMS (golden), and marks the notices given', async () => {
    const r = ok(['visit', 'notify', '--date', '2026-12-01', '--sms', '--sms-csv', 'sms.csv'], '2026-11-30');
    const file = path.join(cwd, 'out', '接访通知书-2026-12-01-Y2026-001-张三.docx');
    const notice = await docxText(fs.readFileSync(file));
    const csv = fs.readFileSync(path.join(cwd, 'sms.csv'), 'utf8');
    expectGoldenText('visit-notice.txt', `${notice}\n--- 短信（--sms）---\n${r.stdout}--- 短信（--sms-csv）---\n${csv}`);
    expect(r.stderr).toContain('2026-12-01 写出 1 份通知书，1 份记为今天（2026-11-30）已发出');
    const list = JSON.parse(ok(['--json', 'visit', 'list', '--date', '2026-12-01'], '2026-11-30').stdout);
    expect(list[0].noticeGiven).toBe('2026-11-30');
  });

  test('roster notified marks the leader told; then nothing is due; twice is refused', () => {
    ok(['roster', 'notified', '--date', '2026-12-01'], '2026-11-30');
    expect(ok(['roster', 'upcoming'], '2026-11-30').stdout).toContain('今天没有需要通知的领导或信访人');
    expectRefused(['roster', 'notified', '--date', '2026-12-01'], '2026-11-30', /已于 2026-11-30 记为已通知/);
    expectRefused(['roster', 'notified', '--date', '2026-12-02'], '2026-11-30', /没有接待安排/);
  });

  test('notifying a day with no bookings is refused; a day already told needs --force to write the notices again', () => {
    expectRefused(['visit', 'notify', '--date', '2026-12-02'], '2026-11-30', /没有待接访的预约/);
    expectRefused(['visit', 'notify', '--date', '2026-12-01'], '2026-11-30', /都已通知过；要重新写出通知书请加 --force/);
    const again = ok(['--json', 'visit', 'notify', '--date', '2026-12-01', '--force'], '2026-11-30');
    expect(JSON.parse(again.stdout)).toMatchObject([{ id: 'Y2026-001', newlyGiven: false }]);
  });
});

describe('the day', () => {
  test('the booked petitioner comes: case add --visit carries the fields and links both ways', () => {
    const r = ok(['--json', 'case', 'add', '--visit', 'Y2026-001', '--source', '本级受理', '--region', '海州区', '--category', '招生考试'], '2026-12-01');
    const c = JSON.parse(r.stdout);
    expect(c).toMatchObject({ receivedDate: '2026-12-01', channel: '来访', persons: 2, summary: '孩子入学学位分配问题', visit: 'Y2026-001', reception: { date: '2026-12-01', leader: '王强' } });
    expect(c.petitioner).toMatchObject({ name: '张*', phone: '138****8000' }); // JSON output is masked
    const stored = JSON.parse(ok(['--json', 'case', 'show', c.no, '--show-pii'], '2026-12-01').stdout);
    expect(stored.petitioner).toMatchObject({ name: '张三', phone: '13800138000' });
    const v = JSON.parse(ok(['--json', 'visit', 'list', '--date', '2026-12-01'], '2026-12-01').stdout)[0];
    expect(v).toMatchObject({ status: '已来访', caseNo: c.no });
    expectRefused(['case', 'add', '--visit', 'Y2026-001', '--source', '本级受理', '--region', '海州区', '--category', '招生考试'], '2026-12-01', /已登记为信访件/);
  });

  test('a walk-in on the same day, then reception log shows leader, staff, bookings, cases, 批次 and 人次', () => {
    ok(['case', 'add', '--channel', '来访', '--source', '本级受理', '--name', '吴九', '--region', '海州区', '--category', '其它', '--summary', '咨询', '--persons', '3'], '2026-12-01');
    const log = JSON.parse(ok(['--json', 'reception', 'log', '--date', '2026-12-01'], '2026-12-01').stdout);
    expect(log).toMatchObject({ status: '未记录', batches: 2, persons: 5, slots: [{ kind: '接访', leader: '王强', staff: ['周敏'] }] });
    expect(log.bookings.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([['Y2026-001', '已来访']]);
    const text = ok(['reception', 'log', '--date', '2026-12-01'], '2026-12-01').stdout;
    expect(text).toContain('2026-12-01（星期二）接待日记录：未记录');
    expect(text).toContain('合计：2 批 5 人次');
  });

  test('reception close records the day once; a day not held needs its bookings moved first', () => {
    expectRefused(['reception', 'close', '--date', '2026-12-16'], '2026-12-01', /还没到/);
    const r = ok(['reception', 'close', '--date', '2026-12-01', '--note', '顺利'], '2026-12-01');
    expect(r.stdout).toContain('已记录 2026-12-01 接待日已举行：王强接访，2 批 5 人次');
    expectRefused(['reception', 'close', '--date', '2026-12-01'], '2026-12-02', /已于 2026-12-01 记录为已举行，不能重复记录/);
    expectRefused(['reception', 'close', '--date', '2026-12-16', '--cancelled', '--reason', '防汛'], '2026-12-16', /还有 1 个预约（Y2026-004）/);
  });

  test('a day not held, and the monthly report counts only what the records say', () => {
    ok(['visit', 'cancel', 'Y2026-004', '--reason', '接待日取消'], '2026-12-16');
    ok(['reception', 'close', '--date', '2026-12-16', '--cancelled', '--reason', '防汛'], '2026-12-16');
    const m = JSON.parse(ok(['--json', 'report', 'monthly', '--month', '12', '--year', '2026'], '2027-01-04').stdout);
    expect(m.receptions).toMatchObject({ days: 1, batches: 2, persons: 5, byDay: [{ date: '2026-12-01', leader: '王强', batches: 2, persons: 5 }] });
    expect(m.receptions.unrecorded).toBeUndefined();
  });
});
