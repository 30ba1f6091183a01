// Reading a text file whatever its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (GBK,
// GB2312), the encoding Chinese Windows saves text in by default.
import fs from 'node:fs';
import { InputError } from '../errors.js';

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The text of a file the operator names; a missing or unreadable file is an input error. */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`无法读取文件 ${file}（${(e as NodeJS.ErrnoException).code}），请检查路径`);
  }
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) throw new InputError(`${file} 不是文本文件`);
  return decodeText(bytes);
}
