// A new ledger where the global options say (a data folder, or a database): shared by init and store copy.
import type { Config } from '../domain/model.js';
import type { LedgerTarget, StoreBackend } from '../store/index.js';
import type { Ctx } from './context.js';

type Note = { action: string; records: string[] };

export async function createIn(target: LedgerTarget, ctx: Ctx, config: Config, files?: Map<string, string>, note?: Note): Promise<StoreBackend> {
  const run = { command: ctx.command, today: ctx.today, operator: ctx.operator };
  if (target.kind === 'postgres') {
    const { PgStore } = await import('../store/pg/pg-store.js');
    return PgStore.create(target.url, config, run, files, note);
  }
  const { Store } = await import('../store/store.js');
  return Store.create(target.dir, config, run, files, note);
}

export async function createLedger(ctx: Ctx, config: Config): Promise<{ where: string; store: StoreBackend }> {
  const target = await ctx.target();
  const store = await createIn(target, ctx, config);
  return { where: store.dir, store };
}
