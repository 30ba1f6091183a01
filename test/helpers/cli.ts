// Runs the command line as a clerk would, on a temp data folder. `run`/`runRaw` run it in-process: the built
// command line (dist/cli/run.js) in one worker thread per test file, each case with its own environment and
// working folder, its output captured (milliseconds instead of a Node start-up per case). `runBinary`/
// `runRawBinary`/`start` run the real binary (bin/xinfang) for what only a process shows: exit codes at the
// process level, signals, locks held by another process, the terminal, concurrency, kills.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { freshPgLedger, pgDocs } from './pg.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'xinfang');
/** A case that takes longer than this in-process is reported as a failure (the worker is then replaced). */
const CASE_TIMEOUT_MS = 60_000;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  today?: string;
  /** Text on standard input. No command reads it in-process, so a case given some runs the binary. */
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Where test folders go: XINFANG_TEST_TMP if set, else a memory file system (/dev/shm) where there is one, else the
 * system temp folder. Each write of the store waits for the disk (fsync); on a shared machine that wait, not the
 * work, was most of a CLI test's time. What the tests check does not depend on the disk: the process-kill tests
 * (test/store/) prove the write order, not that the disk keeps what it was told.
 */
const TMP_BASE = process.env.XINFANG_TEST_TMP || (writable('/dev/shm') ? '/dev/shm' : os.tmpdir());

function writable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

const made: string[] = [];
/** A new empty folder for a test, removed when the test file ends. */
export function tempDir(prefix = 'xinfang-test-'): string {
  const dir = fs.mkdtempSync(path.join(TMP_BASE, prefix));
  made.push(dir);
  return dir;
}
if (typeof afterAll === 'function') afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

export const baseEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XINFANG_TODAY: '', XINFANG_DATA: '' };
  delete env.XINFANG_DEBUG;
  return env;
};

interface InProcess {
  worker: Worker;
  reply: MessageChannel['port1'];
  flag: Int32Array;
}
let inProcess: InProcess | null = null;

function worker(): InProcess {
  if (inProcess) return inProcess;
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(new URL('./cli-worker.mjs', import.meta.url), { workerData: { root: ROOT, reply: port2, flag }, transferList: [port2] });
  w.unref();
  port1.unref();
  inProcess = { worker: w, reply: port1, flag };
  return inProcess;
}

function stopWorker(): void {
  if (!inProcess) return;
  void inProcess.worker.terminate();
  inProcess.reply.close();
  inProcess = null;
}
if (typeof afterAll === 'function') afterAll(stopWorker);

/**
 * Runs `xinfang ...argv` in the worker and waits for it (the test thread blocks, so `run` stays synchronous). The
 * working folder is the test process's own for the length of the case: relative paths (out/, --out, import
 * files) resolve as in a process started there.
 */
function runInProcess(argv: string[], opts: RunOptions, retried = false): RunResult {
  if (opts.input) return runBinaryArgv(argv, opts);
  const w = worker();
  const here = process.cwd();
  const dir = path.resolve(opts.cwd ?? ROOT);
  process.chdir(dir);
  try {
    Atomics.store(w.flag, 0, 0);
    w.worker.postMessage({ argv, env: { ...baseEnv(), ...opts.env }, dir });
    const waited = Atomics.wait(w.flag, 0, 0, CASE_TIMEOUT_MS);
    const msg = receiveMessageOnPort(w.reply);
    if (waited === 'timed-out' || !msg) {
      stopWorker();
      // Seen once on a loaded 2-core machine (a --help that never answered): the case is run once more in a fresh
      // worker, and said so; a command that really hangs times out twice and fails.
      if (!retried) {
        process.stderr.write(`xinfang ${argv.join(' ')}: no answer in-process within ${CASE_TIMEOUT_MS} ms; run again in a fresh worker\n`);
        return runInProcess(argv, opts, true);
      }
      throw new Error(`xinfang ${argv.join(' ')}: no answer in-process within ${CASE_TIMEOUT_MS} ms, twice`);
    }
    const { crashed, ...result } = msg.message as RunResult & { crashed?: boolean };
    if (crashed) stopWorker(); // its state is not to be trusted: the next case gets a fresh one
    return result;
  } finally {
    process.chdir(here);
  }
}

