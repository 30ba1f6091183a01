// Files a command writes (documents, calendars): out/ by default, --out to choose, never overwritten without --force.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

/** Bytes in one file or folder name on the file systems an office uses. */
const NAME_MAX = 255;

/** Refuses, before anything is changed, a path that cannot be written: too long, a folder, under a file, no permission. */
function checkWritable(file: string, defaultName: string): void {
  if (file.split(/[\\/]/).some((part) => Buffer.byteLength(part) > NAME_MAX)) {
    throw new InputError(`文件名“${file}”过长，请换一个短一些的文件名`);
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new InputError(`“${file}”是一个文件夹；请在 --out 中写上文件名，例如 ${path.join(file, defaultName || '文件名')}`);
  }
  let dir = path.dirname(path.resolve(file));
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  if (!fs.statSync(dir).isDirectory()) throw new InputError(`无法在“${dir}”下建文件：它是一个文件，不是文件夹`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new InputError(`没有权限在文件夹“${dir}”中写文件，请换一个位置或检查权限`);
  }
}

/** The file to write: `explicit` (--out) or out/NAME under the current folder. Refused if it exists, unless `force`. */
export function outputPath(explicit: string | undefined, defaultName: string, force: boolean): string {
  const file = explicit?.trim() ? explicit.trim() : path.join('out', defaultName);
  checkWritable(file, defaultName);
  if (fs.existsSync(file) && !force) {
    throw new InputError(`文件 ${file} 已存在；要覆盖请加 --force，或用 --out 指定另一个文件`);
  }
  return file;
}

/** Writes through a temporary file, so a reader never sees half a document; a failure is said in Chinese. */
export function writeOutput(file: string, data: Buffer | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file) || '.', { recursive: true });
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new InputError(`无法写入文件“${file}”（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}），请检查路径和权限`);
  }
}
