// backup dump|load on a PostgreSQL ledger: the office's full backup is the database's own tool, pg_dump (custom
// format, the xinfang schema only), and pg_restore to bring one back. Where the programs are missing, say so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { InputError, StoreError } from '../../errors.js';
import { showPgUrl } from './url.js';

function run(program: string, args: string[], url: string, doing: string): void {
  const r = spawnSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: 30 * 60_000 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new StoreError(`本机没有 ${program}，无法${doing}；请安装 PostgreSQL 客户端（Debian/Ubuntu：apt-get install postgresql-client），或请数据库管理员在服务器上用 ${program} 处理 xinfang 模式`);
  }
  if (r.status !== 0) {
    const why = (r.stderr || String(r.error ?? '')).trim().split('\n')[0].replace(url, showPgUrl(url));
    const owner = /must be owner/i.test(r.stderr ?? '') ? '；整体恢复要删除并重建 xinfang 的表，须由表的所有者（运行 store init 的数据库用户）运行' : '';
    throw new StoreError(`${program} ${doing}失败（${why}）${owner}`);
  }
}

export function dumpLedger(url: string, file: string): { file: string; bytes: number } {
  // created here first, exclusively and readable by its owner only: it holds every petitioner's data
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EEXIST' ? `文件 ${file} 已存在，未覆盖；请换一个文件名` : `无法创建文件 ${file}（${code}）`);
  }
  fs.closeSync(fd);
  try {
    run('pg_dump', ['--format=custom', '--schema=xinfang', '--no-owner', `--file=${file}`, `--dbname=${url}`], url, '备份');
  } catch (e) {
    fs.rmSync(file, { force: true }); // no empty or partial dump left to be mistaken for a backup
    throw e;
  }
  return { file, bytes: fs.statSync(file).size };
}

export function loadLedger(url: string, file: string): void {
  if (!fs.existsSync(file)) throw new InputError(`找不到备份文件 ${file}`);
  run('pg_restore', ['--clean', '--if-exists', '--single-transaction', '--no-owner', '--schema=xinfang', `--dbname=${url}`, file], url, '恢复');
}
