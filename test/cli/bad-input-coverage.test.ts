// The bad-input sweep covers the whole command line: every option and argument of every command (and the global
// options) has a slot in test/helpers/bad-input/, so a new flag cannot be added without its bad-input cases.
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { CASE_GROUP } from '../helpers/bad-input/cases.js';
import { ORG_GROUP } from '../helpers/bad-input/org.js';
import { ROSTER_GROUP } from '../helpers/bad-input/roster.js';

const specs = [ORG_GROUP, ROSTER_GROUP, CASE_GROUP].flatMap((g) => g.specs);
const covered = new Set(specs.flatMap((s) => s.slots.map((slot) => `${s.cmd.join(' ')} ${slot.at}`)));
const coveredAnywhere = new Set(specs.flatMap((s) => s.slots.map((slot) => String(slot.at))));

function leaves(cmd: Command, path: string[] = []): [string[], Command][] {
  return cmd.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => (c.commands.length ? leaves(c, [...path, c.name()]) : [[[...path, c.name()], c] as [string[], Command]]));
}

const flags = (c: Command) => c.options.map((o) => o.long!).filter((l) => l !== '--help' && l !== '--version');

test('every option and argument of every command is in the sweep', async () => {
  const program = await buildProgram('0.0.0');
  const missing: string[] = [];
  let seen = 0;
  for (const [path, c] of leaves(program)) {
    const slots = [...flags(c), ...c.registeredArguments.map((_, i) => i)];
    seen += slots.length;
    for (const at of slots) if (!covered.has(`${path.join(' ')} ${at}`)) missing.push(`${path.join(' ')} ${at}`);
  }
  expect(seen).toBeGreaterThan(100); // the walk did reach the commands
  for (const g of flags(program)) if (!coveredAnywhere.has(g)) missing.push(`（全局）${g}`);
  expect(missing).toEqual([]);
});
