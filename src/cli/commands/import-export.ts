// xinfang import cases FILE | export cases — the case ledger (台账) as CSV or XLSX, with Chinese headers.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { badRowText, importOrder, planImport, type SheetRecord } from '../../domain/cases/import.js';
import { petitionKind } from '../../domain/cases/backlog.js';
import { ledgerTable } from '../../domain/cases/ledger.js';
import type { Case } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { act } from '../action.js';
import { casesOfPeriod, changeCases, deadlineCalendar, readCases } from '../case-session.js';
import type { Ctx } from '../context.js';
import { outputPath, writeOutput } from '../output-file.js';
import { progressBar } from '../progress.js';
import { checkCsvLimits, importLimits } from '../import-limits.js';
import { msg } from '../messages.js';

type Values = Record<string, string | boolean | undefined>;

function formatOf(file: string): 'csv' | 'xlsx' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new InputError(msg('cases.importExtension', { file, ext: ext || msg('common.none') }));
}

async function readSheet(file: string): Promise<SheetRecord[]> {
  const kind = formatOf(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(msg('cases.importUnreadable', { file, code: String((e as NodeJS.ErrnoException).code) }));
  }
  const limits = importLimits();
  if (kind === 'xlsx') return (await import('../../io/xlsx.js')).readXlsx(bytes, limits, file);
  checkCsvLimits(file, bytes.length, 0, limits);
  const { decodeText, parseCsv } = await import('../../io/csv.js');
  const records = parseCsv(decodeText(bytes));
  checkCsvLimits(file, bytes.length, records.length, limits);
  return records;
}

async function importCases(ctx: Ctx, file: string, o: Values): Promise<void> {
  const records = await readSheet(file);
  const config = await ctx.config();
  const today = ctx.today;
  const bar = progressBar('校验', Math.max(0, records.length - 1));
  const plan = planImport(records, { config, today, calendar: await deadlineCalendar(config) }, (n) => bar.tick(n));
  bar.finish();
  const skipBad = Boolean(o.skipBad);
  const refuse = (bad: typeof plan.bad, good: number) => {
    for (const b of bad) ctx.detail(badRowText(b));
    return new InputError(msg('cases.importHasBadRows', { count: bad.length, good }));
  };
  if (plan.bad.length && !skipBad) throw refuse(plan.bad, plan.good.length);

  const result = await changeCases(ctx, (repo, tx) => {
    const r = repo.importCases(importOrder(plan.good), skipBad);
    if (r.bad.length && !skipBad) throw refuse(r.bad, plan.good.length - r.bad.length);
    const nos = r.added.map((c) => c.no);
    tx.note(`导入信访件 ${nos.length} 件`, nos.length <= 50 ? nos.map((no) => `case:${no}`) : [`case:${nos[0]}…${nos[nos.length - 1]}`]);
    return r;
  });
  const skipped = [...plan.bad, ...result.bad].sort((a, b) => a.line - b.line);
  for (const b of skipped) ctx.warn(`已跳过 ${badRowText(b)}`);
  if (ctx.json) ctx.printJson({ imported: result.added.map((c) => c.no), skipped });
  const repeats = result.added.filter((c) => c.repeatOf.length).length;
  ctx.done(
    `已从 ${file} 导入信访件 ${result.added.length} 件${skipped.length ? `，跳过有错误的 ${skipped.length} 行` : ''}` +
      `${repeats ? `；其中 ${repeats} 件与此前信访件关联为重复信访` : ''}`,
  );
}

async function exportCases(ctx: Ctx, o: Values): Promise<void> {
  const { repo } = await readCases(ctx);
  const { cases, period } = casesOfPeriod(repo, o, ctx.today);
  const file = outputPath(o.out as string | undefined, `${period}信访件台账.xlsx`, Boolean(o.force));
  const kind = formatOf(file);
  const sorted = [...cases].sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.no.localeCompare(b.no, 'en', { numeric: true }));
  const showPii = Boolean(o.showPii);
  const linked = (c: Case) => c.repeatOf.map((no) => repo.findCase(no)).filter((x): x is Case => x !== null);
  const rows = ledgerTable(sorted, { showPii, kindOf: (c) => petitionKind(c, linked(c)) });
  const bar = progressBar('导出', rows.length - 1);
  const data =
    kind === 'xlsx'
      ? await (await import('../../io/xlsx.js')).writeXlsx(rows, `${period}台账`, (n) => bar.tick(n))
      : (await import('../../io/csv.js')).writeCsv(rows);
  bar.finish();
  writeOutput(file, data);
  if (ctx.json) ctx.printJson({ file, cases: sorted.length, showPii });
  ctx.done(`已导出 ${period}信访件 ${sorted.length} 件到 ${file}${showPii ? '（含完整个人信息，请妥善保管）' : '（信访人信息已脱敏，加 --show-pii 导出完整信息）'}`);
}

export function registerImportExport(program: Command): void {
  program
    .command('import')
    .description('导入数据')
    .command('cases <文件>')
    .description('从 CSV 或 XLSX 台账导入信访件（先逐行校验；有错误的行全部报出，除非 --skip-bad 否则不导入）')
    .option('--skip-bad', '跳过有错误的行，只导入正确的')
    .action(act((ctx, o, [file]) => importCases(ctx, file, o)));

  program
    .command('export')
    .description('导出数据')
    .command('cases')
    .description('导出信访件台账（CSV 或 XLSX，按 --out 的扩展名；信访人信息默认脱敏）')
    .option('--year <年份>', '登记年份（默认本年）')
    .option('--month <月份>', '只导出某月：2026-03，或 1–12 与 --year 同用')
    .option('--out <文件>', '输出文件 .xlsx 或 .csv（默认 out/YYYY年信访件台账.xlsx）')
    .option('--force', '覆盖已存在的文件')
    .option('--show-pii', '导出完整的姓名、电话、身份证号、住址')
    .action(act((ctx, o) => exportCases(ctx, o)));
}
