// xinfang unit|category|source — the named lists cases pick from.
import type { Command } from 'commander';
import { addCategory, addSource, addUnit } from '../../domain/org/org.js';
import { UNIT_KINDS } from '../../domain/model.js';
import { act } from '../action.js';
import { removeEntry } from './remove-entry.js';

function listAction<T extends { name: string; active: boolean }>(pick: (c: import('../../domain/model.js').Config) => T[], head: string[], row: (x: T) => string[], empty: string) {
  return act(async (ctx, o) => {
    const all = pick(await ctx.config());
    const shown = o.all ? all : all.filter((x) => x.active);
    if (ctx.json) return ctx.printJson(shown);
    if (shown.length === 0) return ctx.print(empty);
    await ctx.table(['序号', ...head], shown.map((x, i) => [i + 1, ...row(x).map((v, j) => (j === 0 && !x.active ? `${v}（停用）` : v))]));
  });
}

export function registerLists(program: Command): void {
  const unit = program.command('unit').description('责任单位与地区：科室、县区、学校');
  unit
    .command('add')
    .description('添加单位')
    .requiredOption('--name <名称>', '名称，如 基础教育科、海州区、市第一中学')
    .requiredOption('--kind <类型>', `类型：${UNIT_KINDS.join('、')}（县区、学校 可作为信访件的涉及地区）`)
    .action(
      act(async (ctx, o) => {
        const u = await ctx.mutate((tx) => {
          const added = addUnit(tx.config, o);
          tx.note('添加单位', [`unit:${added.name}`]);
          return added;
        });
        if (ctx.json) ctx.printJson(u);
        ctx.done(`已添加单位：${u.name}（${u.kind}）`);
      }),
    );
  unit
    .command('list')
    .description('列出单位')
    .option('--all', '包括已停用的')
    .action(listAction((c) => c.units, ['名称', '类型'], (u) => [u.name, u.kind], '还没有单位，请用 xinfang unit add --name … --kind … 添加'));
  unit
    .command('remove <名称>')
    .description('删除单位（信访件中用到的改为停用）')
    .action(act((ctx, _o, [name]) => removeEntry(ctx, 'units', name)));

  const category = program.command('category').description('问题类别');
  category
    .command('list')
    .description('列出问题类别')
    .option('--all', '包括已停用的')
    .action(listAction((c) => c.categories, ['类别'], (x) => [x.name], '没有问题类别，请用 xinfang category add 名称 添加'));
  category
    .command('add <名称>')
    .description('添加问题类别（“其它”始终排在最后）')
    .action(
      act(async (ctx, _o, [name]) => {
        const c = await ctx.mutate((tx) => {
          const added = addCategory(tx.config, name);
          tx.note('添加问题类别', [`category:${added.name}`]);
          return added;
        });
        if (ctx.json) ctx.printJson(c);
        ctx.done(`已添加问题类别：${c.name}`);
      }),
    );
  category
    .command('remove <名称>')
    .description('删除问题类别（信访件中用到的改为停用）')
    .action(act((ctx, _o, [name]) => removeEntry(ctx, 'categories', name)));

  const source = program.command('source').description('信访件来源（本级受理、上级转办、市长信箱……）');
  source
    .command('list')
    .description('列出来源及其分组')
    .option('--all', '包括已停用的')
    .action(listAction((c) => c.sources, ['来源', '分组'], (s) => [s.name, s.group], '没有来源，请用 xinfang source add --name … 添加'));
  source
    .command('add')
    .description('添加来源；年度总结按分组统计')
    .requiredOption('--name <名称>', '名称，如 市长信箱')
    .option('--group <分组>', '分组，如 上级转办（默认与名称相同）')
    .action(
      act(async (ctx, o) => {
        const s = await ctx.mutate((tx) => {
          const added = addSource(tx.config, o);
          tx.note('添加来源', [`source:${added.name}`]);
          return added;
        });
        if (ctx.json) ctx.printJson(s);
        ctx.done(`已添加来源：${s.name}（分组：${s.group}）`);
      }),
    );
  source
    .command('remove <名称>')
    .description('删除来源（信访件中用到的改为停用）')
    .action(act((ctx, _o, [name]) => removeEntry(ctx, 'sources', name)));
}
