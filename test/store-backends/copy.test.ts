// store copy between a data folder and PostgreSQL, and the same answers from both: the demo ledger copied into a
// database reads exactly as the folder does (reports, lists, due cases); folder → database → folder gives back the
// same documents; a copy is refused onto a ledger or from a ledger that fails check; a copy that fails or does not
// read back equal leaves the destination empty.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, run, runRaw, snapshot, tempDir, type RunResult } from '../helpers/cli.js';
import { describePg, pgDocs, psql } from '../helpers/pg.js';
import { ADD } from '../helpers/case-cli.js';
import { emptyLedger, newLedger, type Ledger } from './backends.js';

const TODAY = '2026-11-30';

function demoFolder(): string {
  const dir = path.join(tempDir('xinfang-copy-'), 'demo');
  fs.cpSync(path.join(ROOT, 'data', 'demo'), dir, { recursive: true });
  return dir;
}

const copy = (from: string, to: string): RunResult => runRaw(['--today', TODAY, 'store', 'copy', '--from', from, '--to', to]);

/** Exit code `code`, nothing on stdout, one 错误： line containing `want`. */
function refused(r: RunResult, code: number, want: string): void {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code, stdout: '' });
  expect(r.stderr).toMatch(/^错误：[^\n]+\n$/);
  expect(r.stderr).toContain(want);
}

/** What a database holds besides its documents: a ledger left empty has no backups and no journal either. */
const rowsOf = (url: string) => psql(`SELECT (SELECT count(*) FROM xinfang.docs) || '/' || (SELECT count(*) FROM xinfang.backups) || '/' || (SELECT count(*) FROM xinfang.journal)`, url);

describePg('the demo ledger in PostgreSQL', () => {
  let folder: string;
  let pg: Ledger;

  beforeAll(() => {
    folder = demoFolder();
    pg = emptyLedger('postgres');
    const r = copy(folder, pg.url!);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/信访件 \d+ 件/);
  });

  test('every document arrives unchanged', () => {
    expect(pgDocs(pg.url!)).toEqual(snapshot(folder));
  });

  test.each([
    ['report annual', ['report', 'annual', '--year', '2026', '--json']],
    ['report monthly', ['report', 'monthly', '--month', '2026-10', '--json']],
    ['case list', ['case', 'list', '--json']],
    ['case list --status 办理中', ['case', 'list', '--status', '办理中', '--json']],
    ['case due', ['case', 'due', '--json']],
    ['check', ['check', '--json']],
  ])('%s: the same output from the folder and from the database', (_what, args) => {
    const fromFolder = run(folder, args, { today: TODAY });
    const fromPg = pg.xf(args, { today: TODAY });
    expect(fromFolder.code).toBe(0);
    expect(fromFolder.stdout.length).toBeGreaterThan(2);
    expect(fromPg).toEqual(fromFolder);
  });

  test('folder → database → folder: the same documents back', () => {
    const back = path.join(tempDir('xinfang-copy-'), 'back');
    const r = copy(pg.url!, back);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(snapshot(back)).toEqual(snapshot(folder));
    expect(run(back, ['check'], { today: TODAY }).code).toBe(0);
  });

  test('refused onto a database that holds a ledger, which stays as it was', () => {
    const before = rowsOf(pg.url!);
    refused(copy(folder, pg.url!), 1, '已经有台账');
    expect(rowsOf(pg.url!)).toBe(before);
  });
});

describePg('store copy refuses, or leaves nothing', () => {
  test('onto a folder that is not empty', () => {
    const pg = emptyLedger('postgres');
    expect(copy(demoFolder(), pg.url!).code).toBe(0);
    const dir = tempDir('xinfang-copy-');
    fs.writeFileSync(path.join(dir, 'notes.txt'), '别的文件');
    refused(copy(pg.url!, dir), 1, '不是空目录');
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  test('from a folder that fails check: nothing is written to the database', () => {
    const src = newLedger('folder');
    for (const args of [['unit', 'add', '--name', '海州区', '--kind', '县区'], ADD]) src.ok(args, { today: '2026-06-30' });
    src.put('cases/2026/2026-03.json', '{"cases": [');
    const pg = emptyLedger('postgres');
    refused(copy(src.dir, pg.url!), 3, '检查未通过');
    expect(rowsOf(pg.url!)).toBe('0/0/0');
  });

  test('from a database that fails check: no folder is made', () => {
    const src = newLedger('postgres');
    for (const args of [['unit', 'add', '--name', '海州区', '--kind', '县区'], ADD]) src.ok(args, { today: '2026-06-30' });
    src.put('cases/2026/2026-03.json', '{"cases": [');
    const dest = path.join(tempDir('xinfang-copy-'), 'dest');
    refused(copy(src.url!, dest), 3, '检查未通过');
    expect(fs.existsSync(dest)).toBe(false);
  });

  test('a write the database refuses half-way: all or nothing', () => {
    const pg = emptyLedger('postgres');
    psql(
      `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.rel = 'visits/2026.json' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
       CREATE TRIGGER refuse BEFORE INSERT ON xinfang.docs FOR EACH ROW EXECUTE FUNCTION refuse();`,
      pg.url!,
    );
    const r = copy(demoFolder(), pg.url!);
    refused(r, 3, 'disk full');
    expect(rowsOf(pg.url!)).toBe('0/0/0');
  });

  test('a copy that does not read back equal is taken back', () => {
    const pg = emptyLedger('postgres');
    // the database keeps one month file other than it was given: the checksum read back differs
    psql(
      `CREATE FUNCTION alter_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.rel = 'cases/2026/2026-10.json' THEN NEW.body := NEW.body || ' '; END IF; RETURN NEW; END $$;
       CREATE TRIGGER alter_one BEFORE INSERT ON xinfang.docs FOR EACH ROW EXECUTE FUNCTION alter_one();`,
      pg.url!,
    );
    refused(copy(demoFolder(), pg.url!), 3, '已撤回');
    expect(psql('SELECT count(*) FROM xinfang.docs', pg.url!)).toBe('0');
  });

  test('a configuration formatted by hand (valid, not as the tool writes it) copies: compared by content, not layout', () => {
    const folder = demoFolder();
    const file = path.join(folder, 'config.json');
    fs.writeFileSync(file, JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8')))); // one line, no indent
    const pg = emptyLedger('postgres');
    const r = copy(folder, pg.url!);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(pgDocs(pg.url!)['config.json'])).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(psql('SELECT count(*) FROM xinfang.journal', pg.url!)).toBe('1');
  });
});
