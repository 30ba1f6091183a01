// xinfang roster rule|generate|show|doc — the leaders' reception-day roster (领导信访接待日安排表).
// swap, assign, export and upcoming are in roster-ops.ts.
import type { Command } from 'commander';
import type { Config, RosterRule } from '../../domain/model.js';
import { assertMayGenerate, describeDiff, generateRoster, hasGenerated, periodLabel, periodRange, storeGenerated, type Period } from '../../domain/roster/generate.js';
import { parseRuleFlags, sameRule } from '../../domain/roster/rule-parse.js';
import { isDateBased, PATTERN_KINDS } from '../../domain/roster/kinds/index.js';
import { ruleInWords, type RosterWording } from '../../domain/roster/rules.js';
import { rosterDocModel, rosterFileName, rosterJson } from '../../domain/roster/view.js';
import { InputError } from '../../errors.js';
import { act } from '../action.js';
import type { Ctx } from '../context.js';
import { outputPath, writeOutput } from '../output-file.js';
import { calendarFactory, periodFlags, periodOf, requireGenerated, rosterTemplate, slotTable } from '../roster-support.js';
import { warnStrandedBookings } from '../visit-session.js';
import { registerRosterOps } from './roster-ops.js';
import { msg } from '../messages.js';

const SHIFT_NAMES = { next: '顺延', previous: '提前', skip: '不另行安排' } as const;

function ruleRow(r: RosterRule, w: RosterWording): (string | number)[] {
  return [r.id, r.kind, ruleInWords(r, w), isDateBased(r.pattern) ? SHIFT_NAMES[r.shift] : '—', r.location, r.time];
}

/** Writes the published .docx of a stored period; returns the file written. */
export async function writeRosterDoc(ctx: Ctx, config: Config, p: Period, file: string): Promise<string> {
  const tpl = rosterTemplate();
  const cal = (await calendarFactory())(config);
  const isMakeupDay = (d: string) => cal.isCovered(Number(d.slice(0, 4))) && cal.isWorkday(d);
  const model = rosterDocModel(config, p, ctx.today, tpl.wording, tpl.document, isMakeupDay);
  const { renderRosterDocx } = await import('../../render/roster-docx.js');
  writeOutput(file, await renderRosterDocx(model));
  return file;
}

function registerRules(roster: Command): void {
  const rule = roster.command('rule').description('接待日规则：添加、列表、删除');

  const add = rule.command('add').description(`添加接待日规则，例如 ${PATTERN_KINDS.map((k) => k.example).join(' 或 ')}`);
  for (const o of PATTERN_KINDS.flatMap((k) => k.options)) add.option(o.flags, o.help);
  add
    .option('--kind <类型>', '接访 或 下访（默认 接访）')
    .option('--shift <方式>', '遇节假日：顺延（next，默认）、提前（previous）、不安排（skip）')
    .option('--location <地点>', '接待地点（默认为安排表模板中的地点）')
    .option('--time <时间>', '接待时间，如 "8:30-12:00,14:30-17:30"')
    .action(
      act(async (ctx, o) => {
        const tpl = rosterTemplate();
        const parsed = parseRuleFlags(o, tpl.defaults);
        const added = await ctx.mutate((tx) => {
          const same = tx.config.rosterRules.find((r) => sameRule(r, parsed));
          if (same) throw new InputError(msg('roster.ruleDuplicate', { id: same.id, words: ruleInWords(same, tpl.wording) }));
          const r: RosterRule = { id: Math.max(0, ...tx.config.rosterRules.map((x) => x.id)) + 1, ...parsed };
          tx.config.rosterRules.push(r);
          tx.note('添加接待日规则', [`rule:${r.id}`]);
          return r;
        });
        if (ctx.json) ctx.printJson({ ...added, words: ruleInWords(added, tpl.wording) });
        ctx.done(`已添加规则 ${added.id}：${ruleInWords(added, tpl.wording)}（${added.kind}，地点：${added.location}，时间：${added.time}）`);
      }),
    );

  rule
    .command('list')
    .description('列出接待日规则')
    .action(
      act(async (ctx) => {
        const rules = (await ctx.config()).rosterRules;
        const tpl = rosterTemplate();
        if (ctx.json) return ctx.printJson(rules.map((r) => ({ ...r, words: ruleInWords(r, tpl.wording) })));
        if (rules.length === 0) return ctx.print('还没有接待日规则，请用 xinfang roster rule add --days 1,16 … 添加');
        await ctx.table(['编号', '类型', '规则', '遇节假日', '地点', '时间'], rules.map((r) => ruleRow(r, tpl.wording)));
      }),
    );

  rule
    .command('remove <编号>')
    .description('删除接待日规则（已排的接待日保留）')
    .action(
      act(async (ctx, _o, [idRaw]) => {
        const id = Number(idRaw);
        const tpl = rosterTemplate();
        const { removed, kept } = await ctx.mutate((tx) => {
          const r = tx.config.rosterRules.find((x) => String(x.id) === idRaw.trim());
          if (!r) {
            const ids = tx.config.rosterRules.map((x) => x.id);
            throw new InputError(msg('roster.ruleNotFound', { id: idRaw, more: ids.length ? msg('roster.ruleNotFoundIds', { ids: ids.join('、') }) : '' }));
          }
          tx.config.rosterRules = tx.config.rosterRules.filter((x) => x !== r);
          tx.note('删除接待日规则', [`rule:${id}`]);
          return { removed: r, kept: tx.config.roster.slots.filter((s) => s.ruleId === r.id).length };
        });
        if (ctx.json) ctx.printJson(removed);
        ctx.done(`已删除规则 ${removed.id}：${ruleInWords(removed, tpl.wording)}`);
        if (kept) ctx.warn(`已排的 ${kept} 个该规则的接待日仍保留；要按新规则重排，请运行 xinfang roster generate --year 年份 --force`);
      }),
    );
}

