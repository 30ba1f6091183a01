// Sentence patterns from templates/ with {placeholders}, so an office can change the wording without code.
import { InputError } from '../errors.js';

export type Values = Record<string, string | number>;

/**
 * Replaces each {name} in `pattern` with its value. A placeholder the sentence cannot fill is an error in the
 * template file; `where` names the template entry (e.g. "report-annual.json 的 group.intro").
 */
export function fill(pattern: string, values: Values, where: string): string {
  return pattern.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const v = values[name.trim()];
    if (v === undefined) {
      const known = Object.keys(values).map((k) => `{${k}}`).join('、');
      throw new InputError(`模板 ${where} 中的占位符 {${name}} 无法识别，可用的有：${known || '（无）'}，请改正模板`);
    }
    return String(v);
  });
}

/** Reads a string at a dotted path of a template object, or says which entry is missing. */
export function textAt(template: unknown, path: string, file: string): string {
  const v = path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), template);
  if (typeof v !== 'string') throw new InputError(`模板 ${file} 缺少文字项“${path}”，请补上该项或恢复原模板`);
  return v;
}
