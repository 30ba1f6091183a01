// xinfang leader add|list|update|remove|move|away — the bureau's leaders, in rotation order.
import { titledName } from '../../domain/org/names.js';
import type { Command } from 'commander';
import { parseDate } from '../../domain/common/dates.js';
import { warnAwayImpact } from '../visit-session.js';
import { addLeader, moveLeader, setLeaderAway, updateLeader } from '../../domain/org/org.js';
import type { Leader } from '../../domain/model.js';
import { act } from '../action.js';
import { removeEntry } from './remove-entry.js';

function awayText(l: Leader): string {
  return l.away.map((a) => `${a.from}至${a.to}${a.reason}`).join('；');
}

export function registerLeader(program: Command): void {
  const leader = program.command('leader').description('局领导：添加、列表、修改、排序、删除、外出登记');

  leader
    .command('add')
    .description('添加领导（按添加顺序轮流接访，--order 指定位置）')
    .requiredOption('--name <姓名>', '姓名')
    .option('--title <职务>', '职务，如“党组书记、局长”')
    .option('--portfolio <分管工作>', '分管工作')
    .option('--phone <电话>', '联系电话')
    .option('--order <序号>', '在轮值顺序中的位置（从 1 开始）')
    .action(
      act(async (ctx, o) => {
        const l = await ctx.mutate((tx) => {
          const added = addLeader(tx.config, o);
          tx.note('添加领导', [`leader:${added.name}`]);
          return added;
        });
        if (ctx.json) ctx.printJson(l);
        ctx.done(`已添加领导：${l.title ? titledName(l.name, l.title) : `${l.name}（未填职务）`}`);
      }),
    );

  leader
    .command('list')
    .description('列出领导（轮值顺序）')
    .option('--all', '包括已停用的')
    .action(
      act(async (ctx, o) => {
        const all = (await ctx.config()).leaders;
        const shown = o.all ? all : all.filter((l) => l.active);
        if (ctx.json) return ctx.printJson(shown);
        if (shown.length === 0) return ctx.print('还没有领导，请用 xinfang leader add --name … 添加');
        await ctx.table(
          ['序号', '姓名', '职务', '分管工作', '电话', '外出'],
          shown.map((l, i) => [i + 1, l.active ? l.name : `${l.name}（停用）`, l.title, l.portfolio, l.phone, awayText(l)]),
        );
      }),
    );

  leader
    .command('update <姓名>')
    .description('修改领导的职务、分管工作或电话')
    .option('--title <职务>', '职务')
    .option('--portfolio <分管工作>', '分管工作')
    .option('--phone <电话>', '联系电话')
    .action(
      act(async (ctx, o, [name]) => {
        const l = await ctx.mutate((tx) => {
          const u = updateLeader(tx.config, name, o);
          tx.note('修改领导', [`leader:${u.name}`]);
          return u;
        });
        if (ctx.json) ctx.printJson(l);
        ctx.done(`已修改领导：${l.name}`);
      }),
    );

  leader
    .command('move <姓名>')
    .description('调整领导在轮值顺序中的位置')
    .requiredOption('--to <序号>', '新位置（从 1 开始）')
    .action(
      act(async (ctx, o, [name]) => {
        const order = await ctx.mutate((tx) => {
          moveLeader(tx.config, name, o.to);
          tx.note('调整领导顺序', [`leader:${name}`]);
          return tx.config.leaders.map((l) => l.name);
        });
        if (ctx.json) ctx.printJson(order);
        ctx.done(`新的轮值顺序：${order.join('、')}`);
      }),
    );

  leader
    .command('away <姓名>')
    .description('登记领导外出（排班时跳过这些日期）')
    .requiredOption('--from <日期>', '开始日期 YYYY-MM-DD')
    .requiredOption('--to <日期>', '结束日期 YYYY-MM-DD')
    .requiredOption('--reason <原因>', '原因，如 出差、学习、休假')
    .action(
      act(async (ctx, o, [name]) => {
        const l = await ctx.mutate((tx) => {
          const u = setLeaderAway(tx.config, name, o.from, o.to, o.reason);
          tx.note('登记领导外出', [`leader:${u.name}`]);
          return u;
        });
        if (ctx.json) ctx.printJson(l);
        const a = l.away.find((p) => p.from === parseDate(o.from))!; // periods never overlap: this is the one just added
        ctx.done(`已登记：${l.name} ${o.from} 至 ${o.to} ${o.reason}`);
        await warnAwayImpact(ctx, l.name, a);
      }),
    );

  leader
    .command('remove <姓名>')
    .description('删除领导（历史记录中用到的改为停用）')
    .action(act((ctx, _o, [name]) => removeEntry(ctx, 'leaders', name)));
}
