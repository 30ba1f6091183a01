// xinfang reception log|close — the record of a reception day: who received, the bookings, the visits registered,
// 批次 and 人次; closing it as held (or not held, with the reason).
import type { Command } from 'commander';
import { parseDate, WEEKDAY_NAMES, yearOf } from '../../domain/common/dates.js';
import { closeDay, dayLog, type DayLog } from '../../domain/reception/reception-day.js';
import { act } from '../action.js';
import type { Ctx } from '../context.js';
import { readCases } from '../case-session.js';
import { changeVisits, readVisits } from '../visit-session.js';

async function printLog(ctx: Ctx, d: DayLog): Promise<void> {
  ctx.print(`${d.date}（${WEEKDAY_NAMES[d.weekday]}）接待日记录：${d.status}${d.record?.note ? `；${d.record.note}` : ''}${d.record?.reason ? `；原因：${d.record.reason}` : ''}`);
  if (d.slots.length === 0) ctx.print('当天没有接待安排');
  for (const s of d.slots) ctx.print(`${s.kind}：${s.leader || '待指定'}${s.title ? `（${s.title}）` : ''}，信访干部 ${s.staff.join('、') || '无'}，${s.location}${s.time ? ` ${s.time}` : ''}`);
  if (d.bookings.length) {
    ctx.print(`预约 ${d.bookings.length} 个：`);
    await ctx.table(['编号', '类型', '领导', '信访人', '人数', '状态', '书面通知', '信访件'], d.bookings.map((b) => [b.id, b.kind, b.leader, b.name, String(b.persons), b.status, b.noticeGiven ?? '未通知', b.caseNo ?? '']));
  } else ctx.print('没有预约');
  if (d.cases.length) {
    ctx.print('当天登记的来访：');
    await ctx.table(['编号', '信访人', '人数', '接访领导', '摘要'], d.cases.map((c) => [c.no, c.name, String(c.persons), c.leader, c.summary]));
  }
  ctx.print(`合计：${d.batches} 批 ${d.persons} 人次`);
}

export function registerReception(program: Command): void {
  const reception = program.command('reception').description('接待日记录：当天情况、结束后记录（已举行 / 未举行）');

  reception
    .command('log')
    .description('查看某个接待日：接访领导、信访干部、预约、当天登记的来访、批次和人次')
    .requiredOption('--date <日期>', '日期 YYYY-MM-DD')
    .action(
      act(async (ctx, o, args) => {
        ctx.requireNoArgs(args);
        const date = parseDate(o.date, '--date');
        const { visits, config } = await readVisits(ctx);
        const { repo } = await readCases(ctx);
        const log = dayLog(config, date, visits.year(yearOf(date)), repo.casesOfMonth(date.slice(0, 7)));
        if (ctx.json) return ctx.printJson(log);
        await printLog(ctx, log);
      }),
    );

  reception
    .command('close')
    .description('接待日结束后记录：已举行（可加 --note），或 --cancelled --reason 记为未举行；月报、年报的接访数据以此为准')
    .requiredOption('--date <日期>', '接待日 YYYY-MM-DD')
    .option('--note <情况>', '当天情况（文字备注；批次、人次按当天登记的信访件统计）')
    .option('--cancelled', '当天未举行接待')
    .option('--reason <原因>', '未举行的原因（与 --cancelled 同用）')
    .action(
      act(async (ctx, o, args) => {
        ctx.requireNoArgs(args);
        const date = parseDate(o.date, '--date');
        const { record, noShows, log } = await changeVisits(ctx, (visits, tx, _cal, cases) => {
          const doc = visits.touch(yearOf(date));
          const all = cases.casesOfMonth(date.slice(0, 7));
          const closed = closeDay(tx.config, doc, { ...o, date, cancelled: Boolean(o.cancelled) }, all, ctx.today);
          tx.note(closed.record.held ? '记录接待日已举行' : '记录接待日未举行', [`reception:${date}`, ...closed.noShows.map((v) => `visit:${v.id}`)]);
          return { ...closed, log: dayLog(tx.config, date, doc, all) };
        });
        if (ctx.json) ctx.printJson(log);
        if (record.held) ctx.done(`已记录 ${date} 接待日已举行：${record.leaders.join('、')}接访，${log.batches} 批 ${log.persons} 人次`);
        else ctx.done(`已记录 ${date} 接待日未举行；原因：${record.reason}`);
        if (noShows.length) ctx.warn(`${noShows.length} 个预约当天未到，已记为“未到”：${noShows.map((v) => `${v.id} ${v.name}`).join('、')}`);
      }),
    );
}
