// Loads the editable wording/layout files in templates/ (JSON). An office may keep its own copies in the folder
// named by XINFANG_TEMPLATES; a file found there wins over the bundled one of the same name.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { projectFile } from '../project-root.js';

const BUNDLED_DIR = projectFile('templates');

const cache = new Map<string, unknown>();

/** The bundled templates folder (inside the installed package). */
export function templatesDir(): string {
  return BUNDLED_DIR;
}

/** Where `name` is read from: the override folder if it has the file, else the bundled folder. */
export function templatePath(name: string): string {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  const override = process.env.XINFANG_TEMPLATES;
  if (override) {
    const p = resolve(override, file);
    if (existsSync(p)) return p;
  }
  return join(BUNDLED_DIR, file);
}

/**
 * Reads templates/NAME.json once per process and returns the parsed object (shared: do not mutate it).
 * The caller names the shape it expects; check the fields you rely on with a small validator of your own.
 */
export function loadTemplate<T>(name: string): T {
  const path = templatePath(name);
  const hit = cache.get(path);
  if (hit !== undefined) return hit as T;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`找不到模板文件 ${path}，请恢复该文件或检查 XINFANG_TEMPLATES 设置`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`模板文件 ${path} 不是有效的 JSON（${(e as Error).message}），请改正该文件`);
  }
  cache.set(path, value);
  return value as T;
}

/** Forgets the parsed files: the next load reads them again (the in-process runner calls it before each command). */
export function clearTemplateCache(): void {
  cache.clear();
}
