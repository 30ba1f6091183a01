// Entry point. `--version` answers before anything else is loaded (SPEC 12: start-up cost).
import fs from 'node:fs';
import { projectFile } from '../project-root.js';
import { ignoreClosedPipe, toOutcome } from './boundary.js';

const version = (JSON.parse(fs.readFileSync(projectFile('package.json'), 'utf8')) as { version: string }).version;
const argv = process.argv.slice(2);

async function main(): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(version + '\n');
    return;
  }
  const debug = process.env.XINFANG_DEBUG === '1';
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  try {
    const { buildProgram } = await import('./program.js');
    await buildProgram(version).parseAsync(process.argv);
  } catch (e) {
    const out = toOutcome(e, debug);
    if (out.message) process.stderr.write(out.message + '\n');
    if (debug && e instanceof Error && !out.message?.includes(e.stack ?? '\u0000')) process.stderr.write(`${e.stack}\n`);
    process.exitCode = out.exitCode;
  }
}

void main();
