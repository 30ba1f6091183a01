// xinfang backup list|restore — the rolling backups taken before every change.
import type { Command } from 'commander';
import { act } from '../action.js';

export function registerBackup(program: Command): void {
  const backup = program.command('backup').description('备份：每次修改前自动备份，保留最近 20 份');

  backup
    .command('list')
    .description('列出备份（最新的在最后）')
    .action(
      act(async (ctx) => {
        const list = (await ctx.store()).backups();
        if (ctx.json) return ctx.printJson(list.map((b) => ({ id: b.id, at: b.at, command: b.command, files: b.files.map((f) => f.rel) })));
        if (list.length === 0) return ctx.print('还没有备份');
        await ctx.table(
          ['编号', '时间', '命令', '文件'],
          list.map((b) => [b.id, new Date(b.at).toLocaleString('zh-CN', { hour12: false }), b.command, b.files.map((f) => f.rel).join('\n')]),
        );
        ctx.print('恢复：xinfang backup restore 编号（恢复到该次修改之前的状态；不写编号则撤销最近一次修改）');
      }),
    );

  backup
    .command('restore [编号]')
    .description('恢复到某次修改之前的状态（默认撤销最近一次修改）；恢复本身也可再撤销')
    .action(
      act(async (ctx, _o, [id]) => {
        const store = await ctx.store();
        const target = store.restore({ command: ctx.command, today: ctx.today }, id);
        if (ctx.json) ctx.printJson({ restoredTo: target.id, before: target.command, at: target.at });
        ctx.done(`已恢复到“${target.command}”（${new Date(target.at).toLocaleString('zh-CN', { hour12: false })}）之前的状态`);
      }),
    );
}
