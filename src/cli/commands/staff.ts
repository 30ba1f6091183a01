// xinfang staff add|list|remove — the petition staff (信访干部) who assist on reception days.
import type { Command } from 'commander';
import { addStaff } from '../../domain/org/org.js';
import { act } from '../action.js';
import { removeEntry } from './remove-entry.js';

export function registerStaff(program: Command): void {
  const staff = program.command('staff').description('信访干部：添加、列表、删除');

  staff
    .command('add')
    .description('添加信访干部（按添加顺序轮流陪同接访）')
    .requiredOption('--name <姓名>', '姓名')
    .option('--phone <电话>', '联系电话')
    .action(
      act(async (ctx, o) => {
        const s = await ctx.mutate((tx) => {
          const added = addStaff(tx.config, o);
          tx.note('添加信访干部', [`staff:${added.name}`]);
          return added;
        });
        if (ctx.json) ctx.printJson(s);
        ctx.done(`已添加信访干部：${s.name}`);
      }),
    );

  staff
    .command('list')
    .description('列出信访干部')
    .option('--all', '包括已停用的')
    .action(
      act(async (ctx, o) => {
        const all = (await ctx.config()).staff;
        const shown = o.all ? all : all.filter((s) => s.active);
        if (ctx.json) return ctx.printJson(shown);
        if (shown.length === 0) return ctx.print('还没有信访干部，请用 xinfang staff add --name … 添加');
        await ctx.table(['序号', '姓名', '电话'], shown.map((s, i) => [i + 1, s.active ? s.name : `${s.name}（停用）`, s.phone]));
      }),
    );

  staff
    .command('remove <姓名>')
    .description('删除信访干部（历史记录中用到的改为停用）')
    .action(act((ctx, _o, [name]) => removeEntry(ctx, 'staff', name)));
}
