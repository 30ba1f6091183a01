// Files a command writes (documents, calendars): out/ by default, --out to choose, never overwritten without --force.
import { ensureDir } from '../store/atomic.js';
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { msg } from './messages.js';
import { safeFileName } from './safe-name.js';
import { alive } from '../store/commit.js';

/** Documents and exports hold petitioner data: readable by their owner only, in folders the tool creates private. */
const PRIVATE_FILE = 0o600;

/** Bytes in one file or folder name on the file systems an office uses. */
const NAME_MAX = 255;

/** Refuses, before anything is changed, a path that cannot be written: too long, a folder, under a file, no permission. */
function checkWritable(file: string, defaultName: string): void {
  if (file.split(/[\\/]/).some((part) => Buffer.byteLength(part) > NAME_MAX)) {
    throw new InputError(msg('common.fileNameTooLong', { file }));
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new InputError(msg('common.outIsFolder', { file, example: path.join(file, defaultName || msg('common.outExampleName')) }));
  }
  let dir = path.dirname(path.resolve(file));
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  if (!fs.statSync(dir).isDirectory()) throw new InputError(msg('common.outParentIsFile', { dir }));
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new InputError(msg('common.outNoPermission', { dir }));
  }
}

/** The file to write: `explicit` (--out) or out/NAME under the current folder. Refused if it exists, unless `force`. */
export function outputPath(explicit: string | undefined, defaultName: string, force: boolean): string {
  const file = explicit?.trim() ? explicit.trim() : path.join('out', safeFileName(defaultName));
  checkWritable(file, defaultName);
  if (fs.existsSync(file) && !force) {
    throw new InputError(msg('common.outExists', { file }));
  }
  return file;
}

const TMP_RE = /\.(\d+)\.tmp$/;

/** Temporary files a killed writer left in `dir` (they hold a document's data): removed once their process is gone. */
function removeStaleTemps(dir: string): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TMP_RE.exec(name)?.[1] ?? NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Writes through a private temporary file, so a reader never sees half a document; a failure is said in Chinese. */
export function writeOutput(file: string, data: Buffer | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    ensureDir(path.dirname(file) || '.'); // 0700, and never Node's recursive mkdir (it loops under /proc)
    removeStaleTemps(path.dirname(file) || '.');
    fs.writeFileSync(tmp, data, { mode: PRIVATE_FILE, flag: 'w' });
    fs.chmodSync(tmp, PRIVATE_FILE); // a temp of ours left by an earlier run keeps its old mode through 'w'
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new InputError(msg('common.outDiskFull', { file }));
    throw new InputError(msg('common.outWriteFailed', { file, code: code ?? (e as Error).message }));
  }
}
