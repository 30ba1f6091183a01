// xinfang case list|show|due — finding and following cases (督办).
import type { Command } from 'commander';
import { runningDueDate } from '../../domain/cases/after-reply.js';
import { caseCard } from '../../domain/cases/card.js';
import { caseDeadlines, currentDeadline, daysLeftText, dueCases, markProvisional, type WorkdayCalendar } from '../../domain/cases/deadlines.js';
import { backlogCases, type PetitionKind } from '../../domain/cases/backlog.js';
import { checkStatus, filterCases, OPEN_STATUSES, type CaseFilter } from '../../domain/cases/query.js';
import { maskCase } from '../../domain/cases/repeat.js';
import { InputError } from '../../errors.js';
import { parsePositiveInt } from '../../domain/common/text.js';
import { CASE_STATUSES, type Case, type Config } from '../../domain/model.js';
import { LETTERS } from '../../domain/cases/letters/letters.js';
import { issueLetters } from '../letter-session.js';
import { DUE_SOON_DAYS } from './case-letter.js';
import { Wording } from '../../domain/common/wording.js';
import { act } from '../action.js';
import { casesOfPeriod, deadlineCalendar, readCases } from '../case-session.js';
import type { Ctx } from '../context.js';
import { msg } from '../messages.js';

type Values = Record<string, string | boolean | undefined>;

function petitionKindFilter(o: Values): PetitionKind | undefined {
  if (o.first && o.repeat) throw new InputError(msg('cases.firstAndRepeat'));
  return o.first ? '初信初访' : o.repeat ? '重复信访' : undefined;
}

