// xinfang roster swap|assign|export|upcoming|notified — changing one slot, the phone calendar, who to tell today.
import type { Command } from 'commander';
import { addDays, chineseMonthDay, parseDate, WEEKDAY_NAMES, weekday, yearOf } from '../../domain/common/dates.js';
import { dueNotices, leaderNoticesFor, type DueNotice } from '../../domain/reception/notices.js';
import { InputError } from '../../errors.js';
import { followSlot, slotsOfAwayLeaders } from '../../domain/reception/visit-follow.js';
import type { Visit } from '../../domain/reception/visit-model.js';
import type { Config, RuleKind } from '../../domain/model.js';
import { RULE_KINDS } from '../../domain/model.js';
import { assignSlot, swapLeader, type SlotEdit, type SlotSelector } from '../../domain/roster/edit.js';
import { parseTime } from '../../domain/roster/rule-parse.js';
import { rosterJson, rosterTitle, slotView, upcoming } from '../../domain/roster/view.js';
import { oneOf, parsePositiveInt } from '../../domain/common/text.js';
import { act, type Opts } from '../action.js';
import type { Ctx } from '../context.js';
import { outputPath, writeOutput } from '../output-file.js';
import { changeVisits, readVisits, warnStrandedBookings } from '../visit-session.js';
import { calendarFactory, periodFlags, periodOf, requireGenerated, rosterTemplate, slotTable } from '../roster-support.js';
import { msg } from '../messages.js';

function selector(dateRaw: string, o: Opts): SlotSelector {
  return {
    date: parseDate(dateRaw),
    kind: o.kind === undefined ? undefined : (oneOf(o.kind, RULE_KINDS, '--kind') as RuleKind),
    ruleId: o.rule === undefined ? undefined : parsePositiveInt(o.rule, '--rule', 1000),
  };
}

/** One slot edit in one change, with the day's 预约接访 bookings following the slot's new leader. */
async function editSlot(ctx: Ctx, what: string, edit: (config: Config) => SlotEdit): Promise<void> {
  const { e, config, moved } = await changeVisits(ctx, (visits, tx) => {
    const e = edit(tx.config);
    tx.config.roster = e.roster;
    const moved = followSlot(visits.year(yearOf(e.after.date)), e.before, e.after, ctx.today);
    if (moved.length) visits.touch(yearOf(e.after.date)); // written only when a booking changed
    tx.note(what, [`roster:${e.after.date}`, ...moved.map((v) => `visit:${v.id}`)]);
    return { e, config: tx.config, moved };
  });
  await reportEdit(ctx, e, config, moved);
}

async function reportEdit(ctx: Ctx, e: SlotEdit, config: Config, moved: Visit[]): Promise<void> {
  if (ctx.json) ctx.printJson({ ...slotView(e.after, config.leaders), visitsMoved: moved.map((v) => v.id) });
  const last = config.roster.changes[config.roster.changes.length - 1];
  ctx.done(`已修改 ${e.after.date}（${WEEKDAY_NAMES[e.after.weekday]}）${last.what}；原因：${last.reason}`);
  for (const v of moved) ctx.done(`预约 ${v.id}（${v.name}）随之改由${v.leader}接访`);
  if (moved.length) ctx.done(`请重新通知信访人：xinfang visit notify --date ${e.after.date}`);
  ctx.done(`如已发布安排表，请重新写出：xinfang roster doc --year ${e.after.date.slice(0, 4)} --force`);
  await warnStrandedBookings(ctx, config, e.after.date, e.after.date);
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
      await editSlot(ctx, '调换接访领导', (config) => swapLeader(config, sel, o.leader, o.reason, ctx.today, w));
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
      await editSlot(ctx, '指定接待安排', (config) => assignSlot(config, sel, fields, o.reason, ctx.today, w));
    }),
  );

  periodFlags(roster.command('export').description('把接待安排导出为 .ics 日历（可导入手机日历，提前2天提醒）'), '只导出这个月：2027-01，或 1–12 与 --year 同用')
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
    .description('近几天的接待安排，以及今天该通知谁：领导提前2个工作日、预约的信访人提前1个工作日，逾期未通知的排在最前')
    .option('--days <天数>', '看几天', '7')
    .action(
      act(async (ctx, o) => {
        const days = parsePositiveInt(o.days, '--days', 366);
        const { visits, config } = await readVisits(ctx);
        const cal = (await calendarFactory())(config);
        const u = upcoming(config, ctx.today, days, cal);
        const years = visits.span(ctx.today, addDays(ctx.today, 14));
        const notices = dueNotices(config, years.flatMap((y) => y.visits), years.flatMap((y) => y.leaderNotices), ctx.today, cal);
        if (ctx.json) return ctx.printJson({ ...u, notices });
        if (u.slots.length === 0) ctx.print(`${u.from} 至 ${u.to} 没有接待安排`);
        else {
          const t = slotTable(u.slots, [['通知领导', (s) => s.notifyOn]]);
          await ctx.table(t.head, t.rows);
        }
        if (notices.length === 0) ctx.print('今天没有需要通知的领导或信访人');
        for (const n of notices) ctx.print(noticeLine(n));
        if (notices.some((n) => n.who === '领导')) ctx.print('通知领导后记录：xinfang roster notified --date 接待日');
        if (notices.some((n) => n.who === '信访人')) ctx.print('书面通知信访人：xinfang visit notify --date 接待日');
        for (const { slot: s, reason } of slotsOfAwayLeaders(config, ctx.today, addDays(ctx.today, 14))) {
          ctx.warn(`${s.date} 的${s.kind}领导${s.leader}外出（${reason}），请调换：xinfang roster swap ${s.date} --leader 姓名 --reason ${reason}`);
        }
      }),
    );

  roster
    .command('notified')
    .description('记录已通知某个接待日的领导（提前2个工作日）')
    .requiredOption('--date <日期>', '接待日 YYYY-MM-DD')
    .action(
      act(async (ctx, o, args) => {
        ctx.requireNoArgs(args);
        const date = parseDate(o.date, '--date');
        const added = await changeVisits(ctx, (repo, tx) => {
          const doc = repo.touch(yearOf(date));
          const r = leaderNoticesFor(tx.config, date, doc.leaderNotices, ctx.today);
          if (r.added.length === 0 && r.already.length === 0) throw new InputError(msg('roster.notifyNoSlot', { date }));
          if (r.added.length === 0) throw new InputError(msg('roster.notifyAlready', { date, givenOn: r.already[0].givenOn }));
          doc.leaderNotices.push(...r.added);
          tx.note('通知接访领导', r.added.map((n) => `roster:${n.date}:${n.kind}`));
          return r.added;
        });
        if (ctx.json) ctx.printJson(added);
        ctx.done(`已记录：${date} ${added.map((n) => `${n.kind} ${n.leader}`).join('、')} 已于 ${ctx.today} 通知`);
      }),
    );
}

/** "逾期未通知（应于 1月13日）：领导 王强（局长，139…），1月15日（星期五）接访，会议室" */
function noticeLine(n: DueNotice): string {
  const when = n.overdue ? `逾期未通知（应于${chineseMonthDay(n.notifyOn)}）` : '今天请通知';
  const who = n.who === '领导' ? `领导 ${n.name}（${n.title || '领导'}${n.phone ? `，${n.phone}` : ''}）` : `信访人 ${n.name}（${n.phone}，预约 ${n.visitId}）`;
  return `${when}：${who}，${chineseMonthDay(n.date)}（${WEEKDAY_NAMES[weekday(n.date)]}）${n.kind}，${n.location}${n.time ? `，${n.time.split(' ').join('、')}` : ''}`;
}
