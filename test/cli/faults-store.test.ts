// The store's fault suite through the real binary: what a clerk (or an unlucky disk) does to it, and what they read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADD, setupBureau } from '../helpers/case-cli.js';
import { initStore, run, snapshot, tempDir } from '../helpers/cli.js';
import { xlsxBomb } from '../helpers/zip-bomb.js';

const TODAY = '2026-06-30';
const made: string[] = [];
const track = (d: string) => (made.push(path.dirname(d)), d);
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function bureau(): string {
  const d = track(initStore());
  setupBureau(d);
  const r = run(d, ADD, { today: TODAY });
  if (r.code !== 0) throw new Error(r.stderr);
  return d;
}

describe('private files', () => {
  test('documents and exports are created 0600 in an out/ folder created 0700', () => {
    const d = bureau();
    const cwd = track(path.join(tempDir(), 'work'));
    fs.mkdirSync(cwd);
    expect(run(d, ['case', 'card', '2026-0001'], { today: TODAY, cwd }).code).toBe(0);
    expect(run(d, ['export', 'cases', '--year', '2026'], { today: TODAY, cwd }).code).toBe(0);
    const out = path.join(cwd, 'out');
    expect(fs.statSync(out).mode & 0o777).toBe(0o700);
    const names = fs.readdirSync(out);
    expect(names.length).toBe(2);
    for (const n of names) expect([n, fs.statSync(path.join(out, n)).mode & 0o777]).toEqual([n, 0o600]);
  });

  test('an out/ folder the clerk made keeps its mode; a temp left by a killed writer is removed', () => {
    const d = bureau();
    const cwd = track(path.join(tempDir(), 'work'));
    fs.mkdirSync(path.join(cwd, 'out'), { recursive: true, mode: 0o755 });
    fs.chmodSync(path.join(cwd, 'out'), 0o755);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // a process that has exited
    const stale = path.join(cwd, 'out', `信访件登记卡.docx.${dead}.tmp`);
    fs.writeFileSync(stale, '王某某 11010519491231002X');
    expect(run(d, ['case', 'card', '2026-0001'], { today: TODAY, cwd }).code).toBe(0);
    expect(fs.statSync(path.join(cwd, 'out')).mode & 0o777).toBe(0o755);
    expect(fs.existsSync(stale)).toBe(false);
  });

  test('init on an existing folder readable by others keeps its mode and says so; the petitioner index is keyed', () => {
    const parent = track(path.join(tempDir(), 'shared'));
    fs.mkdirSync(parent, { mode: 0o755 });
    fs.chmodSync(parent, 0o755);
    const r = run(parent, ['init', '--org', '示例区教育局']);
    expect(r.code).toBe(0);
    expect(fs.statSync(parent).mode & 0o777).toBe(0o755);
    expect(r.stderr).toMatch(/权限为 0755，本机其他用户可以进入或读取.*chmod 700/);
    expect(fs.statSync(path.join(parent, 'secret.key')).mode & 0o777).toBe(0o600);
  });
});

