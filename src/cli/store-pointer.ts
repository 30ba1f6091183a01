// config set store URL|folder: a data folder that points to a PostgreSQL ledger (every command given that folder
// then works on the database), or points back to itself. Changed on the folder's own configuration, never through
// the pointer (docs/shared-ledger.md, "Switching").
import { InputError } from '../errors.js';
import type { Ctx } from './context.js';
import { msg } from './messages.js';

const BACK = new Set(['folder', '本地', '数据目录', 'none']);

export async function pointFolder(ctx: Ctx, value: string): Promise<{ key: 'store'; label: string; value: string; before: string | null }> {
  const target = await ctx.target();
  if (target.kind !== 'folder') throw new InputError(msg('store.pointerNeedsFolder'));
  const [{ openStore, openPg }, { parsePgUrl, withoutPassword }] = await Promise.all([import('../store/index.js'), import('../store/pg/url.js')]);
  let url: string | null = null;
  if (!BACK.has(value.trim())) {
    url = parsePgUrl(value, 'store 的值');
    if (withoutPassword(url) !== url) throw new InputError(msg('store.pointerPassword'));
    const db = await openPg(url, ctx.command);
    try {
      db.config(); // the database must already hold a ledger: store copy (or init) first
    } finally {
      db.close();
    }
  }
  const folder = await openStore(target.dir);
  const run = { command: ctx.command, today: ctx.today, operator: ctx.operator };
  const before = folder.transaction(run, (tx) => {
    const was = tx.config.settings.store ?? null;
    if (url) tx.config.settings.store = url;
    else delete tx.config.settings.store;
    tx.note('修改设置', ['setting:store']);
    return was;
  });
  return { key: 'store', label: '台账位置', value: url ?? `数据目录 ${target.dir}`, before };
}
