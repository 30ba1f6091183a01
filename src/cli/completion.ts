// Shell completion scripts for bash and zsh, written from the program's own command tree: a new command or option
// completes without anything added here. The script knows, for each command path, its subcommands and options.
import type { Command } from 'commander';
import { commandPath } from './help.js';

interface Node {
  path: string;
  words: { name: string; about: string }[];
}

const optionWords = (cmd: Command) => cmd.options.filter((o) => o.long && !o.hidden).map((o) => ({ name: o.long!, about: o.description }));

function nodes(program: Command): Node[] {
  const out: Node[] = [];
  const globals = optionWords(program).filter((w) => w.name !== '--version'); // given after a command too
  const visit = (cmd: Command) => {
    const subs = cmd.commands.filter((c) => c.name() !== 'help');
    const words = [
      ...subs.map((c) => ({ name: c.name(), about: c.description() })),
      ...optionWords(cmd),
      ...(cmd === program ? [] : globals),
      { name: '--help', about: '显示帮助' },
    ];
    out.push({ path: commandPath(cmd), words });
    subs.forEach(visit);
  };
  visit(program);
  return out;
}

/** A shell word in single quotes. */
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const firstClause = (s: string) => s.split(/[（(，。；]/)[0];

/** Walks the typed words to the deepest known command path (options and their values are skipped over). */
function pathLoop(known: Node[], words: string, shell: 'bash' | 'zsh'): string {
  const cases = known.filter((n) => n.path).map((n) => quote(n.path)).join('|');
  const open = shell === 'zsh' ? '(' : '';
  return `  local p="" w
  for w in ${words}; do
    case "$p\${p:+ }$w" in
      ${open}${cases}) p="$p\${p:+ }$w" ;;
    esac
  done`;
}

export function bashCompletion(program: Command): string {
  const all = nodes(program);
  const name = program.name();
  const branches = all.map((n) => `    ${quote(n.path)}) words=${quote(n.words.map((w) => w.name).join(' '))} ;;`).join('\n');
  return `# bash completion for ${name}: source this file, or put it in ~/.local/share/bash-completion/completions/${name}
_${name}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" words=""
${pathLoop(all, '"${COMP_WORDS[@]:1:COMP_CWORD-1}"', 'bash')}
  case "$p" in
${branches}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  [[ \${#COMPREPLY[@]} -eq 0 ]] && COMPREPLY=($(compgen -f -- "$cur"))
  return 0
}
complete -F _${name} ${name}
`;
}

export function zshCompletion(program: Command): string {
  const all = nodes(program);
  const name = program.name();
  const spec = (w: { name: string; about: string }) => quote(`${w.name.replace(/:/g, '\\:')}:${firstClause(w.about)}`);
  const branches = all.map((n) => `    (${quote(n.path)}) specs=(${n.words.map(spec).join(' ')}) ;;`).join('\n');
  return `#compdef ${name}
# zsh completion for ${name}: put this file as _${name} in a folder of $fpath (e.g. ~/.zfunc), then run compinit
_${name}() {
  local -a specs
${pathLoop(all, '${words[2,CURRENT-1]}', 'zsh')}
  case "$p" in
${branches}
  esac
  _describe -t commands '${name}' specs || _files
}
if [ "$funcstack[1]" = "_${name}" ]; then _${name} "$@"; else compdef _${name} ${name}; fi
`;
}
