// The command line as a function: argv in, exit code out. The binary (main.ts) calls it once per process; the
// test runner calls it many times in one process, so it keeps nothing from one call to the next: the exit code is
// returned (never left in process.exitCode) and the per-process caches are emptied before each call.
import { toOutcome } from './boundary.js';

/** Empties what a module keeps between calls (today: the parsed template files), so a call sees the files as they are. */
export async function resetModuleState(): Promise<void> {
  const { clearTemplateCache } = await import('../render/templates.js');
  clearTemplateCache();
  const { forgetCheckedDirs } = await import('../store/confine.js');
  forgetCheckedDirs();
}

/** Runs `xinfang ...argv` (argv without node and the script): output on process.stdout/stderr, the exit code returned. */
export async function runCli(argv: string[], version: string): Promise<number> {
  const debug = process.env.XINFANG_DEBUG === '1';
  try {
    const { buildProgram } = await import('./program.js');
    await (await buildProgram(version, argv)).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    const out = toOutcome(e, debug);
    if (out.message) process.stderr.write(out.message + '\n');
    if (debug && e instanceof Error && !out.message?.includes(e.stack ?? '\u0000')) process.stderr.write(`${e.stack}\n`);
    return out.exitCode;
  }
}
