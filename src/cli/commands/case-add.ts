// xinfang case add — registration (登记), by flags or, on a terminal, by questions with pick lists.
import type { Command } from 'commander';
import { petitionKind, reviewedBefore } from '../../domain/cases/backlog.js';
import { checkRepresentatives, MAX_REPRESENTATIVES, needsRepresentatives } from '../../domain/cases/representatives.js';
import { maskCase } from '../../domain/cases/repeat.js';
import { checkCaseInput, newCase, receptionFor, type CaseInput } from '../../domain/cases/register.js';
import { checkChannel, checkIdNumber, checkPersons, checkPhone, checkPastDate } from '../../domain/cases/validate.js';
import { CHANNELS, type Config } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { activeNames } from '../../domain/org/org.js';
import { visitYearOf } from '../../domain/reception/visit-book.js';
import { caseDefaultsOf, markArrived, openVisit, receptionOf } from '../../domain/reception/visit-case.js';
import type { Visit } from '../../domain/reception/visit-model.js';
import { act } from '../action.js';
import { changeCases, checkWith, fillMissing, type FieldAsk } from '../case-session.js';
import type { Ctx } from '../context.js';


function asks(config: Config, today: string): FieldAsk[] {
  return [
    { key: 'date', flag: '--date', label: '登记日期', check: checkWith((v) => checkPastDate(v, today, '登记日期')) },
    { key: 'channel', flag: '--channel', label: '渠道', choices: [...CHANNELS], check: checkWith(checkChannel) },
    { key: 'source', flag: '--source', label: '来源', choices: activeNames(config.sources) },
    { key: 'name', flag: '--name', label: '信访人姓名' },
    { key: 'phone', flag: '--phone', label: '联系电话', optional: true, check: checkWith(checkPhone) },
    { key: 'idNumber', flag: '--id-number', label: '身份证号', optional: true, check: checkWith((v) => checkIdNumber(v, today)) },
    { key: 'address', flag: '--address', label: '住址', optional: true },
    { key: 'persons', flag: '--persons', label: '人数', optional: true, check: checkWith(checkPersons) },
    { key: 'region', flag: '--region', label: '涉及地区', choices: config.units.filter((u) => u.active && u.kind !== '科室').map((u) => u.name) },
    { key: 'category', flag: '--category', label: '问题类别', choices: activeNames(config.categories) },
    { key: 'summary', flag: '--summary', label: '内容摘要' },
    { key: 'demands', flag: '--demands', label: '诉求', optional: true },
    { key: 'tags', flag: '--tags', label: '标签（用逗号或顿号分隔）', optional: true },
  ];
}

