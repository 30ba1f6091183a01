#!/usr/bin/env node
// `npm run bench`: synthetic stores of 1,000, 10,000 and 100,000 cases over ten years; each command timed as a
// whole process (median of RUNS after a warm-up) beside its floors measured in the same run.
// Options: --sizes 1000,10000 --runs 5 --keep (reuse stores generated earlier).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY, generate } from './bench-gen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'xinfang');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '5'));
const KEEP = process.argv.includes('--keep');
const storesDir = path.join(root, 'bench', 'stores');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-bench-out-'));

function time(cmd, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function measure(cmd, argsFor) {
  time(cmd, argsFor(-1)); // warm-up: file cache, first-run effects
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(time(cmd, argsFor(i)));
  return { median: median(runs), runs };
}

const months = (y, to = 12) => Array.from({ length: to }, (_, i) => `cases/${y}/${y}-${String(i + 1).padStart(2, '0')}.json`);

/** What each command must read (R) and write (W), by the store layout; the floor reads/writes exactly these. */
function commands(dir) {
  const shards = fs.existsSync(path.join(dir, 'cases/people')) ? fs.readdirSync(path.join(dir, 'cases/people')).slice(0, 2).map((f) => `cases/people/${f}`) : [];
  const addW = ['cases/2026/index.json', 'cases/2026/2026-11.json', 'cases/open.json', 'cases/summary.json', ...shards];
  const annualReads = ['config.json', ...months(2026, 11), 'cases/2025/2025-11.json', 'cases/summary.json'];
  const x = (...a) => (i) => [bin, '--data', dir, '--today', BENCH_TODAY, ...a.map((v) => (typeof v === 'function' ? v(i) : v))];
  return [
    { name: '--version', args: () => [bin, '--version'], R: [], W: [], kind: 'start' },
    { name: '--help', args: () => [bin, '--help'], R: [], W: [], kind: 'start' },
    {
      name: 'case add',
      args: x('case', 'add', '--date', '2026-11-20', '--channel', '来信', '--source', '本级受理', '--name', (i) => `基准测试${i + 2}`, '--phone', '13900000000', '--region', '海滨区', '--category', '教育收费', '--summary', '基准测试登记', '--yes'),
      R: ['config.json', ...addW],
      W: addW,
      kind: 'write',
    },
    { name: 'case list --month', args: x('case', 'list', '--month', '2026-11'), R: ['config.json', 'cases/2026/2026-11.json'], W: [], kind: 'read' },
    { name: 'case due', args: x('case', 'due'), R: ['config.json', 'cases/open.json'], W: [], kind: 'read' },
    { name: 'roster generate --year', args: x('roster', 'generate', '--year', '2026', '--force', '--out', (i) => path.join(outDir, `roster-${dir.length}-${i}.docx`)), R: ['config.json'], W: ['config.json'], kind: 'write' },
    { name: 'report monthly', args: x('report', 'monthly', '--month', '2026-10', '--out', (i) => path.join(outDir, `monthly-${dir.length}-${i}.docx`)), R: ['config.json', ...months(2026, 10), 'cases/2025/2025-10.json'], W: [], kind: 'read' },
    // the year is not over on BENCH_TODAY: 同期 counts last year's cases up to the same day (the summary's per-month
    // counts, and the month it ends in); of earlier years the five-year trend and 积案 read only the store summary
    // (here every earlier case that may be 积案 in 2026 was closed in 2026 with nothing more asked: counted by date)
    { name: 'report annual --json', args: x('report', 'annual', '--year', '2026', '--json'), R: annualReads, W: [], kind: 'read' },
    { name: 'report annual (.docx)', args: x('report', 'annual', '--year', '2026', '--out', (i) => path.join(outDir, `annual-${dir.length}-${i}.docx`)), R: annualReads, W: [], kind: 'read' },
  ];
}

const results = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, memGiB: Math.round(os.totalmem() / 2 ** 30) }, runs: RUNS, today: BENCH_TODAY, sizes: {} };
const node0 = measure(process.execPath, () => ['-e', '0']).median;
results.nodeStartMs = node0;
console.log(`bare node start-up: ${node0.toFixed(0)} ms (median of ${RUNS})`);

for (const size of SIZES) {
  const dir = path.join(storesDir, String(size));
  if (!KEEP || !fs.existsSync(path.join(dir, 'config.json'))) {
    const t = Date.now();
    await generate(root, dir, size);
    console.log(`generated ${size} cases in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const rows = [];
  for (const c of commands(dir)) {
    let m;
    try {
      m = measure(process.execPath, c.args);
    } catch (e) {
      rows.push({ command: c.name, error: String(e.message).split('\n')[0] });
      continue;
    }
    const floor = c.kind === 'start' ? node0 : measure(process.execPath, () => [path.join(root, 'scripts/bench-floor.mjs'), dir, c.R.join(','), c.W.join(',')]).median;
    const bytes = c.R.reduce((s, rel) => s + (fs.existsSync(path.join(dir, rel)) ? fs.statSync(path.join(dir, rel)).size : 0), 0);
    rows.push({ command: c.name, kind: c.kind, medianMs: +m.median.toFixed(1), runsMs: m.runs.map((v) => +v.toFixed(1)), floorMs: +floor.toFixed(1), ratio: +(m.median / floor).toFixed(2), bytesRead: bytes });
  }
  results.sizes[size] = rows;
}

// current-period commands: cost at 100k ÷ cost at 10k
if (results.sizes[10000] && results.sizes[100000]) {
  results.scaling = results.sizes[100000].map((r, i) => ({ command: r.command, ratio100kTo10k: r.medianMs && results.sizes[10000][i].medianMs ? +(r.medianMs / results.sizes[10000][i].medianMs).toFixed(2) : null }));
}

fs.writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('command', 24)}${SIZES.map((s) => pad(`${s}: ms / floor / ratio`, 30)).join('')}`);
const names = results.sizes[SIZES[0]].map((r) => r.command);
for (const name of names) {
  const cells = SIZES.map((s) => {
    const r = results.sizes[s].find((x) => x.command === name);
    return pad(r.error ? `失败：${r.error.slice(0, 24)}` : `${r.medianMs} / ${r.floorMs} / ${r.ratio}×`, 30);
  });
  console.log(pad(name, 24) + cells.join(''));
}
if (results.scaling) {
  console.log('\n100k ÷ 10k:');
  for (const s of results.scaling) console.log(`  ${pad(s.command, 24)}${s.ratio100kTo10k ?? '-'}`);
}
console.log(`\nwritten: bench/results.json`);
