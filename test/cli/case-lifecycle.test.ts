// The case after the reply and its corrections, end to end through the binary: reassign, undo, edit, 复查/复核,
// 化解/终结, the backlog lists, the letters, and petitioner data masked in --json. After every command `xinfang check`
// finds the derived files (year index with its seals, sizes, counts and 积案 lists, open.json, petitioner index) in
// agreement with the month files — a case moved to another month file by `case edit --date` included.
import fs from 'node:fs';
import path from 'node:path';
import { initStore, run, snapshot, tempDir } from '../helpers/cli.js';
import { ADD, setupBureau } from '../helpers/case-cli.js';
import { docxText } from '../helpers/docx-text.js';

const d = initStore();
setupBureau(d);
const cwd = tempDir('xinfang-letters-');
const xf = (args: string[], today = '2026-06-30') => run(d, args, { today, cwd, env: { XINFANG_USER: '李文书' } });
const ok = (args: string[], today?: string) => {
  const r = xf(args, today);
  expect({ args, code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ args, code: 0, stderr: '' });
  const check = run(d, ['check'], { today: today ?? '2026-06-30' });
  expect({ args, check: check.code, problems: check.stderr }).toEqual({ args, check: 0, problems: '' });
  return r;
};
const show = (no: string, pii = false) => JSON.parse(ok(['case', 'show', no, '--json', ...(pii ? ['--show-pii'] : [])]).stdout);
const refused = (args: string[], want: string, today?: string) => {
  const before = snapshot(d);
  const r = xf(args, today);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
  expect(r.stderr).toMatch(/^错误：[^\n]+\n$/);
  expect(r.stderr).toContain(want);
  expect(snapshot(d)).toEqual(before);
};

beforeAll(() => {
  ok(ADD); // 2026-0001
  ok(['case', 'accept', '2026-0001', '--date', '2026-03-05']);
  ok(['case', 'assign', '2026-0001', '--unit', '基础教育科', '--leader', '张明', '--date', '2026-03-06']);
});

describe('corrections', () => {
  test('a case in progress cannot be assigned again: the message points to reassign, which records why and who', () => {
    refused(['case', 'assign', '2026-0001', '--unit', '计财科', '--leader', '张明'], '要改变责任单位、包案领导或期限，请用 xinfang case reassign 2026-0001');
    refused(['case', 'reassign', '2026-0001', '--unit', '计财科'], '缺少 --reason（改派原因）');
    ok(['case', 'reassign', '2026-0001', '--unit', '计财科', '--reason', '交办单位有误', '--date', '2026-03-07']);
    const c = show('2026-0001');
    expect(c.unit).toBe('计财科');
    expect(c.history.at(-1)).toMatchObject({ action: '改派', by: '李文书', note: '改派：责任单位由基础教育科改为计财科；原因：交办单位有误' });
  });

  test('a close by mistake is taken back; the history keeps both', () => {
    ok(['case', 'close', '2026-0001', '--result', '解决', '--date', '2026-04-08']);
    ok(['case', 'undo', '2026-0001', '--reason', '误办结']);
    const c = show('2026-0001');
    expect({ status: c.status, closedDate: c.closedDate }).toEqual({ status: '办理中', closedDate: null });
    expect(c.history.map((h: { action: string; undone?: boolean }) => `${h.action}${h.undone ? '×' : ''}`)).toEqual(['登记', '受理', '交办', '改派', '办结×', '撤销']);
    refused(['case', 'undo', '2026-0001', '--reason', ' '], '缺少 --reason（撤销“改派”（2026-03-07）的原因）');
  });

  test('case edit: same checks as case add, old → new in the history, petitioner data masked there; unknown fields refused', () => {
    ok(['case', 'edit', '2026-0001', '--phone', '13900139000', '--reason', '电话记错']);
    expect(show('2026-0001', true).petitioner.phone).toBe('13900139000');
    expect(show('2026-0001').history.at(-1).note).toBe('联系电话：138****8000→139****9000；原因：电话记错');
    refused(['case', 'edit', '2026-0001', '--phone', '123', '--reason', 'x'], '联系电话“123”格式不对');
    refused(['case', 'edit', '2026-0001', '--colour', '红', '--reason', 'x'], '不能更正“--colour 红”：可更正的有 --date、--channel');
    refused(['case', 'edit', '2026-0001', '--date', '2025-12-30', '--reason', 'x'], '登记日期只能在同一年内更正');
  });

  test('the received date moves to another month file, and the case is still found', () => {
    ok(['case', 'edit', '2026-0001', '--date', '2026-02-27', '--reason', '登记日期有误']);
    expect(show('2026-0001').receivedDate).toBe('2026-02-27');
    expect(JSON.parse(ok(['case', 'list', '--month', '2026-02', '--json']).stdout).map((c: { no: string }) => c.no)).toEqual(['2026-0001']);
    expect(JSON.parse(ok(['case', 'list', '--month', '2026-03', '--json']).stdout)).toEqual([]);
  });
});

