// xinfang completion bash|zsh — prints the shell completion script, made from the command tree.
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { act } from '../action.js';
import { msg } from '../messages.js';

export function registerCompletion(program: Command): void {
  program
    .command('completion <bash|zsh>')
    .description('输出 bash 或 zsh 的命令补全脚本（按 Tab 补全命令和选项）')
    .action(
      act(async (ctx, _o, [shell]) => {
        const { bashCompletion, zshCompletion } = await import('../completion.js');
        if (shell === 'bash') return ctx.print(bashCompletion(program));
        if (shell === 'zsh') return ctx.print(zshCompletion(program));
        throw new UsageError(msg('common.shellUnsupported', { shell }));
      }),
    );
}
