// Entry point. `--version` answers before anything else is loaded (start-up cost: see docs/design.md).
import fs from 'node:fs';
import { projectFile } from '../project-root.js';
import { ignoreClosedPipe } from './boundary.js';
import { runCli } from './run.js';

const version = (JSON.parse(fs.readFileSync(projectFile('package.json'), 'utf8')) as { version: string }).version;
const argv = process.argv.slice(2);

async function main(): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(version + '\n');
    return;
  }
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  const code = await runCli(argv, version);
  if (code !== 0) process.exitCode = code;
}

void main();
