// xinfang backup list|restore — the rolling backups taken before every change.
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { act } from '../action.js';
import type { Ctx } from '../context.js';
import { backupTime, changeWords, recordWords } from '../change-words.js';
import { msg } from '../messages.js';

export function registerBackup(program: Command): void {
  const backup = program.command('backup').description('备份：每次修改前自动备份，保留最近 20 份');

  backup
    .command('list')
    .description('列出备份（最新的在最后）：每份是哪一次修改之前的状态，那次修改涉及哪些记录')
    .action(
      act(async (ctx) => {
        const store = await ctx.store();
        const list = store.history();
        const damaged = store.damagedBackups();
        if (ctx.json) {
          return ctx.printJson([
            ...list.map((h) => ({ id: h.backup.id, at: h.backup.at, command: h.backup.command, action: h.action ?? null, records: h.records, files: h.backup.files.map((f) => f.rel) })),
            ...damaged.map((id) => ({ id, damaged: true })),
          ]);
        }
        for (const id of damaged) ctx.warn(`备份 ${id} 的清单已损坏，无法用于恢复（也不能撤销到它之前）；可用 xinfang backup restore --file 文件 恢复单个文件`);
        if (list.length === 0) return ctx.print('还没有可用的备份');
        await ctx.table(
          ['编号', '时间', '之后的修改', '涉及的记录'],
          list.map((h) => [h.backup.id, backupTime(h.backup.at), changeWords(h, program), h.records.map(recordWords).join('、') || '—']),
        );
        ctx.print('每份备份是“之后的修改”之前的状态。');
        ctx.print('恢复：xinfang backup restore 编号（撤销该次及以后的修改）');
        ctx.print('不写编号则撤销最近一次修改；恢复本身也可再撤销。');
        ctx.print('恢复单个文件：xinfang backup restore --file cases/2026/2026-10.json');
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
          if (id !== undefined) throw new UsageError(msg('common.backupFileWithId'));
          const { rel, backup } = store.restoreFile({ command: ctx.command, today: ctx.today }, String(o.file));
          if (ctx.json) ctx.printJson({ file: rel, from: backup.id });
          return ctx.done(`已恢复 ${rel} 最后一次保存的版本（“${backup.command}”，${backupTime(backup.at)}）`);
        }
        const target = store.restore({ command: ctx.command, today: ctx.today }, id);
        const h = store.history().find((x) => x.backup.id === target.id);
        if (ctx.json) ctx.printJson({ restoredTo: target.id, before: target.command, action: h?.action ?? null, at: target.at });
        const what = h ? changeWords(h, program) + (h.records.length ? `（${h.records.map(recordWords).join('、')}）` : '') : `命令 ${target.command}`;
        ctx.done(`已恢复到“${what}”（${backupTime(target.at)}）之前的状态`);
      }),
    );

  backup
    .command('dump')
    .description('PostgreSQL 台账的完整备份：用 pg_dump 把 xinfang 的表写入一个文件（数据目录台账直接复制整个目录即可）')
    .requiredOption('--out <文件>', '备份文件，如 xinfang-20261130.dump（已存在则不覆盖）')
    .action(
      act(async (ctx, o) => {
        const url = await databaseUrl(ctx, 'backup dump');
        const { dumpLedger } = await import('../../store/pg/dump.js');
        const done = dumpLedger(url, String(o.out));
        if (ctx.json) return ctx.printJson(done);
        ctx.done(`已备份到 ${done.file}（${Math.ceil(done.bytes / 1024)} KB）；恢复：xinfang backup load ${done.file}`);
      }),
    );

  backup
    .command('load <文件>')
    .description('用 pg_restore 把 backup dump 的文件恢复到 PostgreSQL 台账（整体替换，全部成功或不做改动）')
    .action(
      act(async (ctx, _o, [file]) => {
        const url = await databaseUrl(ctx, 'backup load');
        if (!ctx.global.yes) {
          if (!ctx.interactive) throw new UsageError(msg('common.backupLoadNeedsYes'));
          const { askConfirm } = await import('../prompts.js');
          if (!(await askConfirm(`用 ${file} 整体替换数据库中的台账？`))) return ctx.done('未做任何改动');
        }
        const { loadLedger } = await import('../../store/pg/dump.js');
        loadLedger(url, file);
        if (ctx.json) return ctx.printJson({ loaded: file });
        ctx.done(`已用 ${file} 恢复数据库中的台账`);
      }),
    );
}

/** The database a PostgreSQL ledger is in; a folder ledger is refused with what to do instead. */
async function databaseUrl(ctx: Ctx, command: string): Promise<string> {
  const store = await ctx.store();
  if (store.kind !== 'postgres') throw new InputError(msg('common.backupDumpFolder', { command }));
  return store.url ?? '';
}