function runBinaryArgv(argv: string[], opts: RunOptions): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: { ...baseEnv(), ...opts.env },
    cwd: opts.cwd ?? ROOT,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const withData = (dataDir: string, args: string[], opts: RunOptions) => ['--data', dataDir, '--today', opts.today ?? '2027-01-04', ...args];

/**
 * XINFANG_TEST_BACKEND=postgres (the jest project "cli-on-postgres", jest.config.js) runs the same CLI tests on
 * PostgreSQL ledgers: `init` on a data folder that does not exist yet makes a new database (test/helpers/pg.ts) stand
 * for that folder, and every later run on the folder gets XINFANG_STORE (which wins over --data), so the test reads
 * as before. The folder itself is created empty, for tests that put files beside it.
 */
const ON_PG = process.env.XINFANG_TEST_BACKEND === 'postgres';
const pgLedgers = new Map<string, string>();

/** The database standing for data folder `dir` in a PostgreSQL run; undefined for a folder ledger. */
export function pgLedgerOf(dir: string): string | undefined {
  return pgLedgers.get(path.resolve(dir));
}

function onLedger(dataDir: string, args: string[], opts: RunOptions): RunOptions {
  const key = path.resolve(dataDir);
  if (ON_PG && !pgLedgers.has(key) && args[0] === 'init' && !fs.existsSync(key)) {
    const url = freshPgLedger();
    const r = runInProcess(['--store', url, 'store', 'init'], {});
    if (r.code !== 0) throw new Error(`store init failed: ${r.stderr}`);
    fs.mkdirSync(key, { recursive: true });
    pgLedgers.set(key, url);
  }
  const url = pgLedgers.get(key);
  return url ? { ...opts, env: { ...opts.env, XINFANG_STORE: url } } : opts;
}

/** Runs `xinfang --data DIR --today DAY ...args` in-process; `today` fixes the date (default 2027-01-04). */
export function run(dataDir: string, args: string[], opts: RunOptions = {}): RunResult {
  return runInProcess(withData(dataDir, args, opts), onLedger(dataDir, args, opts));
}

/** Same, without the --data/--today prefix. */
export function runRaw(args: string[], opts: Omit<RunOptions, 'today'> = {}): RunResult {
  return runInProcess(args, opts);
}

/** `run`, as a separate process of the real binary. */
export function runBinary(dataDir: string, args: string[], opts: RunOptions = {}): RunResult {
  return runBinaryArgv(withData(dataDir, args, opts), onLedger(dataDir, args, opts));
}

/** `runRaw`, as a separate process of the real binary. */
export function runRawBinary(args: string[], opts: Omit<RunOptions, 'today'> = {}): RunResult {
  return runBinaryArgv(args, opts);
}

/** Starts the binary without waiting (for concurrency and kill tests). */
export function start(dataDir: string, args: string[], today = '2027-01-04') {
  const env = { ...baseEnv(), ...onLedger(dataDir, args, {}).env };
  return spawn(process.execPath, [BIN, '--data', dataDir, '--today', today, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Every file under dir (except backups/ and the journal) with its bytes: to prove a failed command changed nothing.
 * For a folder a PostgreSQL ledger stands for: every document in the database.
 */
export function snapshot(dir: string): Record<string, string> {
  const url = pgLedgerOf(dir);
  if (url) {
    // the folder stays empty: a command that wrote a ledger there instead would make every comparison pass
    if (fs.existsSync(path.join(dir, 'config.json'))) throw new Error(`${dir}: a command wrote a folder ledger where the database ${url} stands`);
    return pgDocs(url);
  }
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (rel === 'backups' || rel === 'journal.jsonl') continue;
      if (e.isDirectory()) walk(p);
      else out[rel] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A fresh, initialised data folder. */
export function initStore(org = '示例区教育局'): string {
  const dir = path.join(tempDir(), 'data');
  const r = run(dir, ['init', '--org', org]);
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
  return dir;
}
