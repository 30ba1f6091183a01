// Files a command writes (documents, calendars): out/ by default, --out to choose, never overwritten without --force.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

/** The file to write: `explicit` (--out) or out/NAME under the current folder. Refused if it exists, unless `force`. */
export function outputPath(explicit: string | undefined, defaultName: string, force: boolean): string {
  const file = explicit?.trim() ? explicit.trim() : path.join('out', defaultName);
  if (fs.existsSync(file) && !force) {
    throw new InputError(`文件 ${file} 已存在；要覆盖请加 --force，或用 --out 指定另一个文件`);
  }
  return file;
}

export function writeOutput(file: string, data: Buffer | string): void {
  fs.mkdirSync(path.dirname(file) || '.', { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}
