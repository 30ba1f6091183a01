// `case add` on a real terminal asks for what is missing, with pick lists, then shows every answer for review
// (driven through a pseudo-terminal).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, initStore, ROOT, run, tempDir } from '../helpers/cli.js';

const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' });
const withPty = python.status === 0 ? test : test.skip; // python3's pty module is the terminal; without it, nothing to drive

const DOWN = '\u001b[B';

/** Runs `xinfang case add ARGS` on a pseudo-terminal, answering each expected text with the keys given. */
function drive(dir: string, steps: [string, string][], args: string[]) {
  const file = path.join(tempDir(), 'steps.json');
  fs.writeFileSync(file, JSON.stringify(steps));
  return spawnSync(
    'python3',
    [path.join(ROOT, 'test/helpers/pty-drive.py'), file, '--', process.execPath, BIN, '--data', dir, '--today', '2027-01-04', 'case', 'add', ...args],
    { encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1' }, timeout: 90000 },
  );
}

const skip = (labels: string[]): [string, string][] => labels.map((label) => [label, '\r']);

function storeWithRegion(): string {
  const dir = initStore();
  expect(run(dir, ['unit', 'add', '--name', '海州区', '--kind', '县区']).code).toBe(0);
  return dir;
}

withPty('missing fields are asked for on a terminal, every answer is shown for review, then the case is registered', () => {
  const dir = storeWithRegion();
  // questions come in form order: channel (arrow down once to 来访), the optional ones left empty, category (the first)
  const r = drive(
    dir,
    [['渠道', DOWN], ['来访', '\r'], ...skip(['联系电话', '身份证号', '住址', '人数']), ['问题类别', '\r'], ...skip(['诉求', '标签']), ['请核对以上内容', '\r']],
    ['--date', '2027-01-04', '--source', '本级受理', '--name', '王某', '--region', '海州区', '--summary', '反映收费问题'],
  );
  expect(r.stdout).toContain('请核对登记内容');
  expect(r.stdout).toMatch(/渠道\s*：来访/);
  expect(r.stdout).toContain('2027-0001');
  expect(r.status).toBe(0);
  const c = JSON.parse(run(dir, ['case', 'show', '2027-0001', '--json']).stdout);
  expect({ channel: c.channel, category: c.category }).toEqual({ channel: '来访', category: '办学管理' });
});

withPty('more than five persons are asked for their representatives in the flow; a field picked in the review is asked again', () => {
  const dir = storeWithRegion();
  // review list: 确认无误, then 登记日期 渠道 来源 信访人姓名 联系电话 身份证号 住址 人数 涉及地区 问题类别 内容摘要 … — 11 down to 内容摘要
  const r = drive(
    dir,
    [
      ...skip(['联系电话', '身份证号', '住址', '问题类别', '诉求', '标签']),
      ['代表姓名', '王一、王二\r'],
      ['请核对以上内容', DOWN.repeat(11)],
      ['修改：内容摘要', '\r'],
      ['内容摘要', '反映乱收费问题\r'],
      ['请核对以上内容', '\r'],
    ],
    ['--date', '2027-01-04', '--channel', '来访', '--source', '本级受理', '--name', '王某', '--region', '海州区', '--summary', '反映收费问题', '--persons', '8'],
  );
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('代表姓名（8人');
  const c = JSON.parse(run(dir, ['case', 'show', '2027-0001', '--json', '--show-pii']).stdout);
  expect({ summary: c.summary, persons: c.persons, representatives: c.representatives }).toEqual({
    summary: '反映乱收费问题',
    persons: 8,
    representatives: ['王一', '王二'],
  });
});

withPty('Ctrl-C at a question leaves the store untouched and exits 130 without an error line', () => {
  const dir = storeWithRegion();
  const before = fs.readdirSync(dir).sort();
  const r = drive(dir, [['渠道', '\u0003']], ['--date', '2027-01-04', '--source', '本级受理', '--name', '王某']);
  expect(r.status).toBe(130);
  expect(r.stdout).not.toContain('错误');
  expect(fs.readdirSync(dir).sort()).toEqual(before);
  expect(fs.existsSync(path.join(dir, 'cases'))).toBe(false);
  expect(JSON.parse(run(dir, ['case', 'list', '--year', '2027', '--json']).stdout)).toEqual([]);
});

withPty('Ctrl-C at the review of the answers registers nothing', () => {
  const dir = storeWithRegion();
  const r = drive(
    dir,
    [...skip(['联系电话', '身份证号', '住址', '人数', '问题类别', '诉求', '标签']), ['请核对以上内容', '\u0003']],
    ['--date', '2027-01-04', '--channel', '来信', '--source', '本级受理', '--name', '王某', '--region', '海州区', '--summary', '反映收费问题'],
  );
  expect(r.status).toBe(130);
  expect(JSON.parse(run(dir, ['case', 'list', '--year', '2027', '--json']).stdout)).toEqual([]);
});
