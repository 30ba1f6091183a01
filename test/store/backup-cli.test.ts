// `xinfang backup list|restore` through the command line (in-process runner), as a clerk uses them.
import fs from 'node:fs';
import path from 'node:path';
import { displayWidth } from '../../src/render/table.js';
import { listBackups } from '../../src/store/backup.js';
import { run, snapshot } from '../helpers/cli.js';
import { outcome } from './helpers/proc.js';
import { addLeaderTx, configText, journalLines, leaderNames, newStore } from './helpers/store-fixtures.js';

interface Listed {
  id: string;
  at: string;
  command: string;
  action: string | null;
  records: string[];
  files: string[];
}

function storeWithThreeLeaders() {
  const { dir, store } = newStore(); // built through the store; the commands under test run through the CLI
  for (const n of ['张明', '李四', '王五']) addLeaderTx(store, n, 'leader add');
  return dir;
}

describe('backup list', () => {
  let dir: string;
  beforeAll(() => {
    dir = storeWithThreeLeaders();
  });

  test('--json: pure JSON on stdout, oldest first, one entry per change', () => {
    const r = run(dir, ['--json', 'backup', 'list']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const list = JSON.parse(r.stdout) as Listed[];
    expect(list.map((b) => b.command)).toEqual(['test', 'leader add', 'leader add', 'leader add']);
    expect(list.map((b) => [b.action, b.records])).toEqual([
      ['初始化', ['org:测试局']],
      ['添加领导', ['leader:张明']],
      ['添加领导', ['leader:李四']],
      ['添加领导', ['leader:王五']],
    ]);
    expect(list.map((b) => b.id)).toEqual(listBackups(dir).map((b) => b.id));
    for (const [i, b] of list.entries()) {
      expect(b.files).toEqual(i === 0 ? ['config.json', 'secret.key'] : ['config.json']); // init also makes the store's secret
      expect(Number.isNaN(Date.parse(b.at))).toBe(false);
    }
  });

  test('table: every id whole on one line (so it can be copied), the change in words and its records, and how to restore', () => {
    const r = run(dir, ['backup', 'list']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines.some((l) => l.includes('编号') && l.includes('时间') && l.includes('之后的修改') && l.includes('涉及的记录'))).toBe(true);
    const rows = listBackups(dir).map((b) => lines.find((l) => l.includes(b.id)));
    expect(rows[0]).toContain('本单位 测试局');
    for (const [i, name] of ['张明', '李四', '王五'].entries()) {
      expect(rows[i + 1]).toContain('添加领导');
      expect(rows[i + 1]).toContain(`领导 ${name}`);
    }
    expect(lines.filter((l) => displayWidth(l) > 80)).toEqual([]); // everything fits 80 columns
    expect(r.stdout).toContain('xinfang backup restore');
  });

  test('a backup whose journal line is gone (or damaged) is named by its command, in words', () => {
    const d = storeWithThreeLeaders();
    const journal = path.join(d, 'journal.jsonl');
    const lines = fs.readFileSync(journal, 'utf8').split('\n');
    fs.writeFileSync(journal, ['{"backup": 1', ...lines.slice(2)].join('\n'));
    const r = run(d, ['backup', 'list']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const row = r.stdout.split('\n').find((l) => l.includes(listBackups(d)[1].id));
    expect(row).toContain('添加领导（leader add）');
  });
});

describe('backup restore', () => {
  test('without an id undoes the last change and says which; the restore is undone the same way', () => {
    const dir = storeWithThreeLeaders();
    const after = configText(dir);
    const r = run(dir, ['backup', 'restore']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^已恢复到“添加领导（领导 王五）”（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）之前的状态\n$/);
    expect(leaderNames(dir)).toEqual(['张明', '李四']);
    expect(journalLines(dir).at(-1)).toMatchObject({ command: 'backup restore', action: '恢复备份' });
    expect(outcome(run(dir, ['backup', 'restore']))).toEqual({ code: 0, stderr: '' });
    expect(configText(dir)).toBe(after);
  });

  test('to an id from the list returns to the state before that change', () => {
    const dir = storeWithThreeLeaders();
    const target = listBackups(dir)[2]; // adding 李四
    const r = run(dir, ['--json', 'backup', 'restore', target.id]);
    expect(r.code).toBe(0); // the confirmation is on stderr under --json, checked below
    expect(JSON.parse(r.stdout)).toEqual({ restoredTo: target.id, before: 'leader add', action: '添加领导', at: target.at });
    expect(r.stderr).toMatch(/^已恢复到“添加领导（领导 李四）”/); // with --json the confirmation goes to stderr
    expect(leaderNames(dir)).toEqual(['张明']);
  });

  test('an unknown id: exit 1, one line pointing to backup list, nothing changed', () => {
    const dir = storeWithThreeLeaders();
    const before = snapshot(dir);
    const journal = journalLines(dir).length;
    const r = run(dir, ['backup', 'restore', 'NO-SUCH-ID']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('错误：没有编号为“NO-SUCH-ID”的备份，请用 xinfang backup list 查看可用的备份\n');
    expect(snapshot(dir)).toEqual(before);
    expect(listBackups(dir)).toHaveLength(4);
    expect(journalLines(dir)).toHaveLength(journal);
  });
});
