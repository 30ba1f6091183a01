// xinfang backup list|restore — the rolling backups taken before every change.
import type { Command } from 'commander';
import { act } from '../action.js';
import { backupTime, changeWords, recordWords } from '../change-words.js';

export function registerBackup(program: Command): void {
  const backup = program.command('backup').description('备份：每次修改前自动备份，保留最近 20 份');

  backup
    .command('list')
    .description('列出备份（最新的在最后）：每份是哪一次修改之前的状态，那次修改涉及哪些记录')
    .action(
      act(async (ctx) => {
        const list = (await ctx.store()).history();
        if (ctx.json) {
          return ctx.printJson(list.map((h) => ({ id: h.backup.id, at: h.backup.at, command: h.backup.command, action: h.action ?? null, records: h.records, files: h.backup.files.map((f) => f.rel) })));
        }
        if (list.length === 0) return ctx.print('还没有备份');
        await ctx.table(
          ['编号', '时间', '之后的修改', '涉及的记录'],
          list.map((h) => [h.backup.id, backupTime(h.backup.at), changeWords(h, program), h.records.map(recordWords).join('、') || '—']),
        );
        ctx.print('每份备份是“之后的修改”之前的状态。');
        ctx.print('恢复：xinfang backup restore 编号（撤销该次及以后的修改）');
        ctx.print('不写编号则撤销最近一次修改；恢复本身也可再撤销。');
      }),
    );

  backup
    .command('restore [编号]')
    .description('恢复到某次修改之前的状态（默认撤销最近一次修改）；恢复本身也可再撤销')
    .action(
      act(async (ctx, _o, [id]) => {
        const store = await ctx.store();
        const target = store.restore({ command: ctx.command, today: ctx.today }, id);
        const h = store.history().find((x) => x.backup.id === target.id);
        if (ctx.json) ctx.printJson({ restoredTo: target.id, before: target.command, action: h?.action ?? null, at: target.at });
        const what = h ? changeWords(h, program) + (h.records.length ? `（${h.records.map(recordWords).join('、')}）` : '') : `命令 ${target.command}`;
        ctx.done(`已恢复到“${what}”（${backupTime(target.at)}）之前的状态`);
      }),
    );
}
