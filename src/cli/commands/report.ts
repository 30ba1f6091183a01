// xinfang report monthly|annual — the 信访工作情况月报 and the statistics of the annual 信访工作总结: one model,
// shown as tables and text, written as .docx (default), or given as --json / --csv.
import type { Command } from 'commander';
import { parseYear, previousMonth } from '../../domain/common/dates.js';
import { monthOption } from '../../domain/common/month-option.js';
import type { Case, Config } from '../../domain/model.js';
// the report models are imported here, not on demand: this file is itself loaded only for `report`, and each
// module imported on demand is one more file to resolve and load while the command runs
import { buildAnnualReport } from '../../domain/reports/annual.js';
import { buildMonthlyReport } from '../../domain/reports/monthly.js';
import { monthlyNarrative } from '../../domain/reports/monthly-narrative.js';
import { annualNarrative, type Narrative } from '../../domain/reports/narrative.js';
import { annualPeriods, type ReportPeriod } from '../../domain/reports/period.js';
import { annualTables, monthlyTables, type StatTable } from '../../domain/reports/tables.js';
import { TREND_YEARS } from '../../domain/reports/trend.js';
import { loadTemplate } from '../../render/templates.js';
import { backlogCandidates } from '../../store/year-backlog.js';
import { Wording } from '../../domain/common/wording.js';
import { UsageError } from '../../errors.js';
import { act, type Opts } from '../action.js';
import { deadlineCalendar, readCases } from '../case-session.js';
import { dayRecords } from '../visit-session.js';
import type { Ctx } from '../context.js';
import { outputPath, writeOutput } from '../output-file.js';
import { msg } from '../messages.js';

/**
 * The month's year and the one before, whole: besides 同比, the monthly report counts last year's cases closed or
 * overdue in the month (whenever received), which only their records tell. Older years are never read.
 */
async function loadYears(ctx: Ctx, year: number): Promise<{ config: Config; cases: Case[]; previousYearCases: Case[] | null }> {
  const { repo, config } = await readCases(ctx);
  const previous = repo.casesOfYear(year - 1);
  return { config, cases: repo.casesOfYear(year), previousYearCases: previous.length ? previous : null };
}

/**
 * The year's cases and, for 同比, the previous year's: of a complete year only its counts per source (kept in its
 * index); while the year is not over, its counts up to the same day (kept per month in its index, the last month read),
 * or, from an index without them, its cases up to that day, so only its month files up to that month are read.
 * Of the years before, for the five-year trend, only the received and 办结 counts the store summary keeps; for 积案,
 * the summary names the month files holding cases that may be backlog (year-backlog.ts), and only those are read;
 * cases closed in a later year with nothing more asked are counted by their close date without being read.
 */
async function loadAnnual(ctx: Ctx, year: number, previous: ReportPeriod) {
  const { repo, config } = await readCases(ctx);
  const cases = repo.casesOfYear(year);
  const earlierYears = Array.from({ length: TREND_YEARS - 1 }, (_, i) => year - TREND_YEARS + 1 + i).map((y) => ({ year: y, ...repo.pastTotals(y) }));
  const { cases: earlierCases, closings: earlierClosings } = backlogCandidates(repo, year);
  const earlier = { earlierYears, earlierCases, earlierClosings };
  if (previous.complete) return { config, cases, ...earlier, previousYearBySource: repo.pastBySource(year - 1) };
  // the same period of last year: counts per source kept in its index, else its month files up to the same month
  const previousPeriodBySource = repo.pastBySourceUpTo(year - 1, previous.to);
  if (previousPeriodBySource) return { config, cases, ...earlier, previousPeriodBySource };
  const months = repo.monthsOf(year - 1).filter((m) => m <= previous.to.slice(0, 7));
  return { config, cases, ...earlier, previousYearCases: months.flatMap((m) => repo.casesOfMonth(m)) };
}

function template(name: 'report-annual' | 'report-monthly'): unknown {
  return loadTemplate<unknown>(name);
}

