// The handlers of `xinfang calendar …` (registered in calendar.ts). Loaded only when a calendar command runs,
// because the calendar carries the chinese-days data.
import { calendarOfConfig, uncoveredMessage, type HolidayCalendar, type YearStatus } from '../../domain/calendar/holiday-calendar.js';
import { confirmYear, mergeEntries, parseEntry, removeEntry, slotsOnRestDays } from '../../domain/calendar/entries.js';
import { parseYear, WEEKDAY_NAMES, weekday, yearOf } from '../../domain/common/dates.js';
import type { CalendarEntry, Config, ISODate } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import type { Opts } from '../action.js';
import type { Ctx } from '../context.js';
import { readArrangement, type Arrangement } from '../../io/arrangement.js';
import { msg } from '../messages.js';

const SOURCE_NAMES: Record<string, string> = {
  package: 'chinese-days 数据包（国务院办公厅放假通知）',
  operator: '本单位录入',
  'package+operator': 'chinese-days 数据包，另有本单位录入的条目（以本单位录入为准）',
};

async function printStatus(ctx: Ctx, s: YearStatus): Promise<void> {
  if (ctx.json) return ctx.printJson(s);
  if (!s.covered) {
    ctx.print(`${s.year}年：节假日安排不完整，没有${s.missing.join('、')}的放假日；不能排班，按工作日计算的期限暂按周一至周五计算（暂定）。`);
    ctx.print(uncoveredMessage(s.year).replace(/^[^；]*；/, ''));
    ctx.print(`如该年确无这些假日的安排，可用 xinfang calendar confirm --year ${s.year} 确认。`);
    if (s.operatorEntries.length) ctx.print(`已录入的条目：${s.operatorEntries.map((e) => `${e.date}${e.off ? '放假' : '上班'}（${e.name}）`).join('、')}`);
    return;
  }
  const how = s.source ? SOURCE_NAMES[s.source] : '本单位录入';
  ctx.print(`${s.year}年：已覆盖，来源：${how}${s.confirmed ? '，已由本单位确认' : ''}；全年工作日 ${s.workdayCount} 天。`);
  const rows = s.days.map((d) => [d.date, WEEKDAY_NAMES[weekday(d.date)], d.work ? '上班' : '放假', d.name, d.source === 'operator' ? '本单位录入' : '数据包']);
  await ctx.table(['日期', '星期', '上班/放假', '名称', '来源'], rows);
  if (s.missing.length) ctx.warn(`没有找到这些节日的放假日：${s.missing.join('、')}（本单位已确认该年）；如有遗漏请对照放假通知导入`);
}

/** After a calendar change: a year that became covered or stopped being so, and reception days now on a rest day. */
function reportEffects(ctx: Ctx, before: HolidayCalendar, after: HolidayCalendar, changed: ISODate[], restSlots: string[]): void {
  const years = [...new Set(changed.map(yearOf))].sort();
  for (const y of years) {
    if (!before.isCovered(y) && after.isCovered(y)) ctx.done(`${y}年的节假日安排已完整，可用于排班；暂定的期限已按新安排重新计算`);
    else if (before.isCovered(y) && !after.isCovered(y)) ctx.warn(`${y}年的节假日安排不再完整（没有${after.missing(y).join('、')}的放假日），不能再排班`);
    else if (!after.isCovered(y) && after.missing(y).length) {
      ctx.warn(`${y}年还没有${after.missing(y).join('、')}的放假日，仍不能排班；请导入国务院办公厅的放假通知（xinfang calendar import 通知.txt）`);
    }
  }
  if (restSlots.length) {
    ctx.warn(`已排的接待日中有 ${restSlots.length} 天现在是放假日：${restSlots.join('、')}；如需调整请运行 xinfang roster generate --year ${yearOf(restSlots[0])} --force`);
  }
}

interface Change<R> {
  entries: CalendarEntry[];
  /** The dates changed, for the effects on coverage and on the roster. */
  dates: ISODate[];
  result: R;
}

/** One transaction that replaces the calendar entries; returns what to report once the change is confirmed. */
async function changeEntries<R>(ctx: Ctx, what: string, refs: (dates: ISODate[]) => string[], change: (c: Config) => Change<R>) {
  const r = await ctx.mutate((tx) => {
    const before = calendarOfConfig(tx.config);
    const c = change(tx.config);
    tx.config.calendar = c.entries;
    tx.note(what, refs(c.dates));
    return { before, after: calendarOfConfig(tx.config), c, rest: slotsOnRestDays(tx.config, c.dates).map((s) => s.date) };
  });
  return { result: r.c.result, effects: () => reportEffects(ctx, r.before, r.after, r.c.dates, r.rest) };
}