export function registerRoster(program: Command): void {
  const roster = program.command('roster').description('领导信访接待日安排：规则、生成、查看、调换、导出、提醒');
  registerRules(roster);

  periodFlags(
    roster.command('generate').description('按规则生成接待安排并写出安排表 .docx；不写年月时生成下个月（月初例行），--year 2027 为全年'),
    '月份：2027-01，或 1–12 与 --year 同用',
    '年份，如 2027（只写 --year 为全年）',
  )
    .option('--out <文件>', '安排表文件（默认 out/<标题>.docx）')
    .option('--force', '重新生成已有的安排（报告变动），并覆盖已有文件')
    .action(
      act(async (ctx, o) => {
        const p = periodOf(o, ctx.today, 'nextMonth');
        if (o.year === undefined && o.month === undefined) ctx.done(`未指定年月，生成下个月：${periodLabel(p)}`);
        const tpl = rosterTemplate();
        const force = Boolean(o.force);
        const before = await ctx.config();
        assertMayGenerate(before.roster, p, force); // the clearer refusal comes before the one about the file
        const file = outputPath(o.out, rosterFileName(before.org.name, p, tpl.document), force);
        const calendarOf = await calendarFactory();
        const { generated, lines, config, missing, replaced } = await ctx.mutate((tx) => {
          const cal = calendarOf(tx.config);
          const g = generateRoster(tx.config, p, cal, tpl.wording);
          const replaced = hasGenerated(tx.config.roster, p);
          const stored = storeGenerated(tx.config.roster, p, g.slots, ctx.today, force);
          tx.config.roster = stored.roster;
          tx.note(replaced ? '重新生成接待安排' : '生成接待安排', [`roster:${p.year}${p.month ? `-${p.month}` : ''}`]);
          const status = cal.yearStatus(p.year);
          return { generated: g, lines: replaced ? describeDiff(stored.diff) : null, config: tx.config, missing: status.missing, replaced };
        });
        await writeRosterDoc(ctx, config, p, file);
        if (ctx.json) ctx.printJson({ ...rosterJson(config, p), changes: lines ?? [], warnings: generated.warnings, resolved: generated.resolved, file });
        const byKind = ['接访', '下访'].map((k) => [k, generated.slots.filter((s) => s.kind === k).length] as const).filter(([, n]) => n);
        ctx.done(`已生成${periodLabel(p)}接待安排：共 ${generated.slots.length} 个（${byKind.map(([k, n]) => `${k} ${n}`).join('，') || '无'}）`);
        if (generated.resolved.length) ctx.done(`规则之间的调整 ${generated.resolved.length} 处：\n${generated.resolved.map((l) => `  ${l}`).join('\n')}`);
        for (const w of generated.warnings) ctx.warn(w);
        if (missing.length) {
          ctx.warn(`${p.year}年的节假日安排里没有${missing.join('、')}的放假日，接待日可能排在假期里；请用 xinfang calendar status --year ${p.year} 核对，补录后加 --force 重新生成`);
        }
        if (replaced) await warnStrandedBookings(ctx, config, ...periodRange(p));
        if (lines) ctx.done(lines.length ? `与原安排相比有 ${lines.length} 处变动：\n${lines.map((l) => `  ${l}`).join('\n')}` : '与原安排相比没有变动');
        ctx.done(`已写出安排表：${file}`);
      }),
    );

  roster
    .command('show')
    .description('查看接待安排（--json 输出每一天的日期、领导、信访干部、地点和时间）')
    .option('--year <年份>', '年份（默认今年）')
    .option('--month <月份>', '只看这个月：2027-01，或 1–12 与 --year 同用')
    .action(
      act(async (ctx, o) => {
        const p = periodOf(o, ctx.today);
        const config = await ctx.config();
        const view = rosterJson(config, p);
        if (ctx.json) return ctx.printJson(view);
        if (view.slots.length === 0) {
          return ctx.print(`${periodLabel(p)}没有接待安排${hasGenerated(config.roster, p) ? '' : `，请先运行 xinfang roster generate --year ${p.year}`}`);
        }
        const t = slotTable(view.slots);
        await ctx.table(t.head, t.rows);
      }),
    );

  periodFlags(roster.command('doc').description('把已生成的接待安排写成安排表 .docx（公文格式）'), '只写这个月：2027-01，或 1–12 与 --year 同用')
    .option('--out <文件>', '文件（默认 out/<标题>.docx）')
    .option('--force', '覆盖已有文件')
    .action(
      act(async (ctx, o) => {
        const p = periodOf(o, ctx.today);
        const config = await ctx.config();
        requireGenerated(config, p, '不写安排表');
        const file = outputPath(o.out, rosterFileName(config.org.name, p, rosterTemplate().document), Boolean(o.force));
        await writeRosterDoc(ctx, config, p, file);
        if (ctx.json) ctx.printJson({ file });
        ctx.done(`已写出安排表：${file}`);
      }),
    );

  registerRosterOps(roster);
}
