// `case add` on a real terminal asks for what is missing, with pick lists (driven through a pseudo-terminal).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, initStore, ROOT, run, tempDir } from '../helpers/cli.js';

const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' });
const withPty = python.status === 0 ? test : test.skip; // python3's pty module is the terminal; without it, nothing to drive

withPty('missing fields are asked for on a terminal, then the case is registered', () => {
  const dir = initStore();
  expect(run(dir, ['unit', 'add', '--name', '海州区', '--kind', '县区']).code).toBe(0);
  const steps = path.join(tempDir(), 'steps.json');
  // questions come in form order: channel (arrow down once to 来访), the optional ones left empty, category (the first)
  const skip = (labels: string[]) => labels.map((label) => [label, '\r']);
  fs.writeFileSync(
    steps,
    JSON.stringify([['渠道', '\u001b[B'], ['来访', '\r'], ...skip(['联系电话', '身份证号', '住址', '人数']), ['问题类别', '\r'], ...skip(['诉求', '标签'])]),
  );
  const r = spawnSync(
    'python3',
    [path.join(ROOT, 'test/helpers/pty-drive.py'), steps, '--', process.execPath, BIN, '--data', dir, '--today', '2027-01-04',
      'case', 'add', '--date', '2027-01-04', '--source', '本级受理', '--name', '王某', '--region', '海州区', '--summary', '反映收费问题'],
    { encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1' }, timeout: 60000 },
  );
  expect(r.stdout).toContain('2027-0001');
  expect(r.status).toBe(0);
  const c = JSON.parse(run(dir, ['case', 'show', '2027-0001', '--json']).stdout);
  expect({ channel: c.channel, category: c.category }).toEqual({ channel: '来访', category: '办学管理' });
});
