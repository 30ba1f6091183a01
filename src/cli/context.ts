// What every command gets: the global options, today's date, the store, and the ways to print.
import type { Config } from '../domain/model.js';
import { parseDate } from '../domain/common/dates.js';
import type { LedgerTarget, StoreBackend as Store, Tx } from '../store/index.js';
import { InputError, UsageError } from '../errors.js';
import { msg } from './messages.js';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
  color?: boolean;
  yes?: boolean;
  today?: string;
  store?: string;
  operator?: string;
}

function clockToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export class Ctx {
  private storePromise: Promise<Store> | null = null;
  readonly color: boolean;

  constructor(
    readonly global: GlobalOptions,
    /** The command path, e.g. 'leader add' — named in the journal and in lock messages. */
    readonly command: string,
  ) {
    this.color = global.color !== false && !process.env.NO_COLOR && Boolean(process.stdout.isTTY);
  }

  /** --today > XINFANG_TODAY > the clock. Every date computation uses this, never the clock directly. */
  get today(): string {
    if (this.global.today !== undefined) return parseDate(this.global.today, '--today'); // given empty: refused, not the clock
    const env = process.env.XINFANG_TODAY;
    return env ? parseDate(env, 'XINFANG_TODAY') : clockToday();
  }

  get json(): boolean {
    return Boolean(this.global.json);
  }

  /** Prompts only on a real terminal, and never with --yes or in CI. */
  get interactive(): boolean {
    return Boolean(process.stdin.isTTY && process.stdout.isTTY && !this.global.yes && !process.env.CI);
  }

  async dataDir(): Promise<string> {
    const { resolveDataDir } = await import('../store/paths.js');
    return resolveDataDir(this.global.data, process.env, process.cwd());
  }

  /** --store URL > XINFANG_STORE > the data folder (which may itself point to a database: config set store). */
  async target(): Promise<LedgerTarget> {
    const flag = this.global.store ?? process.env.XINFANG_STORE;
    if (flag !== undefined && (this.global.store !== undefined || flag !== '')) {
      const { parsePgUrl } = await import('../store/pg/url.js');
      return { kind: 'postgres', url: parsePgUrl(flag, this.global.store !== undefined ? '--store' : 'XINFANG_STORE') };
    }
    return { kind: 'folder', dir: await this.dataDir() };
  }

  store(): Promise<Store> {
    this.storePromise ??= (async () => {
      const { openLedger } = await import('../store/index.js');
      return openLedger(await this.target(), this.command);
    })();
    return this.storePromise;
  }

  /** Ends the database connection a command opened (nothing for a folder). */
  async close(): Promise<void> {
    const opened = this.storePromise;
    this.storePromise = null;
    if (opened) (await opened.catch(() => null))?.close();
  }

  /** Who makes the changes, for the journal: --operator, else XINFANG_USER (the database role is recorded as well). */
  get operator(): string | undefined {
    const given = this.global.operator?.trim();
    if (given && ([...given].length > 50 || /[\u0000-\u001f\u007f]/.test(given))) throw new InputError(msg('common.operatorInvalid'));
    const named = given ?? process.env.XINFANG_USER?.trim();
    return named ? [...named].slice(0, 50).join('') : undefined;
  }

  async config(): Promise<Config> {
    return (await this.store()).config();
  }

  /** Runs a change on the store as one transaction (lock, backup, atomic write, journal). */
  async mutate<R>(fn: (tx: Tx) => R): Promise<R> {
    const store = await this.store();
    const today = this.today;
    return store.transaction({ command: this.command, today, operator: this.operator, onWait: (holder) => this.warn(`${store.kind === 'postgres' ? '台账' : '数据目录'}正被${holder}使用，正在排队等待…`) }, fn);
  }

  // ---- output: stdout carries results (only JSON with --json); stderr carries notices ----

  print(text: string): void {
    process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  }

  printJson(data: unknown): void {
    process.stdout.write(JSON.stringify(data, null, 2) + '\n');
  }

  /** A confirmation of what was done: on stdout normally, on stderr under --json so stdout stays pure JSON. */
  done(text: string): void {
    (this.json ? process.stderr : process.stdout).write(text + '\n');
  }

  /** A line of detail on stderr (e.g. each bad row of an import) before the one 错误： line. */
  detail(text: string): void {
    process.stderr.write(text + '\n');
  }

  warn(text: string): void {
    process.stderr.write(`提示：${text}\n`);
  }

  async table(head: string[], rows: (string | number)[][]): Promise<void> {
    const { renderTable } = await import('../render/table.js');
    this.print(renderTable(head, rows, { color: this.color, width: process.stdout.isTTY ? process.stdout.columns : 80 }));
  }

  requireNoArgs(args: string[]): void {
    if (args.length) throw new UsageError(msg('common.extraArguments', { args: args.join(' ') }));
  }
}
