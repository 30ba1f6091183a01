// A file name built from names in the data (a case number, the bureau's name, a title) is made safe before use:
// no folder separators, no "..", no control or bidirectional-override characters, no characters Windows refuses,
// and a bounded length — so no value in the store can send a document outside its folder or disguise its type.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MAX_CHARS = 100;

export function safeFileName(name: string): string {
  let s = name.replace(UNSAFE, '_').replace(/^[.\s]+/, '_').replace(/[.\s]+$/, '');
  const dot = s.lastIndexOf('.');
  const ext = dot > 0 && s.length - dot <= 6 ? s.slice(dot) : '';
  const base = [...s.slice(0, s.length - ext.length)];
  if (base.length > MAX_CHARS) s = base.slice(0, MAX_CHARS).join('') + ext;
  return s || '文件';
}
