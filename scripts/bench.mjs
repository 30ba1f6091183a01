#!/usr/bin/env node
// `npm run bench`: synthetic stores of 1,000, 10,000 and 100,000 cases over ten years; each command timed as a
// whole process (median of RUNS after a warm-up) beside its floors measured in the same run.
// The daily commands are timed a second time against a PostgreSQL copy of the 10,000 and 100,000 stores
// (bench-pg.mjs), each run beside a run on the folder, alternately, so that both see the same machine.
// Options: --sizes 1000,10000 --runs 5 --keep (reuse stores generated earlier) --pg-sizes 10000 (or none).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY, generate } from './bench-gen.mjs';
import { pgCopyOf, pgServer } from './bench-pg.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'xinfang');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '5'));
const KEEP = process.argv.includes('--keep');
const PG_SIZES = arg('pg-sizes', '10000,100000').split(',').map(Number).filter((n) => SIZES.includes(n));
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
  return stats(runs);
}

const stats = (runs) => ({ median: median(runs), runs, min: Math.min(...runs), max: Math.max(...runs) });

/** Two commands timed in turns (a, b, then b, a …), so that a noisy machine weighs on both alike. */
function measurePair(cmd, aFor, bFor) {
  time(cmd, aFor(-1));
  time(cmd, bFor(-1));
  const [a, b] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) b.push(time(cmd, bFor(i)));
    a.push(time(cmd, aFor(i)));
    if (!(i % 2)) b.push(time(cmd, bFor(i)));
  }
  return [stats(a), stats(b)];
}

const row = (m) => ({ medianMs: +m.median.toFixed(1), minMs: +m.min.toFixed(1), maxMs: +m.max.toFixed(1), runsMs: m.runs.map((v) => +v.toFixed(1)) });

const months = (y, to = 12) => Array.from({ length: to }, (_, i) => `cases/${y}/${y}-${String(i + 1).padStart(2, '0')}.json`);

/** A case of October 2026 to show: the first of its month file. */
function caseToShow(dir) {
  const text = fs.readFileSync(path.join(dir, 'cases/2026/2026-10.json'), 'utf8');
  return JSON.parse(text).cases[0].no;
}

/**
 * What each command must read (R) and write (W), by the store layout; the floor reads/writes exactly these.
 * `where` is ['--data', dir] or ['--store', url]; `daily` marks the commands timed on both backends.
 */
function commands(dir, where = ['--data', dir], label = where[0] === '--store' ? 'pg' : 'dir') {
  const shards = fs.existsSync(path.join(dir, 'cases/people')) ? fs.readdirSync(path.join(dir, 'cases/people')).slice(0, 2).map((f) => `cases/people/${f}`) : [];
  const addW = ['cases/2026/index.json', 'cases/2026/2026-11.json', 'cases/open.json', 'cases/summary.json', ...shards];
  const x = (...a) => (i) => [bin, ...where, '--today', BENCH_TODAY, ...a.map((v) => (typeof v === 'function' ? v(i) : v))];
  const shown = caseToShow(dir);
  const tag = `${label}-${dir.length}`; // output files apart per store and backend
  const annualR = ['config.json', ...months(2026, 11), 'cases/2025/2025-11.json', 'cases/summary.json'];
  return [
    { name: '--version', args: () => [bin, '--version'], R: [], W: [], kind: 'start' },
    { name: '--help', args: () => [bin, '--help'], R: [], W: [], kind: 'start' },
    {
      name: 'case add',
      args: x('case', 'add', '--date', '2026-11-20', '--channel', '来信', '--source', '本级受理', '--name', (i) => `基准测试${i + 2}`, '--phone', '13900000000', '--region', '海滨区', '--category', '教育收费', '--summary', '基准测试登记', '--yes'),
      R: ['config.json', ...addW],
      W: addW,
      kind: 'write',
      daily: true,
    },
    { name: 'case list --month', args: x('case', 'list', '--month', '2026-11'), R: ['config.json', 'cases/2026/2026-11.json'], W: [], kind: 'read', daily: true },
    { name: 'case due', args: x('case', 'due'), R: ['config.json', 'cases/open.json'], W: [], kind: 'read', daily: true },
    { name: 'case show', args: x('case', 'show', shown), R: ['config.json', 'cases/2026/index.json', 'cases/2026/2026-10.json'], W: [], kind: 'read', daily: true },
    { name: 'roster generate --year', args: x('roster', 'generate', '--year', '2026', '--force', '--out', (i) => path.join(outDir, `roster-${tag}-${i}.docx`)), R: ['config.json'], W: ['config.json'], kind: 'write' },
    { name: 'report monthly', args: x('report', 'monthly', '--month', '2026-10', '--out', (i) => path.join(outDir, `monthly-${tag}-${i}.docx`)), R: ['config.json', ...months(2026, 10), 'cases/2025/2025-10.json'], W: [], kind: 'read', daily: true },
    // the year is not over on BENCH_TODAY: 同期 counts last year's cases up to the same day (the summary's per-month
    // counts, and the month it ends in); of earlier years the five-year trend and 积案 read only the store summary
    // (here every earlier case that may be 积案 in 2026 was closed in 2026 with nothing more asked: counted by date)
    { name: 'report annual --json', args: x('report', 'annual', '--year', '2026', '--json'), R: annualR, W: [], kind: 'read', daily: true },
    { name: 'report annual (.docx)', args: x('report', 'annual', '--year', '2026', '--out', (i) => path.join(outDir, `annual-${tag}-${i}.docx`)), R: annualR, W: [], kind: 'read' },
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
    rows.push({ command: c.name, kind: c.kind, medianMs: +m.median.toFixed(1), minMs: +m.min.toFixed(1), maxMs: +m.max.toFixed(1), runsMs: m.runs.map((v) => +v.toFixed(1)), floorMs: +floor.toFixed(1), ratio: +(m.median / floor).toFixed(2), bytesRead: bytes });
  }
  results.sizes[size] = rows;
}

