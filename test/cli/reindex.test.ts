// xinfang reindex — the same rebuild as `xinfang check --repair` (it keeps its name from before check existed) — on
// a copy of the demo store, whose year indexes were written before they kept the 办结 count: the first command
// upgrades the copy and fills the count in; an index that lacks it again (as an older one would) is answered by
// reading the year, and reindex writes the count back. The annual report answers the same throughout.
import fs from 'node:fs';
import path from 'node:path';
import { sealText } from '../../src/store/seal.js';
import { ROOT, run, tempDir } from '../helpers/cli.js';

const TODAY = '2026-11-20';
const data = path.join(tempDir(), 'data');
fs.cpSync(path.join(ROOT, 'data', 'demo'), data, { recursive: true });
const indexFile = (y: number) => path.join(data, `cases/${y}/index.json`);
const index = (y: number) => JSON.parse(fs.readFileSync(indexFile(y), 'utf8'));
const trend = () => JSON.parse(run(data, ['report', 'annual', '--year', '2026', '--json'], { today: TODAY }).stdout).trend;

test('the upgrade counts; an index without the count is read around, and reindex writes it back; then nothing to change', () => {
  expect([index(2025).closed, index(2026).closed]).toEqual([undefined, undefined]); // the demo store predates the count
  const before = trend();
  expect(index(2025).closed).toBe(before[0].closed);
  const { seal: _seal, closed: _closed, ...old } = index(2025);
  fs.writeFileSync(indexFile(2025), sealText(old).text);
  expect(trend()).toEqual(before);
  const first = run(data, ['reindex', '--json'], { today: TODAY });
  expect([first.code, first.stderr.includes('已修复 1 处问题')]).toEqual([0, true]);
  const out = JSON.parse(first.stdout);
  expect(out).toMatchObject({ repaired: true, blockers: [] });
  expect(out.problems).toEqual([{ rel: 'cases/2025/index.json', text: expect.stringContaining(`已办结件数记为 （无），月份文件中为 ${before[0].closed}`) }]);
  expect(index(2025).closed).toBe(before[0].closed);
  expect(trend()).toEqual(before);
  const again = run(data, ['reindex'], { today: TODAY });
  expect([again.code, again.stdout + again.stderr]).toEqual([0, expect.stringContaining('各索引与月份文件一致')]);
});
