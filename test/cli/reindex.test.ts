// xinfang reindex on a copy of the demo store, whose year indexes were written before they kept the 办结 count: the
// annual report answers the same before (reading the years) and after (reading only the indexes).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, run, tempDir } from '../helpers/cli.js';

const TODAY = '2026-11-20';
const data = path.join(tempDir(), 'data');
fs.cpSync(path.join(ROOT, 'data', 'demo'), data, { recursive: true });
const index = (y: number) => JSON.parse(fs.readFileSync(path.join(data, `cases/${y}/index.json`), 'utf8'));
const trend = () => JSON.parse(run(data, ['report', 'annual', '--year', '2026', '--json'], { today: TODAY }).stdout).trend;

test('recounts the indexes once, then finds nothing to change; the trend is the same either way', () => {
  // the demo store predates the count
  expect([index(2025).closed, index(2026).closed]).toEqual([undefined, undefined]);
  const before = trend();
  const first = run(data, ['reindex', '--json'], { today: TODAY });
  expect(first.code).toBe(0);
  const years = JSON.parse(first.stdout);
  expect(years.map((y: { year: number; changed: boolean }) => [y.year, y.changed])).toEqual([[2025, true], [2026, true]]);
  expect(index(2025).closed).toBe(years[0].closed);
  expect(before[0]).toEqual({ year: 2025, received: years[0].received, closed: years[0].closed, closureRate: expect.any(Number) });
  expect(trend()).toEqual(before);
  const again = run(data, ['reindex'], { today: TODAY });
  expect([again.code, again.stdout]).toEqual([0, expect.stringContaining('各年度索引的件数均正确，未作修改')]);
});
