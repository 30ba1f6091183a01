// Every path the store takes from its own files (.pending.json, backup manifests) is input: it must name a place
// inside the data folder, and nothing inside the folder is followed through a symbolic link.
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';

// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u001f\u007f\\]/;

/** The absolute path of `rel` (from `source`, a file of the store) — or a StoreError naming both, touching nothing. */
export function insideStore(dir: string, rel: unknown, source: string): string {
  const ok =
    typeof rel === 'string' &&
    rel !== '' &&
    !BAD_CHARS.test(rel) &&
    !path.posix.isAbsolute(rel) &&
    path.posix.normalize(rel) === rel &&
    !rel.split('/').includes('..');
  const abs = ok ? path.resolve(dir, rel) : '';
  const back = ok ? path.relative(dir, abs) : '..';
  if (!ok || back === '' || back.startsWith('..') || path.isAbsolute(back)) {
    throw new StoreError(`数据文件 ${path.join(dir, source)} 中的路径 ${JSON.stringify(rel)} 不在数据目录之内，已拒绝，未做任何改动；请检查是否有人篡改了该文件`);
  }
  return abs;
}

const checkedDirs = new Set<string>();

/** Forgets the folders found sound: a later command checks them again (see resetModuleState in src/cli/run.ts). */
export function forgetCheckedDirs(): void {
  checkedDirs.clear();
}

/**
 * Refuses a symbolic link (or a device, a pipe…) on the way from `dir` to `abs`: the folders between them, and `abs`
 * itself when it exists, must be real folders and a regular file. Folders already checked by this process are not
 * checked again (each check is one lstat).
 */
export function refuseLinks(dir: string, abs: string): void {
  const parts = path.relative(dir, abs).split(path.sep);
  let cur = dir;
  for (let i = 0; i < parts.length; i++) {
    cur = path.join(cur, parts[i]);
    const last = i === parts.length - 1;
    if (!last && checkedDirs.has(cur)) continue;
    let st: fs.Stats;
    try {
      st = fs.lstatSync(cur);
    } catch {
      return; // not there (yet): nothing below it can be a link either
    }
    if (st.isSymbolicLink()) throw new StoreError(`数据目录中的 ${cur} 是符号链接，xinfang 不跟随数据目录中的链接；请换成真实的文件或文件夹`);
    if (last ? !st.isFile() && !st.isDirectory() : !st.isDirectory()) {
      throw new StoreError(`数据目录中的 ${cur} 不是普通文件，已拒绝；请移走它`);
    }
    if (!last) checkedDirs.add(cur);
  }
}

/** Reads a store file without following a link at its last step; null when it does not exist. */
export function readNoFollow(file: string): string | null {
  return readBytesNoFollow(file)?.toString('utf8') ?? null;
}

/** The same, as the file's bytes (a sealed file's seal is checked on them: no text to encode again). */
export function readBytesNoFollow(file: string): Buffer | null {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO put in a file's place must not hang the command (it is then refused by its type)
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw new StoreError(`数据文件 ${file} 是符号链接，xinfang 不跟随数据目录中的链接；请换成真实的文件`);
    throw new StoreError(`无法读取数据文件 ${file}（${code}），请检查文件权限`);
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new StoreError(`数据文件 ${file} 不是普通文件，已拒绝；请移走它`);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
