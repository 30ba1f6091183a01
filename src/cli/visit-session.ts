// What the visit, reception and notice commands share: the visits files read-only or inside one transaction (with
// the cases repo when a command touches both), and the holiday calendar they count working days with.
import type { HolidayCalendar } from '../domain/calendar/holiday-calendar.js';
import type { AwayPeriod, Config } from '../domain/model.js';
import type { ReceptionRecord } from '../domain/reception/visit-model.js';
import type { CasesRepo } from '../store/cases-repo.js';
import type { Tx } from '../store/index.js';
import type { VisitsRepo } from '../store/visits-repo.js';
import type { Ctx } from './context.js';
import { calendarFactory } from './calendar-loader.js';

export async function readVisits(ctx: Ctx): Promise<{ visits: VisitsRepo; config: Config }> {
  const store = await ctx.store();
  const { VisitsRepo } = await import('../store/visits-repo.js');
  return { visits: new VisitsRepo(store), config: store.config() };
}

/** Runs `fn` in one transaction with the visits (and cases) writing through it; nothing is written if fn throws. */
export async function changeVisits<R>(ctx: Ctx, fn: (visits: VisitsRepo, tx: Tx, cal: HolidayCalendar, cases: CasesRepo) => R): Promise<R> {
  const store = await ctx.store();
  const { VisitsRepo } = await import('../store/visits-repo.js');
  const { CasesRepo } = await import('../store/cases-repo.js');
  const calendarOf = await calendarFactory();
  return ctx.mutate((tx) => {
    const visits = new VisitsRepo(tx, tx);
    const cases = new CasesRepo(tx, store.dir, tx.config.settings.caseNumberFormat, tx);
    const result = fn(visits, tx, calendarOf(tx.config), cases);
    visits.flush();
    cases.flush();
    return result;
  });
}

/** The reception day records of one year, for the report figures. */
export async function dayRecords(ctx: Ctx, year: number): Promise<ReceptionRecord[]> {
  return (await readVisits(ctx)).visits.year(year).days;
}

/** After a roster change: the open bookings of the period whose leader is no longer on their day, said as a hint. */
export async function warnStrandedBookings(ctx: Ctx, config: Config, from: string, to: string): Promise<void> {
  const { strandedBookings } = await import('../domain/reception/visit-book.js');
  const { visits } = await readVisits(ctx);
  const open = visits.span(from, to).flatMap((y) => y.visits).filter((v) => v.date >= from && v.date <= to);
  for (const v of strandedBookings(config, open)) {
    ctx.warn(`预约 ${v.id}（${v.date}，${v.name}）原定由${v.leader}接访，当天安排已变；请用 xinfang visit move ${v.id} --date ${v.date} --leader 领导 --reason 原因 改由当天的接访领导（或改到其他日期），并重新通知`);
  }
}

/** After a leader's absence is registered: the slots and open bookings it falls on (today and later), with the fix. */
export async function warnAwayImpact(ctx: Ctx, leader: string, a: AwayPeriod): Promise<void> {
  const { awayImpact } = await import('../domain/reception/visit-follow.js');
  const from = a.from < ctx.today ? ctx.today : a.from;
  if (a.to < from) return;
  const { visits, config } = await readVisits(ctx);
  const open = visits.span(from, a.to).flatMap((y) => y.visits);
  const hit = awayImpact(config, open, leader, from, a.to);
  for (const s of hit.slots) ctx.warn(`${s.date} 的${s.kind}安排的是${leader}，请调换：xinfang roster swap ${s.date} --leader 姓名 --reason ${a.reason}`);
  for (const v of hit.visits) {
    const fix = v.kind === '预约接访' ? '调换当天的接访领导后随之改由新领导接访' : `请改约：xinfang visit move ${v.id} --date 日期 --leader 领导 --reason ${a.reason}`;
    ctx.warn(`预约 ${v.id}（${v.date} ${v.kind}，${v.name}）由${leader}接访：${fix}，并重新通知信访人`);
  }
}