// current-period commands: cost at 100k ÷ cost at 10k
if (results.sizes[10000] && results.sizes[100000]) {
  results.scaling = results.sizes[100000].map((r, i) => ({ command: r.command, ratio100kTo10k: r.medianMs && results.sizes[10000][i].medianMs ? +(r.medianMs / results.sizes[10000][i].medianMs).toFixed(2) : null }));
}

// the daily commands against a PostgreSQL copy of the same stores: a server round trip replaces each file read
if (PG_SIZES.length) {
  const server = await pgServer(root);
  if (server.skipped) {
    results.pg = { skipped: server.skipped };
    console.log(`PostgreSQL column skipped: ${server.skipped}`);
  } else {
    results.pg = { server: server.note, sizes: {} };
    try {
      for (const size of PG_SIZES) {
        const dir = path.join(storesDir, String(size));
        const { url, copyMs } = await pgCopyOf(root, server, dir, size);
        console.log(`store copy of ${size} cases into PostgreSQL: ${(copyMs / 1000).toFixed(1)} s`);
        const rows = [];
        const onFolder = commands(dir, ['--data', dir], 'paired').filter((c) => c.daily);
        for (const c of commands(dir, ['--store', url]).filter((c) => c.daily)) {
          try {
            const [f, p] = measurePair(process.execPath, onFolder.find((x) => x.name === c.name).args, c.args);
            rows.push({ command: c.name, folder: row(f), postgres: row(p) });
          } catch (e) {
            rows.push({ command: c.name, error: String(e.message).split('\n')[0] });
          }
        }
        results.pg.sizes[size] = { copyMs: Math.round(copyMs), rows };
      }
    } finally {
      server.stop();
    }
  }
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
if (results.pg?.sizes) {
  const span = (r) => (r ? (r.error ? `失败：${r.error.slice(0, 20)}` : `${r.medianMs} (${r.minMs}–${r.maxMs})`) : '-');
  const pgSizes = Object.keys(results.pg.sizes).map(Number);
  console.log(`\ndaily commands, median (min–max) ms, folder and PostgreSQL in turns (${results.pg.server}):`);
  console.log(pad('command', 24) + pgSizes.map((s) => pad(`${s} folder`, 24) + pad(`${s} PostgreSQL`, 24) + pad('pg÷folder', 11)).join(''));
  for (const name of results.pg.sizes[pgSizes[0]].rows.map((r) => r.command)) {
    const cells = pgSizes.map((s) => {
      const r = results.pg.sizes[s].rows.find((x) => x.command === name);
      const [f, p] = r?.error ? [r, r] : [r?.folder, r?.postgres];
      const ratio = f?.medianMs && p?.medianMs ? `${(p.medianMs / f.medianMs).toFixed(2)}×` : '-';
      return pad(span(f), 24) + pad(span(p), 24) + pad(ratio, 11);
    });
    console.log(pad(name, 24) + cells.join(''));
  }
}
fs.rmSync(outDir, { recursive: true, force: true });
console.log(`\nwritten: bench/results.json`);