export async function status(ctx: Ctx, o: Opts, _args: string[]): Promise<void> {
  const year = o.year === undefined ? yearOf(ctx.today) : parseYear(o.year, '--year');
  await printStatus(ctx, calendarOfConfig(await ctx.config()).yearStatus(year));
}

export async function set(ctx: Ctx, o: Opts, [date, state]: string[]): Promise<void> {
  const entry = parseEntry(date, state, o.name);
  const { effects } = await changeEntries(ctx, '设置节假日', () => [`calendar:${entry.date}`], (c) => {
    const merged = mergeEntries(c.calendar, [entry]);
    if (merged.unchanged) throw new InputError(msg('calendar.dayUnchanged', { date: entry.date, kind: entry.off ? msg('calendar.dayKindOff') : msg('calendar.dayKindWork'), name: entry.name }));
    return { entries: merged.entries, dates: [entry.date], result: null };
  });
  if (ctx.json) ctx.printJson(entry);
  ctx.done(`已设置：${entry.date} ${WEEKDAY_NAMES[weekday(entry.date)]} ${entry.off ? '放假' : '上班'}（${entry.name}）`);
  effects();
}

export async function unset(ctx: Ctx, _o: Opts, [date]: string[]): Promise<void> {
  const { result: removed, effects } = await changeEntries(ctx, '删除节假日条目', (d) => [`calendar:${d[0]}`], (c) => {
    const r = removeEntry(c.calendar, date);
    return { entries: r.entries, dates: [r.removed.date], result: r.removed };
  });
  if (ctx.json) ctx.printJson(removed);
  ctx.done(`已删除：${removed.date}（${removed.name}）的自定条目`);
  effects();
}

async function confirmOnTerminal(ctx: Ctx, message: string): Promise<boolean> {
  if (!ctx.interactive || ctx.json) return true;
  const { askConfirm } = await import('../prompts.js');
  return askConfirm(message);
}

async function printArrangement(ctx: Ctx, a: Arrangement): Promise<void> {
  if (ctx.json) return ctx.printJson({ year: a.year, entries: a.entries });
  ctx.print(`${a.what}：${a.year}年，${a.entries.length} 天`);
  await ctx.table(['日期', '星期', '放假/上班', '名称'], a.entries.map((e) => [e.date, WEEKDAY_NAMES[weekday(e.date)], e.work ? '上班' : '放假', e.name]));
}

export async function importFile(ctx: Ctx, o: Opts, [file]: string[]): Promise<void> {
  const preview = readArrangement(file, await ctx.config(), { allowOther: Boolean(o.allowOther) });
  await printArrangement(ctx, preview);
  if (o.dryRun) return ctx.done('（--dry-run：未写入）');
  if (!(await confirmOnTerminal(ctx, `按以上 ${preview.entries.length} 天写入节假日日历？`))) return ctx.done('已取消，没有写入');
  const { result, effects } = await changeEntries(ctx, '导入节假日', (d) => [...new Set(d.map((x) => `calendar:${yearOf(x)}`))], (c) => {
    // read again inside the transaction: an amendment is applied on top of what is entered now
    const incoming = readArrangement(file, c, { allowOther: Boolean(o.allowOther) }).entries.map((e) => ({ date: e.date, off: !e.work, name: e.name }));
    const merged = mergeEntries(c.calendar, incoming);
    return { entries: merged.entries, dates: incoming.map((e) => e.date), result: merged };
  });
  ctx.done(`已导入 ${file}：${preview.entries.length} 天（新增 ${result.added}，更新 ${result.replaced}，未变 ${result.unchanged}）`);
  effects();
}

export async function confirm(ctx: Ctx, o: Opts, _args: string[]): Promise<void> {
  if (o.year === undefined) throw new InputError(msg('calendar.confirmNeedsYear'));
  const year = parseYear(o.year, '--year');
  const r = await ctx.mutate((tx) => {
    const before = calendarOfConfig(tx.config);
    tx.config.calendarConfirmed = confirmYear(tx.config.calendarConfirmed, year);
    tx.note('确认节假日安排', [`calendar:${year}`]);
    return { before, after: calendarOfConfig(tx.config) };
  });
  const missing = r.before.missing(year);
  if (ctx.json) ctx.printJson(r.after.yearStatus(year));
  ctx.done(`已确认${year}年的节假日安排${missing.length ? `（没有${missing.join('、')}的放假日，按已录入的安排计算）` : ''}`);
  if (!r.before.isCovered(year)) ctx.done(`${year}年可用于排班；暂定的期限已按已录入的安排重新计算`);
}
