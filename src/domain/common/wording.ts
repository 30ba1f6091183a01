// Sentence patterns from templates/ with {placeholders}, so an office can change the wording without code.
import { InputError } from '../../errors.js';
import { percentLabel } from './percent.js';
import { groupTies, type Share } from '../reports/tally.js';
import { msg } from '../messages/index.js';

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
      throw new InputError(msg('common.templatePlaceholderUnknown', { where, name, known: known || msg('common.none') }));
    }
    return String(v);
  });
}

/** Reads a string at a dotted path of a template object, or says which entry is missing. */
export function textAt(template: unknown, path: string, file: string): string {
  const v = lookup(template, path);
  if (typeof v !== 'string') throw new InputError(msg('common.templateTextMissing', { file, path }));
  return v;
}

/** Sentence writer over one template object (the parsed JSON of templates/<file>). */
export class Wording {
  constructor(
    readonly template: unknown,
    readonly file: string,
  ) {}

  text(path: string, values: Values = {}): string {
    return fill(textAt(this.template, path, this.file), values, `${this.file} 的 ${path}`);
  }

  has(path: string): boolean {
    return typeof lookup(this.template, path) === 'string';
  }

  /** A list of names (e.g. an order); [] when the template has none. */
  list(path: string): string[] {
    const v = lookup(this.template, path);
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new InputError(msg('common.templateListExpected', { file: this.file, path }));
    return v as string[];
  }

  /** A name mapped through a table of the template (kindNames, categoryNames); the name itself if not listed. */
  mapped(table: string, name: string): string {
    const v = (this.template as Record<string, Record<string, unknown> | undefined>)[table]?.[name];
    return typeof v === 'string' ? v : name;
  }

  number(path: string, fallback: number): number {
    const v = lookup(this.template, path);
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new InputError(msg('common.templateIntegerExpected', { file: this.file, path }));
    return v;
  }

  /** "A、B、C各8件（各占4.44%）；D7件（占3.89%）" — ties grouped; a share for which `apart` holds stays on its own. */
  items(shares: readonly Share[], label: (name: string) => string = (n) => n, apart?: (s: Share) => boolean): string {
    return groupTies(shares, apart)
      .map((g) => {
        const values = { count: g.count, percent: percentLabel(g.percent) };
        return g.names.length > 1
          ? this.text('tiedItem', { names: g.names.map(label).join(this.text('nameSeparator')), ...values })
          : this.text('item', { name: label(g.names[0]), ...values });
      })
      .join(this.text('itemSeparator'));
  }

  /** The template's list of free sections: [{ heading, placeholder }], each filled with `values`. */
  sections(values: Values): { heading: string; placeholder: string }[] {
    const s = lookup(this.template, 'sections');
    if (s === undefined) return [];
    const ok = Array.isArray(s) && s.every((x) => x && typeof x.heading === 'string' && typeof x.placeholder === 'string');
    if (!ok) throw new InputError(msg('common.templateSectionsExpected', { file: this.file }));
    return (s as { heading: string; placeholder: string }[]).map((x, i) => ({
      heading: fill(x.heading, values, `${this.file} 的 sections[${i}].heading`),
      placeholder: fill(x.placeholder, values, `${this.file} 的 sections[${i}].placeholder`),
    }));
  }
}

function lookup(template: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), template);
}
