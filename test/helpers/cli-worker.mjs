// The thread that runs CLI cases for test/helpers/cli.ts: it loads the built command line (dist/cli/run.js) once
// and runs each case it is sent with that case's environment, its output captured and its exit code returned.
// Plain JavaScript: it runs in a worker thread, outside jest's module system.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { root, reply, flag } = workerData;
const cli = await import(pathToFileURL(path.join(root, 'dist', 'cli', 'run.js')).href);
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

let out = [];
let err = [];
const text = (chunk, encoding) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
const capture = (into) =>
  function write(chunk, encoding, done) {
    into().push(text(chunk, encoding));
    const cb = typeof encoding === 'function' ? encoding : done;
    if (cb) queueMicrotask(() => cb());
    return true;
  };
process.stdout.write = capture(() => out);
process.stderr.write = capture(() => err);

// This thread's process.env is its own copy: replacing it here never reaches the test process.
function setEnv(env) {
  for (const k of Object.keys(process.env)) delete process.env[k];
  for (const [k, v] of Object.entries(env)) if (v !== undefined) process.env[k] = v;
}

// The test thread changes the process's working folder around each case (so the system resolves relative file
// names there); a worker thread caches its own answer to process.cwd(), so it is given the case's folder too.
let cwd = process.cwd();
process.cwd = () => cwd;

let running = 0; // the number of the case under way, 0 between cases
let cases = 0;
let late = null; // a failure after a case was answered (a real process would still have died of it)

function answer(result) {
  running = 0;
  reply.postMessage(result);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

// A failure outside the command's own promise would end a real process with exit code 1 and the stack on stderr:
// the case is answered that way, and marked so the test thread starts a fresh worker for the next case.
function crash(e) {
  if (!running) return void (late ??= e);
  answer({ code: 1, stdout: out.join(''), stderr: `${err.join('')}${e?.stack ?? e}\n`, crashed: true });
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

parentPort.on('message', async ({ argv, env, dir }) => {
  const me = (running = ++cases);
  if (late) return answer({ code: -1, stdout: '', stderr: `runner: the previous command failed after it had ended: ${late?.stack ?? late}\n`, crashed: true });
  out = [];
  err = [];
  let result;
  try {
    setEnv(env);
    cwd = dir;
    process.exitCode = undefined;
    await cli.resetModuleState();
    const code = await cli.runCli(argv, version);
    result = { code: code !== 0 ? code : Number(process.exitCode ?? 0), stdout: out.join(''), stderr: err.join('') };
  } catch (e) {
    result = { code: -1, stdout: out.join(''), stderr: `${err.join('')}runner: ${e?.stack ?? e}\n` };
  } finally {
    process.exitCode = undefined;
  }
  if (running === me) answer(result);
});
