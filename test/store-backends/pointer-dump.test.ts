// A data folder pointed at a database (config set store) and back, and the database's full backup (backup dump /
// load around pg_dump and pg_restore): what a clerk runs when the office moves to a shared ledger.
import fs from 'node:fs';
import path from 'node:path';
import { ADD } from '../helpers/case-cli.js';
import { run, snapshot, tempDir } from '../helpers/cli.js';
import { asRole, dbNameOf, describePg, pgDocs, psql } from '../helpers/pg.js';
import { emptyLedger, newLedger } from './backends.js';

const TODAY = '2026-06-30';
const UNIT = ['unit', 'add', '--name', '海州区', '--kind', '县区'];
const caseCount = (docs: Record<string, string>) =>
  Object.entries(docs)
    .filter(([rel]) => /^cases\/\d{4}\/\d{4}-\d{2}\.json$/.test(rel))
    .reduce((n, [, text]) => n + (JSON.parse(text) as { cases: unknown[] }).cases.length, 0);

describePg('config set store: a data folder that works on a database', () => {
  test('copy, point, work through the folder, point back', () => {
    const folder = newLedger('folder');
    folder.ok(UNIT, { today: TODAY });
    folder.ok(ADD, { today: TODAY });
    const db = emptyLedger('postgres');
    folder.ok(['store', 'copy', '--from', folder.dir, '--to', db.url!]);
    const set = folder.ok(['config', 'set', 'store', db.url!]);
    expect(set.stdout).toContain(`已修改 台账位置：${db.url}`);
    const before = snapshot(folder.dir);

    // every command given the folder now works on the database; the folder's own cases stay as they were
    const added = folder.ok(ADD, { today: TODAY });
    expect(added.stdout.trim()).toBe('2026-0002');
    expect(caseCount(pgDocs(db.url!))).toBe(2);
    expect(caseCount(snapshot(folder.dir))).toBe(1);
    expect(Object.keys(snapshot(folder.dir)).filter((rel) => !rel.startsWith('backups/') && rel !== 'journal.jsonl')).toEqual(
      Object.keys(before).filter((rel) => !rel.startsWith('backups/') && rel !== 'journal.jsonl'),
    );
    const status = JSON.parse(folder.ok(['--json', 'status']).stdout) as Record<string, unknown>;
    expect(status.database).toMatch(/^postgres:/);

    // and back: the folder is its own ledger again, as it was when it was copied; the clerk is told so
    const back = folder.ok(['config', 'set', 'store', 'folder']);
    expect(back.stdout).toContain(`已修改 台账位置：数据目录 ${folder.dir}`);
    expect(back.stderr).toContain(`store copy --from '${db.url}' --to 新目录`);
    expect(folder.ok(['--json', 'case', 'list', '--year', '2026']).stdout).not.toContain('2026-0002');
  });

  test.each([
    ['a password in the address (it would be kept in plain text)', (url: string) => url.replace('postgres://', 'postgres://postgres:secret@'), 1, '不要写密码'],
    ['not an address', () => 'mysql://host/db', 1, 'PostgreSQL 地址'],
    ['a database without a ledger (store init, no copy)', (url: string) => url, 3, '还没有台账'],
  ])('refused: %s; the folder unchanged', (_what, value, code, text) => {
    const folder = newLedger('folder');
    const db = emptyLedger('postgres');
    const before = snapshot(folder.dir);
    const r = folder.xf(['config', 'set', 'store', value(db.url!)]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code, stdout: '' });
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(folder.dir)).toEqual(before);
  });

  test('with --store given, config set store is refused: it is a setting of the folder', () => {
    const db = newLedger('postgres');
    const r = db.xf(['config', 'set', 'store', 'folder']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('请用 --data 指定数据目录');
  });
});

