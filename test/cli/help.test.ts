// Help that teaches: every command's help ends with two or three examples that name real options, `help a b`
// shows the help of `a b`, a near miss is answered with the command meant, nothing names a file or document the
// clerk does not have, and the completion scripts know every command of the tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { commandPath, exampleLines } from '../../src/cli/help.js';
import { HELP_EXAMPLES } from '../../src/cli/help-examples.js';
import { buildProgram } from '../../src/cli/program.js';
import { displayWidth } from '../../src/render/table.js';
import { runRaw, tempDir } from '../helpers/cli.js';

const program = await buildProgram('0.0.0');
const commands: { path: string; cmd: Command }[] = [];
(function walk(cmd: Command, words: string[]) {
  commands.push({ path: words.join(' '), cmd });
  for (const c of cmd.commands) if (c.name() !== 'help') walk(c, [...words, c.name()]);
})(program, []);

/** Shell-like words: "a b" and 'a b' are one word. */
const shellWords = (line: string) => [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);

const longs = (cmd: Command) => cmd.options.map((o) => o.long).filter(Boolean);

describe('examples (例：)', () => {
  test.each(commands.map((c) => [c.path || 'xinfang', c] as const))('%s has two or three that name its options', (_n, { path: p, cmd }) => {
    const examples = HELP_EXAMPLES[p] ?? [];
    expect({ p, count: examples.length }).toEqual({ p, count: expect.any(Number) });
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(3);
    for (const line of examples) {
      for (const shown of exampleLines(line)) expect(displayWidth(shown)).toBeLessThanOrEqual(80);
      const words = shellWords(line);
      expect(words[0]).toBe('xinfang');
      // walk the words down the tree: the options each names belong to the command reached, or are global
      let at: Command = program;
      for (const w of words.slice(1)) {
        if (w.startsWith('--')) {
          const flag = w.split('=')[0];
          expect({ line, flag, known: longs(at).includes(flag) || longs(program).includes(flag) }).toEqual({ line, flag, known: true });
        } else at = at.commands.find((c) => c.name() === w) ?? at;
      }
      // an example shows its own command, a subcommand of it, or (e.g. list after remove) one of its group
      if (p) expect({ line, group: commandPath(at).split(' ')[0] }).toEqual({ line, group: p.split(' ')[0] });
    }
  });

  test('no example is kept for a command that does not exist', () => {
    expect(Object.keys(HELP_EXAMPLES).filter((k) => !commands.some((c) => c.path === k))).toEqual([]);
  });

  test('the help ends with them', () => {
    const r = runRaw(['leader', 'add', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().endsWith(`例：\n${HELP_EXAMPLES['leader add'].map((e) => `  ${e}`).join('\n')}`)).toBe(true);
  });
});

test.each(commands.filter((c) => c.path).map((c) => [c.path] as const))('%s --help names no file or document the clerk does not have', (p) => {
  const r = runRaw([...p.split(' '), '--help']);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(r.stdout).not.toMatch(/SPEC|seed|种子|templates\/|第\s*\d+\s*节/);
});

describe('xinfang help …', () => {
  test.each([['case', 'add'], ['roster', 'rule', 'add'], ['leader'], ['backup', 'list']])('help %s … is the help of that command', (...words) => {
    const viaHelp = runRaw(['help', ...words]);
    const viaFlag = runRaw([...words, '--help']);
    expect(viaHelp).toEqual(viaFlag);
    expect(viaHelp.stdout).toContain(`用法： xinfang ${words.join(' ')}`);
  });

  test.each([
    [['cas'], '错误：未知命令 cas，是否要用 case？\n'],
    [['case', 'ad'], '错误：未知命令 ad，是否要用 case add？\n'],
  ])('help %j: a usage error naming the command meant', (words, said) => {
    expect(runRaw(['help', ...words])).toEqual({ code: 2, stdout: '', stderr: said });
  });

  test('help alone is the help of the program', () => {
    expect(runRaw(['help'])).toEqual(runRaw(['--help']));
  });
});

describe('a near miss suggests the command or option meant', () => {
  test.each([
    [['case', 'ad'], '错误：未知命令 ad，是否要用 case add？\n'],
    [['leadr', 'list'], '错误：未知命令 leadr，是否要用 leader？\n'],
    [['roster', 'rule', 'ad'], '错误：未知命令 ad，是否要用 roster rule add？\n'],
    [['leader', 'list', '--al'], '错误：未知选项 --al，是否要用 --all？\n'],
    [['case', 'xyzzy'], '错误：未知命令 xyzzy，用 xinfang --help 查看可用命令\n'],
  ])('%j', (args, said) => {
    const r = runRaw(args, { cwd: tempDir() });
    expect(r).toEqual({ code: 2, stdout: '', stderr: said });
  });
});

describe('shell completion', () => {
  const script = (shell: string) => {
    const r = runRaw(['completion', shell]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const file = path.join(tempDir(), shell);
    fs.writeFileSync(file, r.stdout);
    return file;
  };
  const groups = commands.filter((c) => c.cmd.commands.some((s) => s.name() !== 'help'));

  test('bash: after each command path, its subcommands and options are offered', () => {
    const file = script('bash');
    const probe = groups.map((g) => `COMP_WORDS=(xinfang ${g.path} ''); COMP_CWORD=${g.path ? g.path.split(' ').length + 1 : 1}; _xinfang; echo "${g.path}=\${COMPREPLY[*]}"`);
    const r = spawnSync('bash', ['-c', `source ${file}\n${probe.join('\n')}`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const offered = new Map(r.stdout.trim().split('\n').map((l) => [l.split('=')[0], l.split('=')[1].split(' ')]));
    for (const g of groups) {
      const want = [...g.cmd.commands.filter((c) => c.name() !== 'help').map((c) => c.name()), ...longs(g.cmd)];
      expect({ path: g.path, offered: offered.get(g.path) }).toEqual({ path: g.path, offered: expect.arrayContaining(want) });
    }
  });

  test('bash: a partial word completes, global options are skipped over', () => {
    const file = script('bash');
    const r = spawnSync('bash', ['-c', `source ${file}\nCOMP_WORDS=(xinfang --json case a); COMP_CWORD=3; _xinfang; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim().split(' ').sort()).toEqual(['accept', 'add', 'assign']);
  });

  const zsh = spawnSync('zsh', ['-c', 'true']).status === 0;
  (zsh ? test : test.skip)('zsh: the script is valid and offers each subcommand with its description', () => {
    const file = script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const r = spawnSync('zsh', ['-c', `compdef() {}; source ${file}; _describe() { print -l -- $specs }; words=(xinfang case a); CURRENT=3; _xinfang`], { encoding: 'utf8' });
    expect(r.stdout).toContain('add:登记信访件');
    expect(r.stdout).toContain('accept:受理信访件');
  });

  test('another shell is a usage error', () => {
    expect(runRaw(['completion', 'fish'])).toEqual({ code: 2, stdout: '', stderr: '错误：不支持的 shell：“fish”，可选 bash 或 zsh\n' });
  });
});

describe('a long example is continued at an option', () => {
  test.each([
    ['xinfang status', ['  xinfang status']],
    [
      'xinfang visit book --date 2027-01-16 --name 张三 --phone 13800138000 --summary 学位',
      ['  xinfang visit book --date 2027-01-16 --name 张三 --phone 13800138000 \\', '      --summary 学位'],
    ],
  ])('%s', (example, lines) => {
    expect(exampleLines(example)).toEqual(lines);
  });
});