const SIGNED_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

/** --json and --csv go to stdout, or to --out; --xlsx writes the tables as a workbook; the default writes the .docx and shows the figures. */
async function deliver(
  ctx: Ctx,
  o: Opts,
  model: unknown,
  view: { narrative: Narrative & { subtitle?: string }; tables: StatTable[]; fileName: string },
  docx: () => Promise<Buffer>,
): Promise<void> {
  if (ctx.json && o.csv) throw new UsageError(msg('reports.jsonAndCsv'));
  if (o.xlsx && (ctx.json || o.csv)) throw new UsageError(msg('reports.xlsxWithOthers'));
  if (o.xlsx) {
    const file = outputPath(o.out, view.fileName.replace(/\.docx$/i, '') + '.xlsx', Boolean(o.force));
    const { statTablesXlsx } = await import('../../render/report-xlsx.js');
    writeOutput(file, await statTablesXlsx(view.tables));
    return ctx.done(`已生成 ${file}`);
  }
  if (ctx.json || o.csv) {
    const text = ctx.json ? `${JSON.stringify(model, null, 2)}\n` : await csvText(view.tables);
    if (!o.out) return void process.stdout.write(text);
    const file = outputPath(o.out, '', Boolean(o.force));
    writeOutput(file, text);
    return ctx.done(`已生成 ${file}`);
  }
  const file = outputPath(o.out, view.fileName, Boolean(o.force));
  await printView(ctx, view);
  writeOutput(file, await docx());
  ctx.done(`已生成 ${file}`);
}

async function csvText(tables: StatTable[]): Promise<string> {
  const [{ writeCsv }, { neutralizeCell }] = await Promise.all([import('../../io/csv.js'), import('../../domain/cases/ledger.js')]);
  // names typed by the office (categories, regions, sources) may start like a formula: a spreadsheet must not run them
  const cell = (s: string) => (SIGNED_NUMBER.test(s) ? s : neutralizeCell(s));
  return writeCsv(tables.flatMap((t, i) => [...(i ? [[]] : []), [t.title], t.columns.map((c) => c.header), ...t.rows.map((r) => r.map(cell))]));
}

async function printView(ctx: Ctx, view: { narrative: Narrative & { subtitle?: string }; tables: StatTable[] }): Promise<void> {
  const { wrapText } = await import('../../render/table.js');
  const { narrativeLines } = await import('../../render/report-text.js');
  // wrapped to the terminal; piped or redirected, one line per paragraph so it can be searched and pasted
  const width = process.stdout.isTTY ? Math.min(100, process.stdout.columns) : 0;
  for (const line of narrativeLines(view.narrative)) ctx.print(width ? wrapText(line, width) : line);
  for (const t of view.tables) {
    ctx.print(`\n${t.title}`);
    const shown = t.columns.flatMap((c, i) => (c.wide ? [] : [i]));
    const head = shown.map((i) => t.columns[i].header);
    const rows = t.rows.map((r) => shown.map((i) => r[i]));
    // a one-row table with many columns (the months) reads better standing up on a terminal
    if (rows.length === 1 && head.length > 8) await ctx.table([head[0], rows[0][0]], head.slice(1).map((h, i) => [h, rows[0][i + 1]]));
    else await ctx.table(head, rows);
  }
}

