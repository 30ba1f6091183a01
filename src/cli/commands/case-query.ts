// xinfang case list|show|due — finding and following cases (督办).
import type { Command } from 'commander';
import { caseCard } from '../../domain/case-card.js';
import { caseDeadlines, currentDeadline, daysLeftText, dueCases, markProvisional } from '../../domain/case-deadlines.js';
import { checkStatus, filterCases, OPEN_STATUSES, type CaseFilter } from '../../domain/case-query.js';
import { parsePositiveInt } from '../../domain/text.js';
import type { Case } from '../../domain/model.js';
import { Wording } from '../../domain/wording.js';
import { act } from '../action.js';
import { casesOfPeriod, deadlineCalendar, readCases } from '../case-session.js';
import type { Ctx } from '../context.js';

type Values = Record<string, string | boolean | undefined>;

async function listCases(ctx: Ctx, o: Values): Promise<void> {
  const today = ctx.today;
  const filter: CaseFilter = {
    status: o.status !== undefined ? checkStatus(String(o.status)) : undefined,
    unit: o.unit ? String(o.unit).trim() : undefined,
    leader: o.leader ? String(o.leader).trim() : undefined,
    repeat: Boolean(o.repeat),
  };
  const { repo } = await readCases(ctx);
  let scope: Case[];
  let where: string;
  if (o.month === undefined && o.year === undefined && filter.status && OPEN_STATUSES.includes(filter.status)) {
    scope = repo.openCases().map((s) => repo.getCase(s.no)); // every open case, whatever year it came in
    where = '';
  } else {
    const picked = casesOfPeriod(repo, o, today);
    scope = picked.cases;
    where = `${picked.period}登记的`;
  }
  const shown = filterCases(scope, filter);
  if (ctx.json) return ctx.printJson(shown);
  if (shown.length === 0) return ctx.print(`没有符合条件的${where}信访件`);
  const head = ['编号', '登记日期', '信访人', '问题类别', '状态', ...(filter.repeat ? ['此前信访'] : ['责任单位', '包案人'])];
  const rows = shown.map((c) => [
    c.no, c.receivedDate, c.petitioner.name, c.category, c.status, ...(filter.repeat ? [c.repeatOf.join('、')] : [c.unit, c.leader]),
  ]);
  await ctx.table(head, rows);
  ctx.print(`共 ${shown.length} 件${where ? `（${where}）` : ''}`);
}

async function showCase(ctx: Ctx, no: string): Promise<void> {
  const { repo, config } = await readCases(ctx);
  const c = repo.getCase(no);
  const calendar = await deadlineCalendar(config);
  if (ctx.json) return ctx.printJson({ ...c, deadlines: caseDeadlines(c, config.settings, calendar) });
  const { loadTemplate } = await import('../../render/templates.js');
  const { renderCard } = await import('../../render/table.js');
  const card = caseCard(c, new Wording(loadTemplate('case-card'), 'case-card.json'), {
    today: ctx.today,
    deadline: currentDeadline(c, config.settings, calendar),
    showPii: true,
    leaders: config.leaders,
    slots: config.roster.slots,
    formatDate: (d) => d,
  });
  ctx.print(`${card.title}（${card.no}）`);
  ctx.print(renderCard([...card.form, ...card.card], { color: ctx.color }));
  ctx.print(card.headings.history);
  await ctx.table(card.historyColumns, card.history);
}

async function dueList(ctx: Ctx, o: Values): Promise<void> {
  const within = o.within === undefined ? 7 : String(o.within).trim() === '0' ? 0 : parsePositiveInt(o.within, '天数（--within）', 3650);
  const { repo, config } = await readCases(ctx);
  const uncounted: { no: string; reason: string }[] = [];
  const rows = dueCases(repo.openCases(), ctx.today, within, config.settings, await deadlineCalendar(config), uncounted);
  for (const u of uncounted) ctx.warn(`${u.no} 的期限无法计算：${u.reason}`);
  if (ctx.json) return ctx.printJson(rows);
  if (rows.length === 0) return ctx.print(`没有超期或 ${within} 天内到期的信访件`);
  const clip = (s: string) => ([...s].length > 12 ? `${[...s].slice(0, 11).join('')}…` : s);
  await ctx.table(
    ['编号', '环节', '到期日', '剩余', '责任单位', '包案人', '摘要'],
    rows.map((r) => [r.no, r.stage, markProvisional(r.deadline, r.provisional), daysLeftText(r.daysLeft), r.unit, r.leader, clip(r.summary)]),
  );
  const over = rows.filter((r) => r.state === '超期').length;
  ctx.print(`超期 ${over} 件，临期 ${rows.length - over} 件（${within} 天内到期）`);
}

export function registerCaseQuery(group: Command): void {
  group
    .command('list')
    .description('列出信访件（默认本年；--status 为 登记/已受理/办理中 时列出所有年份未办结的）')
    .option('--year <年份>', '登记年份，如 2026')
    .option('--month <月份>', '登记月份：2026-03，或 1–12 与 --year 同用')
    .option('--status <状态>', '状态：登记、已受理、不予受理、办理中、已办结、已评价')
    .option('--unit <单位>', '责任单位')
    .option('--leader <姓名>', '包案领导')
    .option('--repeat', '只列重复信访（与此前信访件关联的）')
    .action(act((ctx, o) => listCases(ctx, o)));

  group
    .command('show <编号>')
    .description('显示信访件卡片（一案一卡：案由、包案责任人、处理过程、目前进展、处理措施）')
    .action(act((ctx, _o, [no]) => showCase(ctx, no)));

  group
    .command('due')
    .description('督办：列出超期和临期的信访件，含责任单位、包案领导和剩余/超期天数')
    .option('--within <天数>', '临期：多少天内到期（默认 7）')
    .action(act((ctx, o) => dueList(ctx, o)));
}
