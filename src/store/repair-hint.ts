// The exact command that heals a damaged store file, named in every message about one.
import path from 'node:path';

const DERIVED_RE = /(?:^|\/)cases\/(?:\d{4}\/index|open|summary|people\/[0-9a-f]{2})\.json$/;
// the files that are kept as each change wrote them (case-files.ts isPrimary): a month file, a visit file
const KEPT_RE = /(?:^|\/)(cases\/\d{4}\/\d{4}-\d{2}\.json|visits\/\d{4}\.json)$/;

/** `file` is the absolute path (or the path inside the data folder) of the damaged file. */
export function repairHint(file: string): string {
  const slashed = file.split(path.sep).join('/');
  if (DERIVED_RE.test(slashed)) return '它可由各月份文件重建：运行 xinfang check --repair';
  const month = KEPT_RE.exec(slashed);
  if (month) {
    return `恢复该文件最后一次保存的版本：xinfang backup restore --file ${month[1]}（或运行 xinfang check 查看详情，xinfang check --repair 修复）`;
  }
  if (slashed.endsWith('config.json')) return '可用 xinfang backup restore --file config.json 恢复（自动选用最近一份可读的设置）';
  return '可用 xinfang backup list 查看备份，用 xinfang backup restore 编号 恢复';
}
