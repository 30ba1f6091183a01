// Writes a .docx (a zip) from its parts with Node's own zlib. The docx package compresses with a JavaScript deflate,
// and the parts it cannot write (charts, the font table) made a second pass through another: for the annual report
// those two passes cost more than laying out the document. One native pass gives the same parts; the zip adds no
// clock of its own (entries dated 1980-01-01: the same parts give the same bytes); no zip64 (a .docx of this tool is
// far below 4 GiB).
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

const DOS_DATE = (1 << 5) | 1; // 1980-01-01, the zip format's first day
const DOS_TIME = 0;

/** What a part's local header and its central directory entry both say, from "version needed" to the name's length. */
function entryFields(method: number, crc: number, size: number, rawSize: number, nameLength: number): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
  b.writeUInt16LE(0x0800, 2); // names are UTF-8
  b.writeUInt16LE(method, 4);
  b.writeUInt16LE(DOS_TIME, 6);
  b.writeUInt16LE(DOS_DATE, 8);
  b.writeUInt32LE(crc, 10);
  b.writeUInt32LE(size, 14);
  b.writeUInt32LE(rawSize, 18);
  b.writeUInt16LE(nameLength, 22);
  return b;
}

export function zipParts(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const raw = Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
    const deflated = zlib.deflateRawSync(raw);
    // a part that does not shrink (an embedded workbook is a zip already) is stored as it is
    const [method, body] = deflated.length < raw.length ? [8, deflated] : [0, raw];
    const crc = zlib.crc32(raw);
    const shared = entryFields(method, crc, body.length, raw.length, name.length);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared.copy(local, 4); // extra field length: 0
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by: 2.0
    shared.copy(dir, 6);
    dir.writeUInt32LE(offset, 42); // extra, comment, disk, attributes: 0
    chunks.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dirBytes, end]);
}
