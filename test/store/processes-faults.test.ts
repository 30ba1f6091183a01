// Bad stores through the real binary: corrupt, missing, read-only. One "错误：" line, exit 3, nothing overwritten.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../../src/store/backup.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { runRaw, snapshot, tempDir } from '../helpers/cli.js';
import { outcome, runProc, runSync } from './helpers/proc.js';
import { Store } from '../../src/store/store.js';
import { addLeaderTx, chmodStopsWrites, configPath, configText, leaderNames, newStore, walk } from './helpers/store-fixtures.js';

/** Commands that need the configuration, as a clerk would type them. */
const COMMANDS: string[][] = [
  ['leader', 'list'],
  ['--json', 'leader', 'list'],
  ['leader', 'add', '--name', '王五'],
  ['leader', 'remove', '张明'],
  ['staff', 'list'],
  ['staff', 'add', '--name', '李华'],
  ['unit', 'list'],
  ['category', 'list'],
  ['source', 'add', '--name', '市长信箱2', '--group', '市长信箱'],
  ['status'],
];

// The whole list for one corruption; a reader and a writer for the others (each run is a process: keep the suite fast).
const SOME = [0, 2, 9].map((i) => COMMANDS[i]);
const CORRUPTIONS: [string, (text: string) => string, RegExp, string[][]][] = [
  ['truncated', (t) => t.slice(0, Math.floor(t.length * 0.6)), /不是有效的 JSON（文件在中途结束，可能被截断）/, SOME],
  ['hand-edited to an invalid value', (t) => t.replace('"name": "李四"', '"name": ["李四"]'), /内容不符合格式：字段 leaders\.1\.name：应为文字，实际为列表/, COMMANDS],
  ['of a newer schemaVersion', (t) => t.replace(/"schemaVersion": \d+/, `"schemaVersion": ${SCHEMA_VERSION + 1}`), /格式版本为 \d+，高于本程序支持的/, SOME],
];

describe.each(CORRUPTIONS)('a config.json %s', (_what, corrupt, problem, commands) => {
  let dir: string;
  let goodBefore: string;
  let broken: string;
  beforeAll(() => {
    ({ dir } = newStore()); // made in-process; only the commands under test run as processes
    for (const n of ['张明', '李四']) addLeaderTx(Store.open(dir), n, 'leader add');
    goodBefore = configText(dir);
    broken = corrupt(goodBefore);
    expect(broken).not.toBe(goodBefore);
    fs.writeFileSync(configPath(dir), broken);
  });

  test('every command exits 3 with one line naming the file and the problem; the file stays byte-identical', async () => {
    const before = snapshot(dir);
    const results = await Promise.all(commands.map((args) => runProc(dir, args, { limitMs: 20000 })));
    results.forEach((r, i) => {
      const line = r.stderr.trimEnd();
      expect({ args: commands[i], code: r.code, stdout: r.stdout, stderr: line.split('\n').length === 1 && r.code === 3 ? 'one line' : line }).toEqual({
        args: commands[i],
        code: 3,
        stdout: '',
        stderr: 'one line',
      });
      expect(line.startsWith(`错误：数据文件 ${configPath(dir)} `)).toBe(true);
      expect(line).toMatch(problem);
    });
    expect(configText(dir)).toBe(broken);
    expect(snapshot(dir)).toEqual(before);
  });

  test('`backup list` still works and `backup restore` recovers, keeping the broken file in a backup', () => {
    const list = runSync(dir, ['--json', 'backup', 'list']);
    expect(outcome(list)).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(3);
    const r = runSync(dir, ['backup', 'restore']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^已恢复到“添加领导（领导 .+）”（.*）之前的状态\n$/); // the change undone, in words
    // the newest readable config.json is the one before the last change that wrote it: 李四 must be added again
    const listed = runSync(dir, ['--json', 'leader', 'list']);
    expect(outcome(listed)).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(listed.stdout) as { name: string }[]).map((l) => l.name)).toEqual(['张明']);
    const newest = listBackups(dir).at(-1)!;
    expect(fs.readFileSync(path.join(dir, 'backups', newest.id, 'files', 'config.json'), 'utf8')).toBe(broken);
    // and the store takes changes again
    expect(outcome(runSync(dir, ['leader', 'add', '--name', '李四']))).toEqual({ code: 0, stderr: '' });
    expect(configText(dir)).toBe(goodBefore);
  });
});

describe('a missing store', () => {
  test('any command but init exits 3 telling to run init, and creates nothing', async () => {
    const dir = path.join(tempDir(), 'nothing-here');
    const commands = [['leader', 'list'], ['leader', 'add', '--name', '张明'], ['backup', 'list'], ['backup', 'restore']];
    const results = await Promise.all(commands.map((args) => runProc(dir, args, { limitMs: 20000 })));
    results.forEach((r, i) => {
      expect({ args: commands[i], code: r.code }).toEqual({ args: commands[i], code: 3 });
      expect(r.stderr).toMatch(new RegExp(`^错误：数据目录 ${dir} 中没有 xinfang 数据，请先运行 xinfang init[^\n]*\n$`));
    });
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('without --data the default is ./data under the current folder', () => {
    const cwd = tempDir();
    const r = runRaw(['leader', 'list'], { cwd });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(path.join(fs.realpathSync(cwd), 'data'));
  });
});

// As root, chmod does not stop writes; run the binary as `nobody` on a folder it owns instead, if we may.
const NOBODY = 65534;
const canSwitchUser = process.getuid?.() === 0 && spawnSync(process.execPath, ['-e', '0'], { uid: NOBODY, gid: NOBODY }).status === 0;
const readOnlyMode = chmodStopsWrites() ? 'as this user' : canSwitchUser ? 'as nobody (tests run as root, where chmod does not stop writes)' : null;
const readOnlyTest = readOnlyMode ? test : test.skip;

readOnlyTest(`a read-only data folder: writes exit 3 with a clear line, reads still work (${readOnlyMode ?? 'SKIPPED: running as root and cannot run as another user, so a read-only folder cannot be made'})`, () => {
  const { dir } = newStore();
  addLeaderTx(Store.open(dir), '张明');
  const user = readOnlyMode === 'as this user' ? {} : { uid: NOBODY, gid: NOBODY };
  if ('uid' in user) {
    for (const p of [path.dirname(dir), dir]) fs.chmodSync(p, 0o755);
    fs.chownSync(dir, NOBODY, NOBODY);
    for (const f of walk(dir)) fs.chownSync(path.join(dir, f.rel), NOBODY, NOBODY);
  }
  fs.chmodSync(dir, 0o500);
  try {
    const before = snapshot(dir);
    const w = runSync(dir, ['leader', 'add', '--name', '李四'], user);
    expect(w.code).toBe(3);
    expect(w.stderr).toBe(`错误：无法在数据目录 ${dir} 中写入（EACCES），请检查文件夹权限\n`);
    const r = runSync(dir, ['--json', 'leader', 'list'], user);
    expect(outcome(r)).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(r.stdout) as { name: string }[]).map((l) => l.name)).toEqual(['张明']);
    expect(snapshot(dir)).toEqual(before);
  } finally {
    fs.chmodSync(dir, 0o700);
  }
  expect(leaderNames(dir)).toEqual(['张明']);
});
