// Crash-safe file writes: a temp file beside the target, flushed, then renamed over it.
import fs from 'node:fs';
import path from 'node:path';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/**
 * Creates `dir` and the folders above it that are missing. Not mkdirSync's `recursive`: under /proc (and other
 * file systems that refuse a folder with ENOENT) Node 20's recursive mkdir loops forever instead of failing.
 */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  // the name as given (relative to the working folder as every other file call here sees it), not path.resolve()d
  for (let cur = path.normalize(dir); !fs.existsSync(cur); ) {
    missing.push(cur);
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d, { mode: DIR_MODE });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** Writes `text` to a fresh temp file next to `target` and returns its path (not yet renamed). */
export function writeTemp(target: string, text: string): string {
  ensureDir(path.dirname(target));
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  const fd = fs.openSync(tmp, 'wx', FILE_MODE);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    // a half-written temp is useless; and a full disk error must name the file it could not write
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    (e as NodeJS.ErrnoException).path ??= target;
    throw e;
  }
  fs.closeSync(fd);
  return tmp;
}

export function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic there.
  }
}

export function writeFileAtomic(target: string, text: string): void {
  const tmp = writeTemp(target, text);
  fs.renameSync(tmp, target);
  fsyncDir(path.dirname(target));
}
