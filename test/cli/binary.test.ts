// The in-process runner (run) against the real binary (runBinary): the same command gives the same exit code,
// stdout and stderr, so the suites that use run() check what a clerk's process does. Also what only a process
// shows: the exit status the shell sees, and --version answered before the program is loaded.
import fs from 'node:fs';
import path from 'node:path';
import { initStore, ROOT, run, runBinary, runRaw, runRawBinary, tempDir } from '../helpers/cli.js';

let store: string;
beforeAll(() => {
  store = initStore();
  expect(run(store, ['leader', 'add', '--name', '张明', '--title', '局长']).code).toBe(0);
});

/** The data folder's path said as DATA, so two copies of a store compare equal. */
const tidy = (r: { code: number; stdout: string; stderr: string }, dir: string) => ({ ...r, stdout: r.stdout.replaceAll(dir, 'DATA'), stderr: r.stderr.replaceAll(dir, 'DATA') });

/** A private copy of the prepared store, so a command that writes starts from the same state in both runs. */
function copy(): string {
  const dir = path.join(tempDir(), 'data');
  fs.cpSync(store, dir, { recursive: true });
  return dir;
}

test.each([
  [['leader', 'list']],
  [['leader', 'list', '--json']],
  [['status']],
  [['leader', 'add', '--name', '李华']], // writes
  [['leader', 'add', '--name', '']], // input error: 1
  [['leader', 'add', '--nme', '李华']], // usage error: 2
  [['case', 'ad']], // unknown command: 2
  [['--today', '2027-02-30', 'status']], // a bad --today
  [['leader', '--help']],
  [['help', 'case', 'add']],
])('%j: same exit code and output in-process and as a process', (args) => {
  const [a, b] = [copy(), copy()];
  const inProcess = run(a, args);
  const binary = runBinary(b, args);
  expect(tidy(inProcess, a)).toEqual(tidy(binary, b));
});

test('a damaged store: exit 3 in both', () => {
  const a = copy();
  const b = copy();
  for (const d of [a, b]) fs.writeFileSync(path.join(d, 'config.json'), '{');
  const inProcess = run(a, ['leader', 'list']);
  const binary = runBinary(b, ['leader', 'list']);
  expect(binary.code).toBe(3);
  expect(tidy(inProcess, a)).toEqual(tidy(binary, b));
});

test('--version and --help without a store', () => {
  for (const args of [['--version'], ['-V'], ['--help'], []]) expect(runRaw(args)).toEqual(runRawBinary(args));
  expect(runRawBinary(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
});

test('nothing carries over from one in-process case to the next: exit code, environment, working folder', () => {
  expect(run(copy(), ['leader', 'add', '--name', '']).code).toBe(1);
  expect(run(store, ['leader', 'list']).code).toBe(0); // the failure's exit code is not kept
  const data = copy();
  const viaEnv = runRaw(['leader', 'list', '--json'], { env: { XINFANG_DATA: data } });
  expect(viaEnv).toMatchObject({ code: 0, stderr: '' });
  expect(runRaw(['leader', 'list', '--json'], { cwd: tempDir() }).code).toBe(3); // XINFANG_DATA was that case's only: no ./data there
  const work = tempDir();
  expect(runRaw(['init', '--org', '甲局'], { cwd: work }).code).toBe(0);
  expect(fs.existsSync(path.join(work, 'data', 'config.json'))).toBe(true); // ./data of that case's folder
  expect(process.cwd()).not.toBe(work);
});

test('an edited template is read afresh by the next in-process case (no cache carries over)', () => {
  const data = copy();
  const templates = tempDir();
  const file = path.join(templates, 'roster.json');
  const original = fs.readFileSync(path.join(ROOT, 'templates', 'roster.json'), 'utf8');
  const env = { XINFANG_TEMPLATES: templates };
  const ruleAt = (room: string) => {
    fs.writeFileSync(file, original.replace('"location": "会议室"', `"location": "${room}"`));
    expect(run(data, ['roster', 'rule', 'add', '--weekly', room === '一号室' ? '1' : '2'], { env }).code).toBe(0);
  };
  ruleAt('一号室');
  ruleAt('二号室');
  const rules = JSON.parse(run(data, ['roster', 'rule', 'list', '--json']).stdout) as { location: string }[];
  expect(rules.map((r) => r.location)).toEqual(['一号室', '二号室']);
});
