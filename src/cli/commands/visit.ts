// xinfang visit book|list|cancel|move — appointments (预约接访 onto a reception day, 约访 with a leader); notify is
// in visit-notify.ts.
import type { Command } from 'commander';
import { parseDate, yearOf } from '../../domain/common/dates.js';
import { monthOption } from '../../domain/common/month-option.js';
import { bookVisit, cancelVisit, moveVisit, visitYearOf } from '../../domain/reception/visit-book.js';
import type { Visit } from '../../domain/reception/visit-model.js';
import { UsageError } from '../../errors.js';
import { act } from '../action.js';
import type { Ctx } from '../context.js';
import { rosterTemplate } from '../roster-support.js';
import { readVisits, changeVisits } from '../visit-session.js';
import { registerVisitNotify } from './visit-notify.js';
import { msg } from '../messages.js';

/** The list's columns: 类型 and 信访件 only when they say something, so the table fits 80 columns. */
function visitTable(shown: Visit[]): { head: string[]; rows: string[][] } {
  const cols: [string, (v: Visit) => string][] = [
    ['编号', (v) => v.id],
    ['日期', (v) => v.date],
    ...(new Set(shown.map((v) => v.kind)).size > 1 ? [['类型', (v: Visit) => v.kind] as [string, (v: Visit) => string]] : []),
    ['领导', (v) => v.leader],
    ['信访人', (v) => v.name],
    ['电话', (v) => v.phone],
    ['人数', (v) => String(v.persons)],
    ['状态', (v) => v.status],
    ['通知', (v) => (v.noticeGiven ? '已通知' : '未通知')],
    ...(shown.some((v) => v.caseNo) ? [['信访件', (v: Visit) => v.caseNo ?? ''] as [string, (v: Visit) => string]] : []),
  ];
  return { head: cols.map(([h]) => h), rows: shown.map((v) => cols.map(([, f]) => f(v))) };
}

function said(ctx: Ctx, v: Visit, what: string): void {
  if (ctx.json) ctx.printJson(v);
  ctx.done(`${what} ${v.id}：${v.date} ${v.kind}，${v.leader}，${v.location}${v.time ? ` ${v.time}` : ''}；信访人 ${v.name}（${v.persons}人）`);
}

async function list(ctx: Ctx, o: Record<string, string | undefined>): Promise<void> {
  if (o.date !== undefined && (o.month !== undefined || o.year !== undefined)) throw new UsageError(msg('reception.dateAndMonth'));
  const { visits } = await readVisits(ctx);
  let shown: Visit[];
  let label: string;
  if (o.date !== undefined) {
    const d = parseDate(o.date, '--date');
    shown = visits.year(yearOf(d)).visits.filter((v) => v.date === d);
    label = d;
  } else {
    if (o.year !== undefined && o.month === undefined) throw new UsageError(msg('common.yearNeedsMonth'));
    const m = o.month === undefined ? ctx.today.slice(0, 7) : monthOption(o.month, o.year, ctx.today).iso;
    shown = visits.year(Number(m.slice(0, 4))).visits.filter((v) => v.date.startsWith(m));
    label = `${m} 月`;
  }
  shown.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  if (ctx.json) return ctx.printJson(shown);
  if (shown.length === 0) return ctx.print(`${label}没有预约`);
  const t = visitTable(shown);
  await ctx.table(t.head, t.rows);
}

export function registerVisit(program: Command): void {
  const visit = program.command('visit').description('预约接访与约访：预约、列表、取消、改期、书面通知');

  visit
    .command('book')
    .description('预约到某个领导接待日（或用 --kind 约访 约见领导），例如 visit book --date 2027-01-16 --name 张三 --phone 13800138000 --summary 学位问题')
    .requiredOption('--date <日期>', '接访日期 YYYY-MM-DD（今天或以后）')
    .option('--leader <姓名>', '选择接访领导（默认当天的接访领导）')
    .requiredOption('--name <姓名>', '信访人姓名')
    .requiredOption('--phone <电话>', '联系电话（发通知用）')
    .requiredOption('--summary <摘要>', '反映的问题')
    .option('--persons <人数>', '来访人数（默认 1；多人请推选不超过5名代表）')
    .option('--representatives <姓名>', '推选的代表（超过 5 人时，不超过 5 名，用逗号或顿号分隔；登记信访件时带入）')
    .option('--kind <类型>', '预约接访（默认，排在接待日）或 约访（领导另约时间，须 --leader）')
    .option('--location <地点>', '约访地点（默认为安排表模板中的接待地点）')
    .option('--time <时间>', '约访时间，如 "9:00-10:00"')
    .action(
      act(async (ctx, o, args) => {
        ctx.requireNoArgs(args);
        const defaults = rosterTemplate().defaults;
        const year = yearOf(parseDate(o.date, '--date'));
        const { visit: v, warnings } = await changeVisits(ctx, (visits, tx, cal) => {
          const booked = bookVisit(tx.config, visits.touch(year), o, ctx.today, cal, defaults);
          tx.note('预约接访', [`visit:${booked.visit.id}`]);
          return booked;
        });
        said(ctx, v, '已预约');
        for (const w of warnings) ctx.warn(w);
        ctx.done(`来访当天登记：xinfang case add --visit ${v.id}`);
      }),
    );

  visit
    .command('list')
    .description('列出某天或某月的预约（默认本月）')
    .option('--date <日期>', '某一天 YYYY-MM-DD')
    .option('--month <月份>', '某个月：2027-01，或 1–12 与 --year 同用')
    .option('--year <年份>', '与 --month 1–12 同用的年份')
    .action(act((ctx, o, args) => (ctx.requireNoArgs(args), list(ctx, o))));

  visit
    .command('cancel <编号>')
    .description('取消预约，并记录原因')
    .requiredOption('--reason <原因>', '取消原因')
    .action(
      act(async (ctx, o, [id]) => {
        const year = visitYearOf(id);
        const v = await changeVisits(ctx, (visits, tx) => {
          const c = cancelVisit(visits.touch(year), id, o.reason, ctx.today);
          tx.note('取消预约', [`visit:${c.id}`]);
          return c;
        });
        said(ctx, v, '已取消预约');
      }),
    );

  visit
    .command('move <编号>')
    .description('预约改期（同一年内），书面通知需重新发出')
    .requiredOption('--date <日期>', '新的日期 YYYY-MM-DD')
    .requiredOption('--reason <原因>', '改期原因')
    .option('--leader <姓名>', '改由哪位领导接访（默认新日期的接访领导）')
    .action(
      act(async (ctx, o, [id]) => {
        const year = visitYearOf(id);
        const v = await changeVisits(ctx, (visits, tx, cal) => {
          const m = moveVisit(tx.config, visits.touch(year), id, o, ctx.today, cal);
          tx.note('预约改期', [`visit:${m.id}`]);
          return m;
        });
        said(ctx, v, '已改期');
        ctx.done(`请重新通知信访人：xinfang visit notify --date ${v.date}`);
      }),
    );

  registerVisitNotify(visit);
}
