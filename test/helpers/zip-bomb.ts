// A small, highly compressible .xlsx for the import-limit tests: its sheet unpacks to `mb` megabytes, while the file
// itself stays under a megabyte. Built by hand (one deflate block per megabyte, each ending in a full flush, so the
// blocks can be repeated without compressing the whole payload).
import zlib from 'node:zlib';

const MB = 1 << 20;

interface Entry {
  name: string;
  data: Buffer; // compressed (raw deflate)
  crc: number;
  size: number;
}

function entry(name: string, text: string): Entry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(raw), crc: zlib.crc32(raw), size: raw.length };
}

function hugeEntry(name: string, mb: number): Entry {
  const chunk = Buffer.alloc(MB, 0x20); // spaces
  const block = zlib.deflateRawSync(chunk, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = zlib.crc32(chunk, crc);
  const end = zlib.deflateRawSync(Buffer.alloc(0));
  return { name, data: Buffer.concat([...Array.from({ length: mb }, () => block), end]), crc, size: mb * MB };
}

function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** An .xlsx whose first sheet unpacks to `mb` MB of blanks. */
export function xlsxBomb(mb: number): Buffer {
  return zip([
    entry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    entry('xl/workbook.xml', '<?xml version="1.0"?><workbook/>'),
    hugeEntry('xl/worksheets/sheet1.xml', mb),
  ]);
}
