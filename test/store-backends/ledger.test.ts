// The store's guarantees, the same on a data folder and on a PostgreSQL ledger: one table of backends, one suite,
// through the real command line (backends.ts). The same commands on both leave the same documents.
import { ADD } from '../helpers/case-cli.js';
import { BACKENDS, newLedger, type Ledger } from './backends.js';

const TODAY = '2026-06-30';
const BUREAU = [
  ['leader', 'add', '--name', '张明', '--title', '党组书记、局长'],
  ['leader', 'add', '--name', '李强', '--title', '副局长'],
  ['unit', 'add', '--name', '基础教育科', '--kind', '科室'],
  ['unit', 'add', '--name', '海州区', '--kind', '县区'],
];
const STEPS = [
  ['case', 'accept', '2026-0001', '--date', '2026-03-05'],
  ['case', 'assign', '2026-0001', '--unit', '基础教育科', '--leader', '张明', '--date', '2026-03-06'],
  ['case', 'close', '2026-0001', '--result', '解决', '--date', '2026-04-08', '--reply-date', '2026-04-10'],
  ['case', 'accept', '2026-0002', '--date', '2026-03-05'],
];

/** The documents with what differs by nature between two runs (the clock, the index secret and its seals) left out. */
function comparable(docs: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rel, text] of Object.entries(docs)) {
    if (rel === 'secret.key' || rel.startsWith('cases/people/')) continue;
    out[rel] = JSON.parse(text.replace(/"(at|seal|sealedAt|updatedAt)":\s*"[^"]*"/g, '"$1":"*"'));
  }
  return out;
}

const made = new Map<string, Ledger>();

describe.each(BACKENDS)('%s ledger', (backend) => {
  let l: Ledger;
  const ok = (args: string[], today = TODAY) => l.ok(args, { today, env: { XINFANG_USER: '李文书' } });
  const json = (args: string[], today = TODAY) => JSON.parse(ok([...args, '--json'], today).stdout);
  const clean = () => {
    const r = l.xf(['check'], { today: TODAY });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  };

  beforeAll(() => {
    l = newLedger(backend);
    made.set(backend, l);
    for (const args of BUREAU) ok(args);
  });

  test('leaders: added in order, listed, updated', () => {
    ok(['leader', 'update', '李强', '--phone', '0518-85550001']);
    const leaders = json(['leader', 'list']) as { name: string; title: string; phone: string }[];
    expect(leaders.map((x) => [x.name, x.title, x.phone])).toEqual([
      ['张明', '党组书记、局长', ''],
      ['李强', '副局长', '0518-85550001'],
    ]);
  });

  test('case add numbers the year gap-free; the lifecycle steps move the status; check stays clean', () => {
    const said = [1, 2, 3].map(() => ok(ADD).stdout);
    said.forEach((out, i) => expect(out).toContain(`2026-000${i + 1}`));
    for (const step of STEPS) ok(step);
    const cases = json(['case', 'list', '--year', '2026']) as { no: string; status: string }[];
    expect(cases.map((c) => [c.no, c.status])).toEqual([
      ['2026-0001', '已办结'],
      ['2026-0002', '已受理'],
      ['2026-0003', '登记'],
    ]);
    clean();
  });

  test('backups: each change listed; restore undoes the last one and is itself undoable; restore --file', () => {
    const before = l.docs();
    const list = json(['backup', 'list']) as { id: string; command: string; action?: string }[];
    expect(list.at(-1)).toMatchObject({ command: 'case accept' });
    ok(['case', 'accept', '2026-0003', '--date', '2026-03-06']);
    const after = l.docs();
    expect(after).not.toEqual(before);
    ok(['backup', 'restore']);
    expect(l.docs()).toEqual(before);
    ok(['backup', 'restore']); // the restore undone: the accept is back
    expect(l.docs()).toEqual(after);
    clean();

    // a month file damaged by hand: restore --file puts back the last version a change wrote
    const month = 'cases/2026/2026-03.json';
    const good = l.docs()[month];
    l.put(month, '{"broken":');
    expect(l.xf(['check'], { today: TODAY }).code).not.toBe(0);
    ok(['backup', 'restore', '--file', month]);
    expect(l.docs()[month]).toBe(good);
    clean();
  });

  test('check finds a lost index, check --repair rebuilds it as one change', () => {
    const index = 'cases/2026/index.json';
    const good = l.docs()[index];
    l.put(index, null);
    const r = l.xf(['check'], { today: TODAY });
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toContain('index.json');
    ok(['check', '--repair']);
    const unsealed = (text: string) => ({ ...JSON.parse(text), seal: '*' }); // a seal is made anew with each write
    expect(unsealed(l.docs()[index])).toEqual(unsealed(good));
    clean();
    expect(json(['backup', 'list']).at(-1)).toMatchObject({ command: 'check' });
  });

  test('the journal: command, action, records and operator of each change, no petitioner data', () => {
    const journal = l.journal();
    expect(journal[0]).toMatchObject({ command: 'init', action: '初始化', records: ['org:示例区教育局'] });
    expect(journal.find((e) => e.command === 'leader update')).toMatchObject({ records: ['leader:李强'], operator: '李文书' });
    expect(journal.filter((e) => e.command === 'case add').map((e) => e.records)).toEqual([
      ['case:2026-0001'],
      ['case:2026-0002', 'repeat-of:2026-0001'],
      ['case:2026-0003', 'repeat-of:2026-0001', 'repeat-of:2026-0002'],
    ]);
    expect(JSON.stringify(journal)).not.toMatch(/王某某|13800138000|11010519491231002X/);
  });
});

// The same commands on both backends: the same documents (after the suite above, in the same order on each).
(BACKENDS.length > 1 ? test : test.skip)('folder and PostgreSQL hold the same documents after the same commands', () => {
  const [folder, pg] = [made.get('folder'), made.get('postgres')];
  expect(folder && pg).toBeTruthy();
  expect(comparable(pg!.docs())).toEqual(comparable(folder!.docs()));
  // the petitioner index's file names are keyed by each ledger's own secret; a backup's id starts with the clock; the
  // files of a change are a set (a restore on PostgreSQL lists them in the order the database returns them)
  const said = (l: Ledger) =>
    l.journal().map((e) => [
      e.command,
      e.action,
      e.records.map((r) => r.replace(/^backup:\d{8}-\d{6}-/, 'backup:*-')),
      e.files.map((f) => f.replace(/^cases\/people\/\w+\.json$/, 'cases/people/*')).sort(),
    ]);
  expect(said(pg!)).toEqual(said(folder!));
});
