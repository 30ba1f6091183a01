// What a .zip (an .xlsx is one) says it unpacks to, read from its central directory alone — before anything is
// inflated, so a small file that unpacks to gigabytes is refused without costing the memory.
import { InputError } from '../errors.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Total uncompressed bytes of every entry; a missing or unreadable directory, or a ZIP64 archive, is refused. */
export function unpackedSize(bytes: Uint8Array, what: string): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = () => new InputError(`${what} 不是有效的 XLSX 文件（无法读取其目录），请确认它是 Excel 2007 及以上格式（.xlsx）`);
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw bad();
  const entries = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) throw bad(); // ZIP64: no spreadsheet needs it
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw bad();
    const size = buf.readUInt32LE(at + 24);
    if (size === 0xffffffff) throw bad();
    total += size;
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return total;
}
