// The last line of defence of every .docx and .xlsx writer: characters XML 1.0 cannot hold (C0 controls other than
// tab, newline and carriage return; U+FFFE/U+FFFF; a lone half of a surrogate pair) are dropped, so a value that got
// past the input checks (an old store, a hand-edited file) can never make a malformed document.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '');
}

/** A copy of a document model with every string made XML-safe (plain objects and arrays; anything else is kept as is). */
export function xmlSafeDeep<T>(v: T): T {
  if (typeof v === 'string') return xmlSafe(v) as T;
  if (Array.isArray(v)) return v.map(xmlSafeDeep) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, xmlSafeDeep(x)])) as T;
  }
  return v;
}