async function annual(ctx: Ctx, o: Opts): Promise<void> {
  const year = o.year === undefined ? Number(ctx.today.slice(0, 4)) : parseYear(o.year, '--year');
  const { config, cases, ...previousYear } = await loadAnnual(ctx, year, annualPeriods(year, ctx.today).previous);
  const calendar = await deadlineCalendar(config);
  const t = template('report-annual');
  const w = new Wording(t, 'report-annual.json');
  const groupOrder = w.list('groupOrder');
  const report = buildAnnualReport({
    year, config, cases, ...previousYear, calendar, today: ctx.today, asOf: ctx.today, receptionRecords: await dayRecords(ctx, year), groupOrder,
    hotTopicLimit: w.number('hotTopicCount', 7),
  });
  const fileName = w.text('fileName', { year, org: config.org.name });
  await deliver(ctx, o, report, { narrative: annualNarrative(report, t), tables: annualTables(report, t), fileName }, async () => {
    const { annualOfficialDoc } = await import('../../render/report-docx.js');
    const { renderOfficialDocx } = await import('../../render/docx/official.js');
    return renderOfficialDocx(annualOfficialDoc(report, t, config.org.issuer || config.org.name, ctx.today));
  });
  warnUnrecorded(ctx, report.receptions.unrecorded);
}

/** Past reception days never closed are not counted as held: say which, so the clerk can record them. */
function warnUnrecorded(ctx: Ctx, days: { date: string }[] | undefined): void {
  if (!days?.length) return;
  const dates = [...new Set(days.map((d) => d.date))];
  ctx.warn(`${dates.length} 个接待日还没有记录，未计入接访天数：${dates.slice(0, 6).join('、')}${dates.length > 6 ? ' 等' : ''}；请用 xinfang reception close --date 日期 记录后重新生成`);
}

async function monthly(ctx: Ctx, o: Opts): Promise<void> {
  if (o.year !== undefined && o.month === undefined) throw new UsageError(msg('common.yearNeedsMonth'));
  const month = o.month === undefined ? previousMonth(ctx.today.slice(0, 7)) : monthOption(o.month, o.year, ctx.today).iso;
  const year = Number(month.slice(0, 4));
  const { config, cases, previousYearCases } = await loadYears(ctx, year);
  const calendar = await deadlineCalendar(config);
  const report = buildMonthlyReport({ month, config, cases, previousYearCases, calendar, asOf: ctx.today, receptionRecords: await dayRecords(ctx, year) });
  const t = template('report-monthly');
  const fileName = new Wording(t, 'report-monthly.json').text('fileName', { year, month: Number(month.slice(5)), org: config.org.name });
  await deliver(ctx, o, report, { narrative: monthlyNarrative(report, t), tables: monthlyTables(report, t), fileName }, async () => {
    const { monthlyOfficialDoc } = await import('../../render/report-docx.js');
    const { renderOfficialDocx } = await import('../../render/docx/official.js');
    return renderOfficialDocx(monthlyOfficialDoc(report, t, config.org.issuer || config.org.name, ctx.today));
  });
  warnUnrecorded(ctx, report.receptions.unrecorded);
}

export function registerReport(program: Command): void {
  const report = program.command('report').description('统计报表：信访工作情况月报、年度信访工作总结');
  const outputs = (c: Command, docName: string) =>
    c
      .option('--out <文件>', `输出文件（默认 out/${docName}；与 --json/--csv 同用时写入该文件）`)
      .option('--csv', '以 CSV 输出统计表（可用 Excel 打开）')
      .option('--xlsx', '以 Excel 工作簿输出统计表（每个附表一个工作表，默认 out/ 下同名 .xlsx）')
      .option('--force', '覆盖已存在的文件');

  outputs(
    report.command('monthly').description('信访工作情况月报：本月收到、办理、超期、领导接访，累计与环比同比').option('--month <月份>', '月份：2027-01，或 1–12 与 --year 同用（默认上个月）').option('--year <年份>', '与 --month 1–12 同用的年份'),
    'YYYY年M月信访工作情况月报.docx',
  ).action(act((ctx, o, args) => (ctx.requireNoArgs(args), monthly(ctx, o))));

  outputs(
    report.command('annual').description('年度信访工作总结（统计部分）：按来源、地区、问题类别，办结率，同比，领导接访').option('--year <年份>', '年份（默认今年；年度未结束时统计到今天，与上年同期比较）'),
    'YYYY年<单位>信访工作总结.docx',
  ).action(act((ctx, o, args) => (ctx.requireNoArgs(args), annual(ctx, o))));
}
