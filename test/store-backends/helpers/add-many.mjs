// One process that runs `xinfang case add` N times in a row (the built command line, dist/cli/run.js, as the
// in-process test runner loads it), each run opening its own connection to the ledger in XINFANG_STORE as a new
// process of the binary would, without N Node start-ups. Prints one JSON line per run: its exit code, the case
// number it reported, its 错误 line. `{n}` in an argument becomes the run's number (0001, 0002 …).
//   node add-many.mjs ROOT N TODAY -- case add args…
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, n, today, sep, ...args] = process.argv.slice(2);
if (sep !== '--') throw new Error('usage: add-many.mjs ROOT N TODAY -- args…');
const cli = await import(pathToFileURL(path.join(root, 'dist', 'cli', 'run.js')).href);
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

const realOut = process.stdout.write.bind(process.stdout);
let out = '';
let err = '';
const capture = (into) => (chunk, encoding, done) => {
  into(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
  const cb = typeof encoding === 'function' ? encoding : done;
  if (cb) queueMicrotask(cb);
  return true;
};
process.stdout.write = capture((s) => (out += s));
process.stderr.write = capture((s) => (err += s));

for (let i = 0; i < Number(n); i++) {
  out = '';
  err = '';
  process.exitCode = undefined;
  await cli.resetModuleState();
  const argv = args.map((a) => a.replaceAll('{n}', String(i + 1).padStart(4, '0')));
  const code = await cli.runCli(['--today', today, ...argv], version);
  const no = /已登记信访件 (\d{4}-\d{4})/.exec(out + err)?.[1] ?? null;
  const error = err.split('\n').filter((l) => l.startsWith('错误')).join('\n');
  realOut(JSON.stringify({ code: code || Number(process.exitCode ?? 0), no, error }) + '\n');
}
process.exitCode = 0;
