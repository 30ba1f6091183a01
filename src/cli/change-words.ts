// A change of the store said in words for `backup list` and `backup restore`: the journal's action (添加领导) and
// the records it touched (领导 张明), as the journal names them (kind:name).
import type { Command } from 'commander';
import type { BackupHistory } from '../store/index.js';

const RECORD_KINDS: Record<string, string> = {
  org: '本单位',
  leader: '领导',
  staff: '信访干部',
  unit: '单位',
  category: '问题类别',
  source: '来源',
  calendar: '节假日',
  rule: '接待日规则',
  roster: '接待安排',
  case: '信访件',
  'repeat-of': '重复信访',
  setting: '设置',
  backup: '备份',
};

/** 'leader:张明' → '领导 张明'; a kind not in the table is shown as stored. */
export function recordWords(record: string): string {
  const at = record.indexOf(':');
  const kind = at > 0 ? RECORD_KINDS[record.slice(0, at)] : undefined;
  return kind ? `${kind} ${record.slice(at + 1)}` : record;
}

/** 'leader add' → 添加领导: the first words of the command's own description; the path itself when not found. */
function commandWords(program: Command, commandPath: string): string {
  let cmd: Command | undefined = program;
  for (const word of commandPath.split(' ')) cmd = cmd?.commands.find((c) => c.name() === word);
  const words = cmd?.description().split(/[（(，。：；]/)[0].trim();
  return words ? `${words}（${commandPath}）` : `命令 ${commandPath}`;
}

/** The change a backup was taken before: the journal's action, else the command's own description. */
export function changeWords(h: BackupHistory, program: Command): string {
  return h.action ?? commandWords(program, h.backup.command);
}

/** Local date and time to the minute, e.g. 2027-01-04 09:30. */
export function backupTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