describe('after the reply', () => {
  test('复查 within 30 days of the reply, its own deadline in case due, closed by case close', () => {
    ok(['case', 'close', '2026-0001', '--result', '部分解决', '--date', '2026-04-08', '--reply-date', '2026-04-10']);
    refused(['case', 'review', '2026-0001', '--level', '复查', '--date', '2026-05-20'], '已于 2026-05-10 届满');
    ok(['case', 'review', '2026-0001', '--level', '复查', '--date', '2026-05-20', '--late', '信访人住院', '--body', '市教育局'], '2026-06-10');
    expect(show('2026-0001').status).toBe('复查中');
    const due = ok(['case', 'due'], '2026-06-15').stdout;
    // 30 days from 05-20 end on 06-19, 端午节: the deadline rolls over to the next working day
    expect(due).toMatch(/2026-0001\s+│\s+复查\s+│\s+2026-06-22/);
    const closed = ok(['case', 'close', '2026-0001', '--result', '不予支持', '--date', '2026-06-18'], '2026-06-18').stdout;
    // the message names the review's opinion, not the first reply
    expect(closed).toContain('信访件 2026-0001 复查已办结（不予支持），答复日期 2026-06-18');
    expect(closed).not.toContain('部分解决');
    expect(show('2026-0001')).toMatchObject({ status: '已办结', result: '部分解决', reviews: [{ level: '复查', result: '不予支持', replyDate: '2026-06-18' }] });
  });

  test('a repeat petition on a matter already through 复核 is flagged on case add', () => {
    ok(['case', 'review', '2026-0001', '--level', '复核', '--date', '2026-06-20'], '2026-06-20');
    ok(['case', 'close', '2026-0001', '--result', '不予支持', '--date', '2026-06-25'], '2026-06-25');
    const r = ok(ADD.map((a) => (a === '2026-03-02' ? '2026-06-28' : a))); // 2026-0002
    expect(r.stderr).toContain('同一事项已经复核，可不再受理');
    expect(r.stderr).toContain('此前 2026-0001 已复核');
  });
});

describe('backlog, first and repeat petitions', () => {
  test('next year: the old case followed by a review and a repeat is backlog until it is 终结', () => {
    const before = JSON.parse(ok(['case', 'list', '--backlog', '--json'], '2027-01-10').stdout);
    expect(before.map((r: { no: string; backlogReasons: string[] }) => [r.no, r.backlogReasons])).toEqual([
      ['2026-0001', ['申请复查', '申请复核', '重复信访 2026-0002']],
      ['2026-0002', ['未办结']], // still registered: not closed
    ]);
    expect(ok(['case', 'list', '--backlog'], '2027-01-10').stdout).toMatch(/积案原因[\s\S]*共 2 件信访积案/);
    ok(['case', 'terminate', '2026-0001', '--date', '2027-01-08', '--doc-no', '示教终〔2027〕1号'], '2027-01-10');
    const rows = JSON.parse(ok(['case', 'list', '--backlog', '--json'], '2027-01-10').stdout);
    expect(rows.map((r: { no: string }) => r.no)).toEqual(['2026-0002']);
    expect(rows[0].backlogReasons).toEqual(['未办结']);
    expect(rows[0].petitioner.name).toBe('王**');
  });

  test('--first and --repeat', () => {
    const no = (args: string[]) => JSON.parse(ok(['case', 'list', '--year', '2026', '--json', ...args]).stdout).map((c: { no: string }) => c.no);
    expect(no(['--first'])).toEqual(['2026-0001']);
    expect(no(['--repeat'])).toEqual(['2026-0002']);
    refused(['case', 'list', '--first', '--repeat'], '只能选一个');
    refused(['case', 'list', '--backlog', '--year', '2026'], '不能与 --year 同用');
  });
});

