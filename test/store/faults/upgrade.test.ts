// A version-1 store (the demo data) is upgraded once, as one backed-up change, when first opened: sealed case files,
// a per-store secret, and the petitioner index rebuilt with it (the old index was an unsalted SHA-256 of the ID
// number, recoverable by trying every ID number of a district).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../../src/store/index.js';
import { checkStore } from '../../../src/store/repair.js';
import { listBackups } from '../../../src/store/backup.js';
import { ROOT } from '../../helpers/cli.js';
import { cleanup, read, tempRoot } from './helpers.js';

afterAll(cleanup);

test('the demo store is upgraded: version 2, sealed files, a 0600 secret, a keyed index that still finds repeats', async () => {
  const dir = path.join(tempRoot(), 'data');
  fs.cpSync(path.join(ROOT, 'data', 'demo'), dir, { recursive: true });
  const shardsBefore = fs.readdirSync(path.join(dir, 'cases/people')).sort();
  const someCase = JSON.parse(fs.readFileSync(path.join(dir, 'cases/2026/2026-10.json'), 'utf8')).cases[0];
  const sha = crypto.createHash('sha256').update(`np:${someCase.petitioner.name}|${someCase.petitioner.phone}`).digest('hex');
  const shardOf = (h: string) => JSON.parse(fs.readFileSync(path.join(dir, 'cases/people', `${h.slice(0, 2)}.json`), 'utf8')).people;
  expect(Object.keys(shardOf(sha))).toContain(sha); // the old index: the bare SHA-256 of the key

  const store = await openStore(dir);
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).schemaVersion).toBe(2);
  expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
  expect(listBackups(dir).at(-1)!.command).toBe('升级数据格式');
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'cases/2026/2026-10.json'), 'utf8')).seal).toMatch(/^[0-9a-f]{64}$/);
  const shardsAfter = fs.readdirSync(path.join(dir, 'cases/people')).sort();
  expect(shardsAfter).not.toEqual(shardsBefore);
  const allKeys = shardsAfter.flatMap((f) => Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'cases/people', f), 'utf8')).people));
  expect(allKeys).not.toContain(sha);
  expect(read(store).findRepeats(someCase.petitioner).map((r) => r.no)).toContain(someCase.no);
  expect(checkStore(store).findings).toEqual([]);
  // opened again: nothing more to do
  const again = listBackups(dir).length;
  await openStore(dir);
  expect(listBackups(dir)).toHaveLength(again);
});
