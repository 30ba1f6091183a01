// store copy between a data folder and a database, either way: the source is read under its own write lock (so no
// change lands half-way through), the destination must hold no ledger, and a copy that does not read back equal is
// taken back (copy.ts).
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { RunContext, StoreBackend } from './backend.js';
import { CONFIG_FILE } from './config-file.js';
import { copyLedger, type CopySummary } from './copy.js';
import type { LedgerTarget } from './index.js';

async function openSource(t: LedgerTarget, command: string): Promise<StoreBackend> {
  const { openStore, openPg } = await import('./index.js');
  if (t.kind === 'postgres') return openPg(t.url, command);
  const folder = await openStore(t.dir);
  // its own ledger is the state before the switch: copying it would quietly drop every change made since
  const pointer = folder.config().settings.store;
  if (pointer) throw new InputError(`数据目录 ${t.dir} 已改用数据库台账 ${pointer}，其中的台账是改用之前的状态，未复制；要复制现在的台账，请用 --from ${pointer}`);
  return folder;
}

function same(a: LedgerTarget, b: LedgerTarget): boolean {
  return a.kind === b.kind && (a.kind === 'postgres' ? a.url === (b as { url: string }).url : path.resolve(a.dir) === path.resolve((b as { dir: string }).dir));
}

export async function copyBetween(from: LedgerTarget, to: LedgerTarget, ctx: RunContext): Promise<CopySummary & { from: string; to: string }> {
  if (same(from, to)) throw new InputError('--from 与 --to 是同一个台账');
  const src = await openSource(from, ctx.command);
  try {
    if (from.kind === 'folder' && to.kind === 'folder' && path.resolve(to.dir).startsWith(path.resolve(from.dir) + path.sep)) {
      throw new InputError(`目标目录 ${to.dir} 在源数据目录 ${from.dir} 之内，未复制；请指定源数据目录之外的目录`);
    }
    if (to.kind === 'folder') return { ...(await toFolder(src, to.dir, ctx)), from: src.dir, to: to.dir };
    const { PgStore } = await import('./pg/pg-store.js');
    const dst = PgStore.open(to.url, ctx.command);
    try {
      const summary = src.transaction(ctx, () => copyLedger(src, dst, (config, files, check) => PgStore.create(to.url, config, ctx, files, note(src), check)));
      return { ...summary, from: src.dir, to: dst.dir };
    } finally {
      dst.close();
    }
  } finally {
    src.close();
  }
}

async function toFolder(src: StoreBackend, dir: string, ctx: RunContext): Promise<CopySummary> {
  const { Store } = await import('./store.js');
  const existed = fs.existsSync(dir);
  if (existed && fs.readdirSync(dir).length > 0 && !Store.exists(dir)) throw new InputError(`目标目录 ${dir} 不是空目录，未复制；请指定一个新的或空的目录`);
  const reader = { dir, readText: (rel: string) => (rel === CONFIG_FILE && Store.exists(dir) ? '' : null) };
  return src.transaction(ctx, () =>
    copyLedger(src, reader, (config, files, check) => {
      const made = Store.create(dir, config, ctx, files, note(src));
      try {
        check(made);
        return made;
      } catch (e) {
        // nothing else was ever in it: the folder goes back to empty (or to not existing)
        if (existed) for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
        else fs.rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    }),
  );
}

function note(src: StoreBackend) {
  return { action: '迁入台账', records: [`store:${src.dir}`] };
}
