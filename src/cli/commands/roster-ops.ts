// xinfang roster swap|assign|export|upcoming — changing one slot, the phone calendar, and who to tell today.
import { titledName } from '../../domain/names.js';
import type { Command } from 'commander';
import { chineseMonthDay, parseDate, WEEKDAY_NAMES } from '../../domain/dates.js';
import type { Config, RuleKind } from '../../domain/model.js';
import { RULE_KINDS } from '../../domain/model.js';
import { assignSlot, swapLeader, type SlotEdit, type SlotSelector } from '../../domain/roster-edit.js';
import { parseTime } from '../../domain/roster-rule-parse.js';
import { rosterJson, rosterTitle, slotView, upcoming } from '../../domain/roster-view.js';
import { oneOf, parsePositiveInt } from '../../domain/text.js';
import { act, type Opts } from '../action.js';
import type { Ctx } from '../context.js';
import { outputPath, writeOutput } from '../output-file.js';
import { calendarFactory, periodFlags, periodOf, requireGenerated, rosterTemplate, slotTable } from '../roster-support.js';

function selector(dateRaw: string, o: Opts): SlotSelector {
  return {
    date: parseDate(dateRaw),
    kind: o.kind === undefined ? undefined : (oneOf(o.kind, RULE_KINDS, '--kind') as RuleKind),
    ruleId: o.rule === undefined ? undefined : parsePositiveInt(o.rule, '--rule', 1000),
  };
}

function reportEdit(ctx: Ctx, e: SlotEdit, config: Config): void {
  if (ctx.json) ctx.printJson(slotView(e.after, config.leaders));
  const last = config.roster.changes[config.roster.changes.length - 1];
  ctx.done(`已修改 ${e.after.date}（${WEEKDAY_NAMES[e.after.weekday]}）${last.what}；原因：${last.reason}`);
  ctx.done(`如已发布安排表，请重新写出：xinfang roster doc --year ${e.after.date.slice(0, 4)} --force`);
}

const withSlotOptions = (c: Command) =>
  c.option('--kind <类型>', '当天有多项安排时：接访 或 下访').option('--rule <编号>', '当天有多项同类安排时：规则编号');

export function registerRosterOps(roster: Command): void {
  withSlotOptions(
    roster
      .command('swap <日期>')
      .description('调换某个接待日的领导，并记录原因，例如 swap 2027-03-16 --leader 王强 --reason 外出开会')
      .requiredOption('--leader <姓名>', '改由哪位领导接待')
      .requiredOption('--reason <原因>', '调换原因'),
  ).action(
    act(async (ctx, o, [date]) => {
      const sel = selector(date, o);
      const w = rosterTemplate().wording;
      const { edit, config } = await ctx.mutate((tx) => {
        const e = swapLeader(tx.config, sel, o.leader, o.reason, ctx.today, w);
        tx.config.roster = e.roster;
        tx.note('调换接访领导', [`roster:${e.after.date}`]);
        return { edit: e, config: tx.config };
      });
      reportEdit(ctx, edit, config);
    }),
  );

  withSlotOptions(
    roster
      .command('assign <日期>')
      .description('指定某个接待日的领导、信访干部、地点或时间（如领导均外出而待指定的日子）')
      .option('--leader <姓名>', '接待领导')
      .option('--staff <姓名>', '信访干部，多人用逗号分隔')
      .option('--location <地点>', '接待地点')
      .option('--time <时间>', '接待时间，如 "8:30-12:00,14:30-17:30"')
      .option('--reason <原因>', '原因（默认“指定”）'),
  ).action(
    act(async (ctx, o, [date]) => {
      const sel = selector(date, o);
      const w = rosterTemplate().wording;
      const fields = {
        leader: o.leader,
        staff: o.staff === undefined ? undefined : String(o.staff).split(/[,，、\s]+/).filter(Boolean),
        location: o.location,
        time: o.time === undefined ? undefined : parseTime(o.time),
      };
      const { edit, config } = await ctx.mutate((tx) => {
        const e = assignSlot(tx.config, sel, fields, o.reason, ctx.today, w);
        tx.config.roster = e.roster;
        tx.note('指定接待安排', [`roster:${e.after.date}`]);
        return { edit: e, config: tx.config };
      });
      reportEdit(ctx, edit, config);
    }),
  );

  periodFlags(roster.command('export').description('把接待安排导出为 .ics 日历（可导入手机日历，提前2天提醒）'), '只导出这个月（1–12）')
    .option('--ics <文件>', '日历文件（默认 out/<年份>年领导信访接待日.ics）')
    .option('--force', '覆盖已有文件')
    .action(
      act(async (ctx, o) => {
        const p = periodOf(o, ctx.today);
        const config = await ctx.config();
        requireGenerated(config, p, '不导出日历');
        const { slots } = rosterJson(config, p);
        const tpl = rosterTemplate();
        const name = rosterTitle(config.org.name, p, tpl.document).replace(/安排表$/, '');
        const file = outputPath(o.ics, `${name}.ics`, Boolean(o.force));
        const { rosterIcs } = await import('../../render/ics.js');
        writeOutput(file, rosterIcs(slots, { calendarName: name, org: config.org.name, stamp: ctx.today, dayName: tpl.wording.dayName }));
        if (ctx.json) ctx.printJson({ file, events: slots.length });
        ctx.done(`已导出 ${slots.length} 个接待日到 ${file}`);
      }),
    );

  roster
    .command('upcoming')
    .description('近几天的接待安排，以及今天该通知哪位领导（提前2天通知）')
    .option('--days <天数>', '看几天', '7')
    .action(
      act(async (ctx, o) => {
        const days = parsePositiveInt(o.days, '--days', 366);
        const config = await ctx.config();
        const u = upcoming(config, ctx.today, days, (await calendarFactory())(config));
        if (ctx.json) return ctx.printJson(u);
        const who = (s: (typeof u.slots)[number]) => (s.leader ? `${titledName(s.leader.name, s.leader.title)}${s.leader.phone ? `（${s.leader.phone}）` : ''}` : '待指定');
        if (u.slots.length === 0) ctx.print(`${u.from} 至 ${u.to} 没有接待安排`);
        else {
          const t = slotTable(u.slots, [['通知领导', (s) => s.notifyOn]]);
          await ctx.table(t.head, t.rows);
        }
        if (u.notifyToday.length === 0) ctx.print('今天没有需要通知的领导');
        for (const s of u.notifyToday) {
          ctx.print(`今天请通知：${who(s)}，${chineseMonthDay(s.date)}（${WEEKDAY_NAMES[s.weekday]}）${s.kind}，${s.location}${s.time ? `，${s.time.split(' ').join('、')}` : ''}`);
        }
      }),
    );
}
