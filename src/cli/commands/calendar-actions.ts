// The handlers of `xinfang calendar …` (registered in calendar.ts). Loaded only when a calendar command runs,
// because the calendar carries the chinese-days data.
import fs from 'node:fs';
import { HolidayCalendar, uncoveredMessage, type YearStatus } from '../../domain/calendar.js';
import { mergeEntries, parseEntry, removeEntry, slotsOnRestDays } from '../../domain/calendar-entries.js';
import { parseYear, WEEKDAY_NAMES, weekday, yearOf } from '../../domain/dates.js';
import type { CalendarEntry, Config, ISODate } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { parseCalendarFile } from '../../io/calendar-file.js';
import type { Opts } from '../action.js';
import type { Ctx } from '../context.js';

const calendarOf = (c: Config) => new HolidayCalendar(c.calendar);

const SOURCE_NAMES: Record<string, string> = {
  package: 'chinese-days 数据包（国务院办公厅放假通知）',
  operator: '本单位录入',
  'package+operator': 'chinese-days 数据包，另有本单位录入的条目（以本单位录入为准）',
};

async function printStatus(ctx: Ctx, s: YearStatus): Promise<void> {
  if (ctx.json) return ctx.printJson(s);
  if (!s.covered) {
    ctx.print(`${s.year}年：未录入节假日安排，不能排班或按工作日计算期限。`);
    ctx.print(uncoveredMessage(s.year).replace(/^[^；]*；/, ''));
    if (s.operatorEntries.length) ctx.print(`已录入但不足以确定全年安排的条目：${s.operatorEntries.map((e) => `${e.date}${e.off ? '放假' : '上班'}（${e.name}）`).join('、')}`);
    return;
  }
  ctx.print(`${s.year}年：已覆盖，来源：${SOURCE_NAMES[s.source!]}；全年工作日 ${s.workdayCount} 天。`);
  const rows = s.days.map((d) => [d.date, WEEKDAY_NAMES[weekday(d.date)], d.work ? '上班' : '放假', d.name, d.source === 'operator' ? '本单位录入' : '数据包']);
  await ctx.table(['日期', '星期', '上班/放假', '名称', '来源'], rows);
  if (s.missingHolidays.length) ctx.warn(`没有找到这些节日的放假日：${s.missingHolidays.join('、')}；请对照放假通知补录（xinfang calendar set 日期 off --name 节日）`);
}

/** After a calendar change: a year that became covered, and reception days that now fall on a rest day. */
function reportEffects(ctx: Ctx, before: HolidayCalendar, entries: CalendarEntry[], changed: ISODate[], restSlots: string[]): void {
  const after = new HolidayCalendar(entries);
  const years = [...new Set(changed.map(yearOf))].sort();
  for (const y of years) {
    if (!before.isCovered(y) && after.isCovered(y)) ctx.done(`${y}年的节假日安排已可用于排班；用 xinfang calendar status --year ${y} 核对全年`);
    if (before.isCovered(y) && !after.isCovered(y)) ctx.warn(`${y}年不再有节假日安排，不能再排班`);
  }
  if (restSlots.length) {
    ctx.warn(`已排的接待日中有 ${restSlots.length} 天现在是放假日：${restSlots.join('、')}；如需调整请运行 xinfang roster generate --year ${yearOf(restSlots[0])} --force`);
  }
}

export async function status(ctx: Ctx, o: Opts, _args: string[]): Promise<void> {
  const year = o.year === undefined ? yearOf(ctx.today) : parseYear(o.year, '--year');
  await printStatus(ctx, calendarOf(await ctx.config()).yearStatus(year));
}

export async function set(ctx: Ctx, o: Opts, [date, state]: string[]): Promise<void> {
  const entry = parseEntry(date, state, o.name);
  const result = await ctx.mutate((tx) => {
    const before = calendarOf(tx.config);
    const merged = mergeEntries(tx.config.calendar, [entry]);
    if (merged.unchanged) throw new InputError(`${entry.date}已经设为${entry.off ? '放假' : '上班'}（${entry.name}），没有变化`);
    tx.config.calendar = merged.entries;
    tx.note('设置节假日', [`calendar:${entry.date}`]);
    return { before, entries: merged.entries, rest: slotsOnRestDays(tx.config.roster, merged.entries, [entry.date]).map((s) => s.date) };
  });
  if (ctx.json) ctx.printJson(entry);
  ctx.done(`已设置：${entry.date} ${WEEKDAY_NAMES[weekday(entry.date)]} ${entry.off ? '放假' : '上班'}（${entry.name}）`);
  reportEffects(ctx, result.before, result.entries, [entry.date], result.rest);
}

export async function unset(ctx: Ctx, _o: Opts, [date]: string[]): Promise<void> {
  const result = await ctx.mutate((tx) => {
    const before = calendarOf(tx.config);
    const { entries, removed } = removeEntry(tx.config.calendar, date);
    tx.config.calendar = entries;
    tx.note('删除节假日条目', [`calendar:${removed.date}`]);
    return { before, entries, removed, rest: slotsOnRestDays(tx.config.roster, entries, [removed.date]).map((s) => s.date) };
  });
  if (ctx.json) ctx.printJson(result.removed);
  ctx.done(`已删除：${result.removed.date}（${result.removed.name}）的自定条目`);
  reportEffects(ctx, result.before, result.entries, [result.removed.date], result.rest);
}

export async function importFile(ctx: Ctx, _o: Opts, [file]: string[]): Promise<void> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`无法读取文件 ${file}（${(e as NodeJS.ErrnoException).code}），请检查路径`);
  }
  const incoming = parseCalendarFile(text, file);
  const result = await ctx.mutate((tx) => {
    const before = calendarOf(tx.config);
    const merged = mergeEntries(tx.config.calendar, incoming);
    tx.config.calendar = merged.entries;
    const years = [...new Set(incoming.map((e) => yearOf(e.date)))].sort();
    tx.note('导入节假日', years.map((y) => `calendar:${y}`));
    return { before, merged, rest: slotsOnRestDays(tx.config.roster, merged.entries, incoming.map((e) => e.date)).map((s) => s.date) };
  });
  const { added, replaced, unchanged } = result.merged;
  if (ctx.json) ctx.printJson({ file, entries: incoming.length, added, replaced, unchanged });
  ctx.done(`已导入 ${file}：${incoming.length} 天（新增 ${added}，更新 ${replaced}，未变 ${unchanged}）`);
  reportEffects(ctx, result.before, result.merged.entries, incoming.map((e) => e.date), result.rest);
}
