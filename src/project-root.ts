// The folder of the installed package (where package.json, templates/ and data/ are), found by walking up from
// this module: the same answer from src/ under ts-jest, from dist/ after tsc, and from the bundled chunks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function projectRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'xinfang') return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the xinfang package folder');
    dir = up;
  }
}

export function projectFile(...parts: string[]): string {
  return path.join(projectRoot(), ...parts);
}