describePg('backup dump and load: the database backed up with pg_dump, brought back with pg_restore', () => {
  test('dump (owner-only file), a change, load: the change is gone; a file in the way is never overwritten', () => {
    const db = newLedger('postgres');
    db.ok(UNIT, { today: TODAY });
    db.ok(ADD, { today: TODAY });
    const file = path.join(tempDir('xinfang-dump-'), '台账.dump');
    const dumped = db.ok(['backup', 'dump', '--out', file]);
    expect(dumped.stdout).toContain(`已备份到 ${file}`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const bytes = fs.readFileSync(file);

    const again = db.xf(['backup', 'dump', '--out', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    db.ok(ADD, { today: TODAY });
    expect(caseCount(db.docs())).toBe(2);
    const unasked = db.xf(['backup', 'load', file]);
    expect(unasked.code).toBe(2);
    expect(caseCount(db.docs())).toBe(2);
    db.ok(['--yes', 'backup', 'load', file]);
    expect(caseCount(db.docs())).toBe(1);
    expect(db.ok(['check']).stdout).toContain('一致');
  });

  test('where pg_dump is missing, it says so and leaves no file', () => {
    const db = newLedger('postgres');
    const file = path.join(tempDir('xinfang-dump-'), '台账.dump');
    const r = db.xf(['backup', 'dump', '--out', file], { env: { PATH: tempDir('xinfang-empty-path-') } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('本机没有 pg_dump');
    expect(fs.existsSync(file)).toBe(false);
  });

  test('on a data folder: refused with what to do instead', () => {
    const folder = newLedger('folder');
    const r = run(folder.dir, ['backup', 'dump', '--out', path.join(folder.dir, '..', 'x.dump')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('复制它即可');
  });
});

describePg('what a clerk must not be able to do by mistake', () => {
  test('store copy from a folder that points to a database: refused, naming the database (its own ledger is old)', () => {
    const folder = newLedger('folder');
    const db = emptyLedger('postgres');
    folder.ok(['store', 'copy', '--from', folder.dir, '--to', db.url!]);
    folder.ok(['config', 'set', 'store', db.url!]);
    const out = path.join(tempDir('xinfang-copy-'), 'back');
    const r = folder.xf(['store', 'copy', '--from', folder.dir, '--to', out]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`请用 --from ${db.url}`);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('store copy into a folder inside its source: refused, nothing written', () => {
    const folder = newLedger('folder');
    const before = snapshot(folder.dir);
    const r = folder.xf(['store', 'copy', '--from', folder.dir, '--to', path.join(folder.dir, 'cases', 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('在源数据目录');
    expect(snapshot(folder.dir)).toEqual(before);
  });

  (fs.existsSync('/proc/self') ? test : test.skip)('a destination the system refuses to create (/proc): one error line, no hang', () => {
    const folder = newLedger('folder');
    const r = folder.xf(['store', 'copy', '--from', folder.dir, '--to', '/proc/xinfang-test/副本']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('store init takes CONNECT from PUBLIC: a clerk of another ledger on the server cannot reach this one', () => {
    const db = newLedger('postgres');
    expect(psql(`SELECT has_database_privilege('public', current_database(), 'CONNECT')`, db.url!)).toBe('f');
    // a clerk of another office: xinfang_clerk, but no CONNECT on this database
    const role = `xf_other_${Date.now().toString(36)}`;
    psql(`CREATE ROLE ${role} LOGIN IN ROLE xinfang_clerk`);
    try {
      const url = asRole(db.url!, role);
      const r = db.xf(['leader', 'list'], { env: { XINFANG_STORE: url } });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^错误：/);
      expect(r.stderr).toContain('CONNECT');
      // given CONNECT, as the DBA does for the ledger's own clerks, the same role works
      psql(`GRANT CONNECT ON DATABASE ${dbNameOf(db.url!)} TO ${role}`);
      expect(db.xf(['leader', 'list'], { env: { XINFANG_STORE: url } }).code).toBe(0);
    } finally {
      psql(`DROP OWNED BY ${role}; DROP ROLE ${role}`, db.url!);
    }
  });

  test('the masked view hides a one-character name too', () => {
    const db = newLedger('postgres');
    db.ok(UNIT, { today: TODAY });
    db.ok(ADD.map((a) => (a === '王某某' ? '王' : a)), { today: TODAY });
    expect(psql('SELECT petitioner FROM xinfang.cases_masked', db.url!)).toBe('*');
  });
});
