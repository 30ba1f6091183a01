// Builds a synthetic store of N cases over ten years (2017–2026) through the project's own store code
// (dist/store), the same way the CLI writes it. Deterministic: a seeded generator.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
export const BENCH_TODAY = '2026-11-20';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** The organisation part: the demo bureau's configuration. */
function orgConfig(root) {
  return JSON.parse(fs.readFileSync(path.join(root, 'data', 'demo', 'config.json'), 'utf8'));
}

export async function generate(root, dir, total) {
  const { Store, SCHEMA_VERSION } = await import(path.join(root, 'dist/store/index.js'));
  const { CasesRepo } = await import(path.join(root, 'dist/store/cases-repo.js'));
  fs.rmSync(dir, { recursive: true, force: true });
  const config = orgConfig(root);
  // created as `init` creates a store (current format, with its secret), holding the demo's organisation
  const store = Store.create(dir, { ...config, schemaVersion: SCHEMA_VERSION }, { command: 'bench generate', today: BENCH_TODAY });
  const rand = rng(total);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const regions = config.units.filter((u) => u.kind !== '科室').map((u) => u.name);
  const offices = config.units.filter((u) => u.kind === '科室').map((u) => u.name);
  const leaders = config.leaders.map((l) => l.name);
  const cats = config.categories.map((c) => c.name);
  const sources = config.sources.map((s) => s.name);
  const perYear = Math.floor(total / YEARS.length);
  for (const year of YEARS) {
    const n = year === YEARS[YEARS.length - 1] ? total - perYear * (YEARS.length - 1) : perYear;
    const lastMonth = year === 2026 ? 11 : 12;
    store.transaction({ command: 'bench generate', today: BENCH_TODAY }, (tx) => {
      const repo = new CasesRepo(tx, dir, config.settings.caseNumberFormat, tx);
      const days = [];
      for (let i = 0; i < n; i++) {
        const m = 1 + Math.floor((i * lastMonth) / n);
        const d = 1 + Math.floor(rand() * (year === 2026 && m === 11 ? 19 : 28));
        days.push(`${year}-${pad(m)}-${pad(d)}`);
      }
      days.sort();
      for (const received of days) {
        const open = year === 2026 && received >= '2026-08-01' && rand() < 0.6;
        const accepted = addDaysISO(received, 3);
        const closedDate = open ? null : addDaysISO(accepted, 10 + Math.floor(rand() * 50));
        const person = Math.floor(rand() * total * 0.7);
        repo.addCase({
          no: '',
          receivedDate: received,
          channel: pick(['来信', '来访', '网上', '来电']),
          source: pick(sources),
          docNo: '',
          petitioner: { name: `信访人${person}`, phone: `139${pad(person, 8)}`, idNumber: '', address: `${pick(regions)}某小区` },
          persons: 1 + (rand() < 0.1 ? Math.floor(rand() * 4) : 0),
          region: pick(regions),
          category: pick(cats),
          tags: [pick(['违规收费', '校车安全', '招生入学', '教师工资', '校园欺凌', '食堂管理'])],
          summary: '反映学校有关问题，要求核实处理',
          demands: '依法依规处理',
          reception: null,
          repeatOf: [],
          status: open ? '办理中' : '已办结',
          acceptedDate: accepted,
          rejectReason: '',
          unit: pick(offices),
          leader: pick(leaders),
          dueDate: addDaysISO(accepted, 60),
          extension: null,
          closedDate,
          result: open ? null : pick(['解决', '部分解决', '解释疏导', '不予支持']),
          replyDate: closedDate,
          satisfaction: null,
          history: [
            { date: received, action: '登记', note: '' },
            { date: accepted, action: '受理', note: '' },
            ...(closedDate ? [{ date: closedDate, action: '办结', note: '' }] : []),
          ],
        });
      }
      repo.flush();
    });
  }
  // generation history is not part of the benchmark
  fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'journal.jsonl'), { force: true });
  execFileSync(process.execPath, [path.join(root, 'bin/xinfang'), '--data', dir, '--today', BENCH_TODAY, 'status'], { stdio: 'ignore' });
}

function addDaysISO(d, n) {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
