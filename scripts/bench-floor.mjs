// The floor of a command: a bare node process that reads and parses the bytes the command must touch and,
// for a write, writes them back the safe way (temp file, fsync, rename). Usage: bench-floor.mjs DIR R1,R2 [W1,W2]
import fs from 'node:fs';
import path from 'node:path';

const [dir, reads = '', writes = ''] = process.argv.slice(2);
const parsed = new Map();
for (const rel of reads.split(',').filter(Boolean)) {
  const file = path.join(dir, rel);
  if (fs.existsSync(file)) parsed.set(rel, JSON.parse(fs.readFileSync(file, 'utf8')));
}
for (const rel of writes.split(',').filter(Boolean)) {
  const file = path.join(dir, rel);
  const tmp = `${file}.floor.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  // config.json indented as the store writes it (store copy compares documents byte for byte)
  const data = parsed.get(rel) ?? {};
  fs.writeSync(fd, rel === 'config.json' ? JSON.stringify(data, null, 2) + '\n' : JSON.stringify(data));
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}
