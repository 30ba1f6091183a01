// Runs the real built binary (bin/xinfang) on a temp data folder, as a clerk would.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'xinfang');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'xinfang-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const baseEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env, NO_COLOR: '1', XINFANG_TODAY: '', XINFANG_DATA: '' };
  delete env.XINFANG_DEBUG;
  return env;
};

/** Runs `xinfang --data DIR ...args` synchronously; `today` fixes the date (default 2027-01-04). */
export function run(dataDir: string, args: string[], opts: { today?: string; input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, '--data', dataDir, '--today', opts.today ?? '2027-01-04', ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: { ...baseEnv(), ...opts.env },
    cwd: opts.cwd ?? ROOT,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Same, without the --data/--today prefix. */
export function runRaw(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: opts.input ?? '', env: { ...baseEnv(), ...opts.env }, cwd: opts.cwd ?? ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the binary without waiting (for concurrency and kill tests). */
export function start(dataDir: string, args: string[], today = '2027-01-04') {
  return spawn(process.execPath, [BIN, '--data', dataDir, '--today', today, ...args], { env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every file under dir (except backups/ and the journal) with its bytes: to prove a failed command changed nothing. */
export function snapshot(dir: string): Record<string, string> {
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
