// Bad-input sweep, part 2 (issue 6 item 4): the holiday calendar, the roster and its rules, the reports.
// The commands and their slots are listed in test/helpers/bad-input/ (one file per group).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { casesOf, check, fixture } from '../helpers/bad-input.js';
import { ROSTER_GROUP } from '../helpers/bad-input/roster.js';
import { baseEnv, BIN, initStore, run, tempDir } from '../helpers/cli.js';
import { docxText } from '../helpers/docx-text.js';

const TODAY = ROSTER_GROUP.today;
const store = fixture(ROSTER_GROUP.setup, TODAY);
afterAll(() => store.dispose());

test.concurrent.each(ROSTER_GROUP.specs.flatMap(casesOf).map((c) => [c.name, c] as const))('%s', async (_name, c) => check(c, store.get));

test('names and places that look like markup or formulas are kept as given in the roster .docx and .ics', async () => {
  const data = initStore();
  const cwd = tempDir('xinfang-out-');
  const given = { leader: '<w:p>&amp;</x>', staff: '@SUM(1)', location: '<b>三楼</b> & "会议室"' };
  for (const args of [
    ['leader', 'add', '--name', given.leader, '--title', "=cmd|' /C calc'!A0"],
    ['staff', 'add', '--name', given.staff],
    ['roster', 'rule', 'add', '--days', '1,16', '--location', given.location],
    ['roster', 'generate', '--year', '2026', '--month', '7', '--out', '安排表.docx'],
    ['roster', 'export', '--year', '2026', '--month', '7', '--ics', '日历.ics'],
  ]) {
    const r = run(data, args, { cwd, today: TODAY });
    expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
  }
  const text = await docxText(fs.readFileSync(path.join(cwd, '安排表.docx')));
  for (const v of Object.values(given)) expect(text).toContain(v);
  const ics = fs.readFileSync(path.join(cwd, '日历.ics'), 'utf8');
  expect(ics).toContain(`SUMMARY:领导接待日：<w:p>&amp\\;</x>`); // RFC 5545 escapes ; , and \ only
  expect(ics).toContain(`LOCATION:${given.location}`);
});

test('a reader that goes away early (| head) is no crash: the report is still written, no stack trace', async () => {
  const f = await store.get();
  const cwd = tempDir('xinfang-out-');
  // May: no reception day of the fixture is left unrecorded there, so the report has nothing to say on stderr
  const child = spawn(process.execPath, [BIN, '--data', f.data, '--today', TODAY, 'report', 'monthly', '--month', '2026-05'], { cwd, env: baseEnv() });
  child.stdout.destroy(); // as `| head -1` does once it has its line
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(fs.readdirSync(path.join(cwd, 'out'))).toEqual(['2026年5月信访工作情况月报.docx']);
});