async function listCases(ctx: Ctx, o: Values): Promise<void> {
  if (o.backlog) return listBacklog(ctx, o);
  const today = ctx.today;
  const filter: CaseFilter = {
    status: o.status !== undefined ? checkStatus(String(o.status)) : undefined,
    unit: o.unit ? String(o.unit).trim() : undefined,
    leader: o.leader ? String(o.leader).trim() : undefined,
    kind: petitionKindFilter(o),
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
  const linkedOf = (c: Case) => c.repeatOf.map((no) => repo.findCase(no)).filter((x): x is Case => x !== null);
  const shown = filterCases(scope, filter, linkedOf);
  const pii = (c: Case) => (o.showPii ? c : maskCase(c));
  if (ctx.json) return ctx.printJson(shown.map(pii));
  if (shown.length === 0) return ctx.print(`没有符合条件的${where}信访件`);
  const repeat = filter.kind === '重复信访';
  const head = ['编号', '登记日期', '信访人', '问题类别', '状态', ...(repeat ? ['此前信访'] : ['责任单位', '包案人'])];
  const rows = shown.map((c) => [
    c.no, c.receivedDate, c.petitioner.name, c.category, c.status, ...(repeat ? [c.repeatOf.join('、')] : [c.unit, c.leader]),
  ]);
  await ctx.table(head, rows);
  ctx.print(`共 ${shown.length} 件${where ? `（${where}）` : ''}`);
}

async function listBacklog(ctx: Ctx, o: Values): Promise<void> {
  const other = ['month', 'year', 'status', 'unit', 'leader', 'first', 'repeat'].filter((k) => o[k] !== undefined);
  if (other.length) throw new InputError(msg('cases.backlogWithFilters', { flags: other.map((k) => `--${k}`).join('、') }));
  const { repo } = await readCases(ctx);
  const rows = backlogCases(repo.allCases(), ctx.today);
  if (ctx.json) return ctx.printJson(rows.map((r) => ({ ...(o.showPii ? r.case : maskCase(r.case)), backlogReasons: r.reasons })));
  if (rows.length === 0) return ctx.print(`没有信访积案（${ctx.today.slice(0, 4)}年以前登记、未化解也未终结的）`);
  await ctx.table(
    ['编号', '登记日期', '问题类别', '状态', '包案领导', '积案原因'],
    rows.map(({ case: c, reasons }) => [c.no, c.receivedDate, c.category, c.status, c.leader || '—', reasons.join('；')]),
  );
  ctx.print(`共 ${rows.length} 件信访积案`);
}

async function showCase(ctx: Ctx, no: string, o: Values): Promise<void> {
  const { repo, config } = await readCases(ctx);
  const c = repo.getCase(no);
  const calendar = await deadlineCalendar(config);
  if (ctx.json) return ctx.printJson({ ...(o.showPii ? c : maskCase(c)), deadlines: caseDeadlines(c, config.settings, calendar) });
  const { loadTemplate } = await import('../../render/templates.js');
  const { renderCard } = await import('../../render/table.js');
  const card = caseCard(c, new Wording(loadTemplate('case-card'), 'case-card.json'), {
    today: ctx.today,
    deadline: currentDeadline({ ...c, dueDate: runningDueDate(c) }, config.settings, calendar),
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
  const calendar = await deadlineCalendar(config);
  const rows = dueCases(repo.openCases(), ctx.today, within, config.settings, calendar, uncounted);
  for (const u of uncounted) ctx.warn(`${u.no} 的期限无法计算：${u.reason}`);
  if (o.letters) return supervisionLetters(ctx, rows.filter((r) => r.state === '超期').map((r) => repo.getCase(r.no)), config, calendar, o);
  if (o.out !== undefined || o.force) throw new InputError(msg('cases.outOnlyWithLetters'));
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

/** `case due --letters`: a 督办单 for every overdue case, into one folder. */
async function supervisionLetters(ctx: Ctx, late: Case[], config: Config, calendar: WorkdayCalendar | null, o: Values): Promise<void> {
  // a 督办单 goes to the responsible unit: a case late for acceptance has none yet, and is the office's own to act on
  const skipped = () => {
    for (const c of late.filter((x) => !x.unit)) ctx.warn(`${c.no} 尚未交办（${c.status}），督办单发给责任单位，已跳过；请尽快受理、交办`);
  };
  const overdue = late.filter((c) => c.unit);
  if (overdue.length === 0) {
    skipped();
    return ctx.print('没有已交办且超期的信访件，无需督办');
  }
  const issued = await issueLetters(ctx, overdue, overdue.map((c) => ({ no: c.no, kind: LETTERS.督办单 })), config, {
    date: ctx.today,
    showPii: false,
    dueSoonDays: DUE_SOON_DAYS,
    calendar,
    out: { dir: o.out !== undefined ? String(o.out) : 'out' },
    force: Boolean(o.force),
  });
  skipped();
  if (ctx.json) return ctx.printJson(issued);
  await ctx.table(['编号', '文号', '文件'], issued.map((l) => [l.no, l.docNo, l.file]));
  ctx.print(`已生成督办单 ${issued.length} 份`);
}

export function registerCaseQuery(group: Command): void {
  group
    .command('list')
    .description('列出信访件（默认本年；--status 为 登记/已受理/办理中 时列出所有年份未办结的）')
    .option('--year <年份>', '登记年份，如 2026')
    .option('--month <月份>', '登记月份：2026-03，或 1–12 与 --year 同用')
    .option('--status <状态>', `状态：${CASE_STATUSES.join('、')}`)
    .option('--unit <单位>', '责任单位')
    .option('--leader <姓名>', '包案领导')
    .option('--first', '只列初信初访（信访人就该事项第一次信访）')
    .option('--repeat', '只列重复信访（同一信访人就同一事项再次信访）')
    .option('--backlog', '列出信访积案（往年登记、未化解也未终结：未办结，或答复后又申请复查复核、不满意、重复信访的）')
    .option('--show-pii', '--json 中显示信访人完整信息（默认脱敏）')
    .action(act((ctx, o) => listCases(ctx, o)));

  group
    .command('show <编号>')
    .description('显示信访件卡片（一案一卡：案由、包案责任人、处理过程、目前进展、处理措施）')
    .option('--show-pii', '--json 中显示信访人完整信息（默认脱敏）')
    .action(act((ctx, o, [no]) => showCase(ctx, no, o)));

  group
    .command('due')
    .description('督办：列出超期和临期的信访件，含责任单位、包案领导和剩余/超期天数')
    .option('--within <天数>', '临期：多少天内到期（默认 7）')
    .option('--letters', '为每件超期的信访件生成督办单 .docx')
    .option('--out <文件夹>', '督办单存放的文件夹（默认 out/）')
    .option('--force', '覆盖已存在的督办单文件')
    .action(act((ctx, o) => dueList(ctx, o)));
}
