// What a database failure means to the clerk: one Chinese line, as a StoreError (exit 3), never a stack trace.
import { StoreError } from '../../errors.js';
import { PgCallError } from './sync-client.js';

const CONNECT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ENOENT', 'EHOSTUNREACH', '28P01', '28000', '3D000', '57P03', 'NOTCONNECTED']);

/** The SQLSTATE of a failed call, or null when `e` is not one. */
export function sqlState(e: unknown): string | null {
  return e instanceof PgCallError ? e.failure.code : null;
}

export function pgError(e: unknown, where: string, doing: string): Error {
  if (!(e instanceof PgCallError)) return e as Error;
  return Object.assign(described(e, where, doing), { cause: e });
}

function described(e: PgCallError, where: string, doing: string): Error {
  const { code, message } = e.failure;
  if (code === 'ERR_MODULE_NOT_FOUND') return new StoreError(`使用 PostgreSQL 台账需要 pg 包，但未能加载（${message}）；请在 xinfang 的目录中运行 npm install`);
  if (code === 'NOPASSWORD') return new StoreError(`数据库 ${where} 要求密码，但 ~/.pgpass 和环境变量 PGPASSWORD 中都没有这个服务器、数据库和用户的密码；请把它写在 ~/.pgpass 中（一行：服务器:端口:数据库:用户名:密码，文件权限 600）`);
  if (CONNECT.has(code)) return new StoreError(`无法连接数据库 ${where}（${message}）；请检查地址、用户名和密码（可写在 ~/.pgpass 中），以及数据库服务器是否在运行`);
  const database = /permission denied for database "?([^"]+)"?/.exec(message)?.[1];
  if (code === '42501' && database) {
    return new StoreError(`当前数据库用户没有连接数据库 ${database} 的权限；请数据库管理员授予：GRANT CONNECT ON DATABASE ${database} TO 你的用户名`);
  }
  if (code === '42501') {
    return new StoreError(
      `当前数据库角色无权${doing}（${message}）；请确认：该数据库已由表的所有者运行过 store init，并已把 xinfang_clerk 角色（办理信访件）授予你；建表、升级和 backup load 须由表的所有者运行`,
    );
  }
  if (code === 'ERR_INVALID_URL') return new StoreError(`数据库地址 ${where} 无法解析（${message}）；应为 postgres://用户名@服务器/数据库`);
  if (/Connection terminated|timeout expired/i.test(message)) {
    return new StoreError(`无法连接数据库 ${where}（${message}）；请检查地址，以及数据库服务器是否在运行、能否从本机访问`);
  }
  if (code === '42P01' || code === '3F000') return new StoreError(`数据库 ${where} 中还没有 xinfang 的表；请先对该数据库运行 xinfang store init`);
  if (code === '40001' || code === '40P01') return new StoreError(`${doing}时与其他人员的修改冲突，多次重试仍未成功，未做任何改动；请稍后再试`);
  if (code === '57014') return new StoreError(`${doing}超时，已取消，未做任何改动`);
  if (code === '57P01' || code === '08006' || code === '08003' || code === 'TIMEOUT') {
    return new StoreError(`与数据库 ${where} 的连接中断（${message}），${doing}未完成；未提交的修改不会生效，请用 xinfang backup list 确认后重试`);
  }
  return new StoreError(`数据库 ${where} ${doing}失败（${code}：${message}）`);
}
