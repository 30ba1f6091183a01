// xinfang store init|copy — a ledger shared by several clerks in PostgreSQL (docs/shared-ledger.md).
import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { LedgerTarget } from '../../store/index.js';
import { act } from '../action.js';
import { msg } from '../messages.js';

async function targetOf(value: string, flag: string): Promise<LedgerTarget> {
  const { isPgUrl, parsePgUrl } = await import('../../store/pg/url.js');
  if (!value.trim()) throw new InputError(msg('store.targetEmpty', { flag }));
  if (isPgUrl(value)) return { kind: 'postgres', url: parsePgUrl(value, flag) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim())) throw new InputError(msg('store.onlyPostgres', { flag, value }));
  return { kind: 'folder', dir: path.resolve(value) };
}

export function registerStore(program: Command): void {
  const store = program.command('store').description('多人共用台账：在 PostgreSQL 中建表，在数据目录与数据库之间迁移');

  store
    .command('init')
    .description('在 PostgreSQL 数据库中建立或升级 xinfang 的表（需 --store 或 XINFANG_STORE）')
    .action(
      act(async (ctx) => {
        const target = await ctx.target();
        if (target.kind !== 'postgres') throw new InputError(msg('store.initNeedsDatabase'));
        const [{ PgStore }, { initSchema }, { withoutPassword }] = await Promise.all([import('../../store/pg/pg-store.js'), import('../../store/pg/init-schema.js'), import('../../store/pg/url.js')]);
        const db = PgStore.connect(target.url, ctx.command);
        try {
          const done = initSchema(db);
          if (ctx.json) return ctx.printJson({ store: db.dir, ...done });
          ctx.done(done.from === done.to ? `数据库 ${db.dir} 的表已是最新版本（${done.to}）` : `已在数据库 ${db.dir} 中建立 xinfang 的表（版本 ${done.to}）`);
          if (done.roles === 'created') ctx.done('角色 xinfang_clerk（办理，可读写信访人信息）与 xinfang_leader（只读，信访人信息已遮蔽）已就绪；用 GRANT xinfang_clerk TO 用户名 授权');
          else ctx.warn(`数据库角色 ${done.role} 无权建立角色，未建立 xinfang_clerk、xinfang_leader；请数据库管理员再运行一次 store init`);
          if (done.connectRestricted) ctx.done(`已收回所有人连接数据库 ${done.database} 的默认权限（角色是整个服务器共用的）：请为每位工作人员和领导授权 GRANT CONNECT ON DATABASE ${done.database} TO 用户名`);
          else ctx.warn(`数据库角色 ${done.role} 不是数据库 ${done.database} 的所有者，未收回 PUBLIC 的连接权限；同一服务器上其他 xinfang 数据库的人员也能连接本库，请数据库所有者再运行一次 store init`);
          const url = withoutPassword(target.url);
          ctx.done(`下一步：xinfang --store '${url}' init --org "单位名称"，或 xinfang store copy --from 数据目录 --to '${url}'`);
        } finally {
          db.close();
        }
      }),
    );

  store
    .command('copy')
    .description('把整个台账从数据目录复制到数据库，或从数据库复制回数据目录；核对每件信访件，全部成功或不做改动')
    .requiredOption('--from <目录或地址>', '源台账：数据目录，或 postgres:// 地址')
    .requiredOption('--to <目录或地址>', '目标：新的（或空的）数据目录，或已运行过 store init 的空数据库')
    .action(
      act(async (ctx, o) => {
        const [from, to] = [await targetOf(String(o.from), '--from'), await targetOf(String(o.to), '--to')];
        const { copyBetween } = await import('../../store/copy-targets.js');
        const done = await copyBetween(from, to, { command: ctx.command, today: ctx.today, operator: ctx.operator });
        if (ctx.json) return ctx.printJson(done);
        ctx.done(`已复制：${done.from} → ${done.to}`);
        ctx.done(`信访件 ${done.cases} 件、来访登记 ${done.visits} 条、文件 ${done.documents} 个，逐件核对一致（校验和 ${done.checksum.slice(0, 16)}）`);
      }),
    );
}
