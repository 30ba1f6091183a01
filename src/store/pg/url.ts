// Where a PostgreSQL ledger is: a postgres:// URL (libpq's form, so postgres://user@/db?host=/run/sock too), shown
// without its password wherever the tool names it.
import { InputError } from '../../errors.js';

const URL_RE = /^postgres(?:ql)?:\/\/(?:([^:@/?#\s]*)(?::[^@/?#\s]*)?@)?([^/?#\s]*)(\/[^?#\s]*)?(\?[^#\s]*)?$/i;

export function isPgUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s.trim());
}

/** The URL checked: a postgres:// or postgresql:// address without spaces or control characters. */
export function parsePgUrl(s: string, what: string): string {
  const url = s.trim();
  if (!URL_RE.test(url) || url.length > 500) throw new InputError(`${what} 应为 PostgreSQL 地址，如 postgres://用户名@服务器/数据库（收到“${s}”）`);
  return url;
}

/** The URL as messages and the journal show it: no password, and no '//' (path.join would fold it). */
export function showPgUrl(url: string): string {
  const m = URL_RE.exec(url.trim());
  if (!m) return 'postgres:(地址无法解析)';
  const dec = (x: string) => {
    try {
      return decodeURIComponent(x);
    } catch {
      return x;
    }
  };
  const host = m[2] ? dec(m[2]) : (new URLSearchParams(m[4] ?? '').get('host') ?? 'localhost');
  return `postgres:${m[1] ? `${dec(m[1])}@` : ''}${host}${m[3] ?? '/'}`;
}

/** The URL as a command can use it again, with the password (if any) left out: ~/.pgpass or PGPASSWORD supply it. */
export function withoutPassword(url: string): string {
  return url.trim().replace(/^(postgres(?:ql)?:\/\/[^:@/?#\s]*):[^@/?#\s]*@/i, '$1@');
}