describe('letters', () => {
  test('one letter of a kind: numbered, recorded in the history, the petitioner named in letters to them', async () => {
    ok(['config', 'set', 'org-code', '示教']);
    const r = ok(['case', 'letter', '2026-0001', '--kind', '答复意见书', '--date', '2026-04-10']);
    expect(r.stdout).toContain('已生成答复意见书（示教信复〔2026〕1号）');
    const text = await docxText(fs.readFileSync(path.join(cwd, 'out', '答复意见书-2026-0001.docx')));
    expect(text).toContain('王某某：');
    expect(show('2026-0001').history.at(-1)).toMatchObject({ action: '文书', note: '出具答复意见书（示教信复〔2026〕1号）' });
    // the case is through 复核: the letter gives the 复核 opinion and says the matter is not taken up again
    expect(text).toContain('经复核，现提出复核意见如下：');
    expect(text).toContain('不再受理');
    expect(text).not.toMatch(/经调查核实，[^\n]*经调查核实/);
    // a reprint keeps its 文号; the next letter of the kind (another case) takes the next number
    const again = ok(['case', 'letter', '2026-0001', '--kind', '答复意见书', '--date', '2026-06-30', '--force']);
    expect(again.stdout).toContain('已生成答复意见书（示教信复〔2026〕1号）');
    expect(show('2026-0001').history.at(-1)).toMatchObject({ action: '文书', note: '出具答复意见书（示教信复〔2026〕1号）' });
    refused(['case', 'letter', '2026-0002', '--kind', '受理告知书'], '尚未受理，不能出具受理告知书');
    refused(['case', 'letter', '2026-0001', '--kind', '通知书'], '文书种类“通知书”无效');
  });

  test('case due --letters writes a 督办单 for each overdue case into the folder', async () => {
    ok(ADD.map((a) => (a === '2026-03-02' ? '2026-06-01' : a))); // 2026-0003
    ok(['case', 'accept', '2026-0003', '--date', '2026-06-02']);
    ok(['case', 'assign', '2026-0003', '--unit', '计财科', '--leader', '李强', '--due', '2026-06-20', '--date', '2026-06-03']);
    const r = ok(['case', 'due', '--letters', '--out', 'dub']);
    expect(r.stdout).toContain('已生成督办单 1 份');
    const text = await docxText(fs.readFileSync(path.join(cwd, 'dub', '督办单-2026-0003.docx')));
    expect(text).toContain('至今已超过期限10日');
    expect(text).toContain('王**');
    refused(['case', 'due', '--letters', '--out', 'dub'], '已存在；要覆盖请加 --force');
  });
});

test('case list/show --json mask the petitioner unless --show-pii', () => {
  const masked = JSON.parse(ok(['case', 'list', '--year', '2026', '--json']).stdout);
  expect(masked[0].petitioner).toEqual({ name: '王**', phone: '139****9000', idNumber: '110105********002X', address: '海州区***' });
  const full = JSON.parse(ok(['case', 'list', '--year', '2026', '--json', '--show-pii']).stdout);
  expect(full[0].petitioner.name).toBe('王某某');
  expect(show('2026-0001').petitioner.idNumber).toBe('110105********002X');
});
