// The registration table (src/cli/program.ts): each group names exactly the top-level commands it registers, and a
// command line builds only the group it names — the whole program for the help, a completion script, the backup
// commands (they name past changes by their commands' descriptions) or a word that is no command (so a near miss is
// still answered with the command meant).
import { Command } from 'commander';
import { buildProgram, GROUPS } from '../../src/cli/program.js';

const names = (program: Command) => program.commands.map((c) => c.name());

test.each(GROUPS.map((g) => [g.names.join(' '), g] as const))('the group of %s registers those commands', async (_, group) => {
  const program = new Command('x');
  (await group.load())(program);
  expect(names(program)).toEqual(group.names);
});

test('the whole program lists every group, in the table order', async () => {
  expect(names(await buildProgram('0.0.0'))).toEqual([...GROUPS.flatMap((g) => g.names), 'help'].filter((n) => n !== 'help'));
});

test.each([
  [['case', 'due'], ['case']],
  [['--data', 'case', '--today', '2026-11-20', 'report', 'annual'], ['report']],
  [['--json', '-y', 'unit', 'list'], ['unit', 'category', 'source']],
  [['reindex'], ['check', 'reindex']],
])('%j builds only its group', async (argv, expected) => {
  expect(names(await buildProgram('0.0.0', argv))).toEqual(expected);
});

test.each([[['--help']], [['-h', 'case']], [['caes', 'due']], [['help', 'case']], [['completion', 'bash']], [['backup', 'list']], [[]]])('%j builds the whole program', async (argv) => {
  expect(names(await buildProgram('0.0.0', argv))).toEqual(GROUPS.flatMap((g) => g.names));
});