function personsOf(values: Record<string, string | undefined>): number {
  const n = Number(String(values.persons ?? '').trim() || 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function representativesAsk(persons: number): FieldAsk {
  return {
    key: 'representatives',
    flag: '--representatives',
    label: `代表姓名（${persons}人，推选不超过${MAX_REPRESENTATIVES}名，用顿号分隔）`,
    check: checkWith((v) => checkRepresentatives(v, persons)),
  };
}

/** After the questions: representatives for a group of more than five, then every answer shown for confirmation. */
async function reviewOnTerminal(values: Record<string, string | undefined>, config: Config, today: string): Promise<void> {
  const { askField, reviewAnswers } = await import('../prompts.js');
  const groupCheck = async () => {
    const n = personsOf(values);
    if (!needsRepresentatives(n, [])) values.representatives = undefined;
    else if (!String(values.representatives ?? '').trim()) values.representatives = await askField(representativesAsk(n));
  };
  await groupCheck();
  const all = () => [...asks(config, today), ...(needsRepresentatives(personsOf(values), []) ? [representativesAsk(personsOf(values))] : [])];
  await reviewAnswers('请核对登记内容：', values, all, groupCheck);
}

function splitNumbers(raw: string | undefined): string[] {
  return String(raw ?? '').split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean);
}

async function addCase(ctx: Ctx, options: Record<string, string | undefined>): Promise<void> {
  const o = options.stdin ? await (await import('../case-stdin.js')).withStdinCase(options) : options;
  const today = ctx.today;
  const config = await ctx.config();
  const booking = o.visit === undefined ? null : await bookedVisit(ctx, o.visit);
  const given = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const values: Record<string, string | undefined> = { ...(booking ? caseDefaultsOf(booking) : {}), ...given, date: given.date ?? booking?.date ?? today };
  if (await fillMissing(ctx, values, asks(config, today))) await reviewOnTerminal(values, config, today);
  const checked = checkCaseInput(values as CaseInput, config, today);
  if (checked.problems.length) throw new InputError(checked.problems.join('；'));
  const f = checked.fields;
  const manual = splitNumbers(o.repeatOf);
  const VisitsRepo = booking ? (await import('../../store/visits-repo.js')).VisitsRepo : null;

  const { c, earlier } = await changeCases(ctx, (repo, tx) => {
    const found = repo.findRepeats(f.petitioner, f.receivedDate).map((r) => r.no); // a back-dated case has no later "earlier" cases
    for (const no of manual) repo.getCase(no);
    const repeatOf = [...new Set([...found, ...manual])];
    const earlierCases = repeatOf.map((no) => repo.findCase(no)).filter((x) => x !== null);
    const visitDoc = booking && VisitsRepo ? new VisitsRepo(tx, tx) : null;
    const v = booking && visitDoc ? openVisit(visitDoc.touch(visitYearOf(booking.id)), booking.id) : null;
    const reception = (v && receptionOf(v, f.receivedDate)) ?? receptionFor(tx.config.roster, f.channel, f.receivedDate);
    const fresh = newCase('', f, { reception, repeatOf });
    const added = repo.addCase({ ...fresh, petitionKind: petitionKind(fresh, earlierCases), ...(v ? { visit: v.id } : {}) });
    if (v && visitDoc) {
      markArrived(v, added.no, today);
      visitDoc.flush();
    }
    tx.note('登记信访件', [`case:${added.no}`, ...repeatOf.map((no) => `repeat-of:${no}`), ...(v ? [`visit:${v.id}`] : [])]);
    return { c: added, earlier: earlierCases };
  });

  for (const w of checked.warnings) ctx.warn(w);
  if (earlier.length) {
    const list = earlier.map((e) => `${e.no}（${e.receivedDate}，${e.category}，${e.status}）`).join('；');
    ctx.warn(`该信访人此前已有 ${earlier.length} 件信访：${list}；已关联为重复信访`);
  }
  const reviewed = reviewedBefore(c, earlier);
  if (reviewed.length) {
    ctx.warn(`同一事项已经复核，可不再受理（复核意见为最终意见）：此前 ${reviewed.map((e) => e.no).join('、')} 已复核；如确属同一事实和理由，可用 xinfang case reject ${c.no} --reason … 不予受理`);
  }
  if (booking) ctx.warn(`已按预约 ${booking.id}（${booking.kind}）登记，接访领导 ${c.reception?.leader ?? booking.leader}，预约记为已来访`);
  else if (c.reception) ctx.warn(`${c.receivedDate} 为领导接待日，已关联接待领导 ${c.reception.leader}`);
  if (ctx.json) ctx.printJson(maskCase(c));
  else ctx.print(c.no);
  ctx.warn(`已登记信访件 ${c.no}，下一步：xinfang case accept ${c.no}`);
}

/** The booking named by --visit, read before the questions so its fields can fill the defaults. */
async function bookedVisit(ctx: Ctx, id: string): Promise<Visit> {
  const { readVisits } = await import('../visit-session.js');
  const { visits } = await readVisits(ctx);
  return openVisit(visits.year(visitYearOf(id)), id);
}

export function registerCaseAdd(group: Command): void {
  group
    .command('add')
    .description('登记信访件（缺少的内容在终端中逐项询问；非终端下直接报出缺少的选项）')
    .option('--stdin', '从标准输入读取 JSON 对象（键为各选项名，如 name、idNumber），个人信息不出现在命令行和进程列表中')
    .option('--date <日期>', '登记（收到）日期 YYYY-MM-DD，默认今天')
    .option('--channel <渠道>', `渠道：${CHANNELS.join('、')}`)
    .option('--source <来源>', '来源，如 本级受理、市信访局（xinfang source list 查看）')
    .option('--doc-no <文号>', '上级交办文号')
    .option('--name <姓名>', '信访人姓名')
    .option('--phone <电话>', '联系电话：手机或带区号的固定电话')
    .option('--id-number <身份证号>', '18位身份证号（校验 GB 11643）')
    .option('--address <住址>', '住址')
    .option('--persons <人数>', '人数（默认 1；超过 5 人须推选代表）')
    .option('--representatives <姓名>', '推选的代表（超过 5 人时，不超过 5 名，用逗号或顿号分隔）')
    .option('--region <地区>', '涉及地区：县区或学校（xinfang unit list 查看）')
    .option('--category <类别>', '问题类别（xinfang category list 查看）')
    .option('--summary <摘要>', '内容摘要（案由）')
    .option('--demands <诉求>', '诉求')
    .option('--tags <标签>', '标签，多个用逗号或顿号分隔')
    .option('--repeat-of <编号>', '手动关联此前的信访件（多个用逗号分隔）')
    .option('--visit <预约编号>', '按预约登记（如 Y2027-001）：姓名、电话、人数、摘要、日期取自预约，预约记为已来访')
    .action(act((ctx, o) => addCase(ctx, o)));
}
