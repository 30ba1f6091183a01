// Real processes of the binary for the store's process guarantees: run asynchronously (many at once),
// with extra environment, a hard time limit, and the ability to SIGKILL them.
import { type ChildProcess, spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { BIN, ROOT, type RunResult } from '../../helpers/cli.js';

export interface ProcOptions {
  env?: NodeJS.ProcessEnv;
  /** Kill the process (and fail) if it runs longer than this. */
  limitMs?: number;
  uid?: number;
  gid?: number;
}

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XINFANG_TODAY: '', XINFANG_DATA: '', ...extra };
  delete e.XINFANG_DEBUG;
  return e;
}

// XINFANG_TEST_BIN: run another build (e.g. a deliberately broken copy, to check that these tests can fail).
const argv = (dir: string, args: string[]) => [process.env.XINFANG_TEST_BIN || BIN, '--data', dir, '--today', '2027-01-04', ...args];

export interface Running {
  child: ChildProcess;
  done: Promise<RunResult & { signal: NodeJS.Signals | null }>;
}

export function startProc(dir: string, args: string[], opts: ProcOptions = {}): Running {
  const spawnOpts: SpawnOptions = { env: env(opts.env), cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] };
  if (opts.uid !== undefined) Object.assign(spawnOpts, { uid: opts.uid, gid: opts.gid, cwd: '/' });
  const child = spawn(process.execPath, argv(dir, args), spawnOpts);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = opts.limitMs ? setTimeout(() => child.kill('SIGKILL'), opts.limitMs) : null;
  const done = new Promise<RunResult & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? -1, signal, stdout, stderr });
    });
  });
  return { child, done };
}

export function runProc(dir: string, args: string[], opts: ProcOptions = {}) {
  return startProc(dir, args, opts).done;
}

/** Synchronous run with a hard limit (a hang fails instead of stalling the suite). */
export function runSync(dir: string, args: string[], opts: ProcOptions & { input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, argv(dir, args), {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: env(opts.env),
    cwd: opts.uid !== undefined ? '/' : ROOT,
    timeout: opts.limitMs ?? 15000,
    killSignal: 'SIGKILL',
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A live process that does nothing: a lock holder we control. */
export function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
}

/** A process that has already exited: its pid names nobody alive (until the OS reuses it, which is rare). */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

/** What to compare when a run must succeed: a failure then shows its stderr. */
export function outcome(r: RunResult): { code: number; stderr: string } {
  return { code: r.code, stderr: r.stderr };
}
