// xinfang backup list|restore — the rolling backups taken before every change.
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { act } from '../action.js';

export function registerBackup(program: Command): void {
  const backup = program.command('backup').description('备份：每次修改前自动备份，保留最近 20 份');

  backup
    .command('list')
    .description('列出备份（最新的在最后）')
    .action(
      act(async (ctx) => {
        const store = await ctx.store();
        const list = store.backups();
        const damaged = store.damagedBackups();
        if (ctx.json) {
          return ctx.printJson([...list.map((b) => ({ id: b.id, at: b.at, command: b.command, files: b.files.map((f) => f.rel) })), ...damaged.map((id) => ({ id, damaged: true }))]);
        }
        for (const id of damaged) ctx.warn(`备份 ${id} 的清单已损坏，无法用于恢复（也不能撤销到它之前）；可用 xinfang backup restore --file 文件 恢复单个文件`);
        if (list.length === 0) return ctx.print('还没有可用的备份');
        await ctx.table(
          ['编号', '时间', '命令', '文件'],
          list.map((b) => [b.id, new Date(b.at).toLocaleString('zh-CN', { hour12: false }), b.command, b.files.map((f) => f.rel).join('\n')]),
        );
        ctx.print('恢复：xinfang backup restore 编号（恢复到该次修改之前的状态；不写编号则撤销最近一次修改）');
        ctx.print('恢复单个文件最后一次保存的版本：xinfang backup restore --file cases/2026/2026-10.json');
      }),
    );

  backup
    .command('restore [编号]')
    .description('恢复到某次修改之前的状态（默认撤销最近一次修改）；恢复本身也可再撤销')
    .option('--file <文件>', '只恢复这一个文件最后一次保存的版本（数据目录中的路径，如 cases/2026/2026-10.json），不撤销任何修改')
    .action(
      act(async (ctx, o, [id]) => {
        const store = await ctx.store();
        if (o.file !== undefined) {
          if (id !== undefined) throw new UsageError('--file 与备份编号不能同时使用');
          const { rel, backup } = store.restoreFile({ command: ctx.command, today: ctx.today }, String(o.file));
          if (ctx.json) ctx.printJson({ file: rel, from: backup.id });
          return ctx.done(`已恢复 ${rel} 最后一次保存的版本（“${backup.command}”，${new Date(backup.at).toLocaleString('zh-CN', { hour12: false })}）`);
        }
        const target = store.restore({ command: ctx.command, today: ctx.today }, id);
        if (ctx.json) ctx.printJson({ restoredTo: target.id, before: target.command, at: target.at });
        ctx.done(`已恢复到“${target.command}”（${new Date(target.at).toLocaleString('zh-CN', { hour12: false })}）之前的状态`);
      }),
    );
}
