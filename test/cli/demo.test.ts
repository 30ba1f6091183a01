// The bundled demo bureau (data/demo) must stay a store the current code reads: `npm start` depends on it.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, run, tempDir } from '../helpers/cli.js';

const copy = path.join(tempDir(), 'data');
fs.cpSync(path.join(ROOT, 'data', 'demo'), copy, { recursive: true });

test('the demo store loads and holds a bureau with two years of cases', () => {
  const status = run(copy, ['status', '--json'], { today: '2026-11-20' });
  expect(status.stderr).toBe('');
  const s = JSON.parse(status.stdout);
  expect(s.org.name).toBe('示例市教育局');
  expect(s.leaders).toHaveLength(7);
  expect(s.rosterRules).toBe(1);
  for (const year of ['2025', '2026']) {
    const r = run(copy, ['report', 'annual', '--year', year, '--json'], { today: '2026-11-20' });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.total).toBeGreaterThan(100);
    expect(report.receptions.days).toBeGreaterThan(15);
  }
});