describe('input limits', () => {
  test('U+FFFF and a lone surrogate in a summary are refused at input; nothing is stored', () => {
    const d = bureau();
    const before = snapshot(d);
    const args = [...ADD];
    args[args.indexOf('--summary') + 1] = '反映\uffff问题';
    const typed = run(d, args, { today: TODAY });
    expect({ code: typed.code, stdout: typed.stdout }).toEqual({ code: 1, stdout: '' });
    expect(typed.stderr).toMatch(/^错误：内容摘要含有无效字符/);
    // a lone surrogate cannot travel in argv (it arrives as U+FFFD); JSON can carry one
    const input = '{"date":"2026-06-02","channel":"来信","source":"本级受理","name":"赵某","region":"海州区","category":"教育收费","summary":"反映\\ud800问题"}';
    const piped = run(d, ['case', 'add', '--stdin'], { today: TODAY, input });
    expect({ code: piped.code, stdout: piped.stdout }).toEqual({ code: 1, stdout: '' });
    expect(piped.stderr).toMatch(/^错误：内容摘要含有无效字符/);
    expect(snapshot(d)).toEqual(before);
  });

  test('an xlsx that unpacks to 450 MB (a 0.5 MB file) is refused before it is parsed', () => {
    const d = bureau();
    const file = path.join(path.dirname(d), 'bomb.xlsx');
    fs.writeFileSync(file, xlsxBomb(450));
    expect(fs.statSync(file).size).toBeLessThan(1 << 20);
    const started = Date.now();
    const r = run(d, ['import', 'cases', file], { today: TODAY });
    expect(Date.now() - started).toBeLessThan(8000); // parsing it took minutes and 1.9 GB
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/^错误：.*bomb\.xlsx 解压后有 450 MB，超过导入上限 200 MB.*XINFANG_IMPORT_MAX_MB/);
  });

  test('the limits are configurable: a smaller unpacked size, and a row count', () => {
    const d = bureau();
    const file = path.join(path.dirname(d), 'small.xlsx');
    fs.writeFileSync(file, xlsxBomb(3));
    const r = run(d, ['import', 'cases', file], { today: TODAY, env: { XINFANG_IMPORT_MAX_MB: '2' } });
    expect(r.stderr).toMatch(/解压后有 3 MB，超过导入上限 2 MB/);
    const csv = path.join(path.dirname(d), 'rows.csv');
    fs.writeFileSync(csv, ['编号,登记日期', ...Array.from({ length: 6 }, (_, i) => `,2026-06-0${i + 1}`)].join('\n'));
    const rows = run(d, ['import', 'cases', csv], { today: TODAY, env: { XINFANG_IMPORT_MAX_ROWS: '5' } });
    expect(rows.stderr).toMatch(/有 7 行，超过导入上限 5 行.*XINFANG_IMPORT_MAX_ROWS/);
  });

  test('an imported number with "/.." (or outside the configured format) is a bad row; nothing is stored', () => {
    const d = bureau();
    const before = snapshot(d);
    const csv = path.join(path.dirname(d), 'evil.csv');
    fs.writeFileSync(
      csv,
      '编号,登记日期,渠道,来源,信访人,联系电话,涉及地区,问题类别,内容摘要\n2026-0009/../../../../N,2026-06-01,来信,本级受理,王某,13800138000,海州区,教育收费,反映收费\n',
    );
    const r = run(d, ['import', 'cases', csv], { today: TODAY });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/不符合设定的编号格式/);
    expect(snapshot(d)).toEqual(before);
  });
});

describe('case add --stdin', () => {
  test('takes the case as JSON on standard input (personal data off the command line)', () => {
    const d = bureau();
    const json = JSON.stringify({ date: '2026-06-02', channel: '来信', source: '本级受理', name: '赵某某', phone: '13900139000', idNumber: '11010519491231002X', region: '海州区', category: '教育收费', summary: '反映收费', tags: ['违规收费'] });
    const r = run(d, ['--json', 'case', 'add', '--stdin'], { today: TODAY, input: json });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ no: '2026-0002', petitioner: { name: '赵**' } }); // masked on output
    const c = JSON.parse(run(d, ['case', 'show', '2026-0002', '--json', '--show-pii'], { today: TODAY }).stdout);
    expect(c).toMatchObject({ no: '2026-0002', petitioner: { name: '赵某某', idNumber: '11010519491231002X' }, tags: ['违规收费'], repeatOf: ['2026-0001'] });
  });

  test.each([
    ['not JSON', 'name=王', /标准输入应为一个 JSON 对象/, 1],
    ['an unknown key', '{"nmae":"王"}', /不认识的字段“nmae”/, 1],
    ['a key also given as a flag', '{"name":"王"}', /既在命令行又在标准输入中给出/, 2],
    ['a number where text is due', '{"summary":5}', /字段“summary”应为文字/, 1],
  ])('%s is refused with one line; nothing is stored', (_what, input, says, code) => {
    const d = bureau();
    const before = snapshot(d);
    const r = run(d, ['case', 'add', '--stdin', '--name', '王某'], { today: TODAY, input });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code, stdout: '' });
    expect(r.stderr).toMatch(says);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(d)).toEqual(before);
  });
});

