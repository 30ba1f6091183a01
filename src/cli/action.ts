// Wraps a command handler: builds its context from the global options and the command path.
import type { Command } from 'commander';
import { Ctx, type GlobalOptions } from './context.js';
import { commandPath } from './help.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Opts = Record<string, any>;
export type Handler = (ctx: Ctx, opts: Opts, args: string[]) => Promise<void> | void;


export function act(handler: Handler) {
  return async (...params: unknown[]): Promise<void> => {
    const cmd = params[params.length - 1] as Command;
    const args = params.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [String(a)]));
    const all = cmd.optsWithGlobals() as Opts & GlobalOptions;
    const ctx = new Ctx({ data: all.data, json: all.json, color: all.color, yes: all.yes, today: all.today, store: all.store, operator: all.operator }, commandPath(cmd));
    void ctx.today; // a bad --today is refused by every command, also those that do not use the date
    try {
      await handler(ctx, cmd.opts(), args);
    } finally {
      await ctx.close();
    }
  };
}
