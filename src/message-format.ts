// One formatter for the message catalogues (src/domain/messages/, src/cli/messages.ts; docs/design.md, "Messages").
// A template names its placeholders in braces, {no}; a literal brace is doubled, {{ or }}. The placeholder names are
// read from the template's type, so a call that leaves one out or misspells one does not compile.

/** The placeholder names of a message template: '信访件 {no} 已于 {date} 化解' → 'no' | 'date'. */
export type Placeholders<S extends string> = S extends `${infer Head}{{${infer Rest}`
  ? Placeholders<Head> | Placeholders<Rest>
  : S extends `${string}{${infer Name}}${infer Rest}`
    ? Name | Placeholders<Rest>
    : never;

export type MessageValue = string | number;

/** The arguments after the key: none for a fixed text, else one value per placeholder. */
export type MessageArgs<S extends string> = [Placeholders<S>] extends [never] ? [] : [Record<Placeholders<S>, MessageValue>];

const TOKEN = /\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Fills a template; a placeholder without a value is a programming error and throws rather than reach a clerk. */
export function fillMessage(key: string, template: string, values: Readonly<Record<string, MessageValue>>): string {
  return template.replace(TOKEN, (token: string, name: string | undefined) => {
    if (name === undefined) return token[0];
    if (!Object.hasOwn(values, name)) throw new Error(`message ${key}: no value for {${name}}`);
    return String(values[name]);
  });
}

/** The placeholder names a template uses, in order of first use (for tests and tools). */
export function placeholdersOf(template: string): string[] {
  const names = [...template.matchAll(TOKEN)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
  return [...new Set(names)];
}

/** A typed `msg(key, values)` over one catalogue. */
export function messageFormatter<C extends Readonly<Record<string, string>>>(catalogue: C) {
  return <K extends keyof C & string>(key: K, ...args: MessageArgs<C[K]>): string =>
    fillMessage(key, catalogue[key], (args[0] ?? {}) as Record<string, MessageValue>);
}