describe('check, repair, restore a file', () => {
  test('a case dropped by hand: every command stops with the exact command; check lists it; --repair heals', () => {
    const d = bureau();
    const month = path.join(d, 'cases/2026/2026-03.json');
    const doc = JSON.parse(fs.readFileSync(month, 'utf8'));
    fs.writeFileSync(month, JSON.stringify({ schemaVersion: doc.schemaVersion, month: doc.month, cases: [] }));
    const list = run(d, ['case', 'list', '--month', '2026-03'], { today: TODAY });
    expect({ code: list.code, stdout: list.stdout }).toEqual({ code: 3, stdout: '' });
    expect(list.stderr).toMatch(/^错误：数据文件 .*2026-03\.json 缺少校验值.*xinfang backup restore --file cases\/2026\/2026-03\.json/);
    const check = run(d, ['check'], { today: TODAY });
    expect(check.code).toBe(3);
    expect(check.stderr).toMatch(/cases\/2026\/2026-03\.json：缺少校验值[^\n]*\n\s+修复：恢复为最后一次保存的版本/);
    expect(check.stderr).toMatch(/错误：发现 1 处不一致（见上）；运行 xinfang check --repair 修复/);
    const repair = run(d, ['check', '--repair'], { today: TODAY });
    expect(repair.code).toBe(0);
    expect(run(d, ['check'], { today: TODAY }).stdout).toMatch(/各索引与月份文件一致/);
    expect(run(d, ['case', 'list', '--month', '2026-03'], { today: TODAY }).stdout).toContain('2026-0001');
  });

  test('backup restore --file brings one file back; backup list shows a damaged manifest', () => {
    const d = bureau();
    const month = path.join(d, 'cases/2026/2026-03.json');
    const committed = fs.readFileSync(month, 'utf8');
    fs.writeFileSync(month, '{"schemaVersion":2,');
    const r = run(d, ['backup', 'restore', '--file', 'cases/2026/2026-03.json'], { today: TODAY });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已恢复 cases\/2026\/2026-03\.json 最后一次保存的版本/);
    expect(fs.readFileSync(month, 'utf8')).toBe(committed);
    const id = fs.readdirSync(path.join(d, 'backups')).sort()[1];
    fs.writeFileSync(path.join(d, 'backups', id, 'manifest.json'), '{');
    const list = run(d, ['backup', 'list'], { today: TODAY });
    expect(list.stderr).toContain(`备份 ${id} 的清单已损坏`);
    const json = JSON.parse(run(d, ['--json', 'backup', 'list'], { today: TODAY }).stdout);
    expect(json).toContainEqual({ id, damaged: true });
  });
});

describe('the lock and a full disk', () => {
  test('a writer waiting for the lock says who holds it, and gives up after XINFANG_LOCK_TIMEOUT_MS', () => {
    const d = track(initStore());
    const holder = { pid: process.pid, host: os.hostname(), command: 'case import', since: new Date().toISOString() };
    fs.writeFileSync(path.join(d, '.lock'), JSON.stringify(holder));
    const r = run(d, ['leader', 'add', '--name', '张明'], { env: { XINFANG_LOCK_TIMEOUT_MS: '2500' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`提示：数据目录正被进程 ${process.pid}（命令“case import”`);
    expect(r.stderr).toMatch(/正在排队等待/);
    expect(r.stderr).toMatch(/错误：.*等待 3 秒后仍未释放/);
  });

  test('50 case adds at once, default settings: 50 of 50 registered, numbers distinct, check clean', async () => {
    const d = bureau();
    const { spawn } = await import('node:child_process');
    const { BIN, baseEnv } = await import('../helpers/cli.js');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const args = [...ADD];
        args[args.indexOf('--name') + 1] = `并发${i}`;
        args[args.indexOf('--phone') + 1] = `139${String(i).padStart(8, '0')}`;
        args.splice(args.indexOf('--id-number'), 2);
        return new Promise<{ code: number; out: string; err: string }>((resolve) => {
          const p = spawn(process.execPath, [BIN, '--data', d, '--today', TODAY, ...args], { env: baseEnv() });
          let out = '';
          let err = '';
          p.stdout.on('data', (b) => (out += b));
          p.stderr.on('data', (b) => (err += b));
          p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
        });
      }),
    );
    expect(results.filter((x) => x.code !== 0).map((x) => x.err)).toEqual([]);
    const nos = results.map((x) => x.out.trim());
    expect(new Set(nos).size).toBe(50);
    expect(run(d, ['check'], { today: TODAY }).code).toBe(0);
  }, 120_000);

  const canMount = process.platform === 'linux' && process.getuid?.() === 0;
  (canMount ? test : test.skip)('a full disk: "磁盘空间不足" with the path, data unchanged, no empty lock left', () => {
    const mnt = track(path.join(tempDir(), 'mnt'));
    fs.mkdirSync(mnt);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]).status !== 0) return; // not allowed here
    try {
      const d = path.join(mnt, 'data');
      expect(run(d, ['init', '--org', '示例区教育局']).code).toBe(0);
      const before = snapshot(d);
      spawnSync('sh', ['-c', `dd if=/dev/zero of=${mnt}/fill bs=4k 2>/dev/null; true`]);
      const r = run(d, ['leader', 'add', '--name', '张明']);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 3, stdout: '' });
      expect(r.stderr).toMatch(new RegExp(`^错误：磁盘空间不足，无法写入 ${d}`));
      expect(fs.existsSync(path.join(d, '.lock'))).toBe(false);
      fs.rmSync(path.join(mnt, 'fill'));
      expect(snapshot(d)).toEqual(before);
      expect(run(d, ['leader', 'add', '--name', '张明']).code).toBe(0);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
