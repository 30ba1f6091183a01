// `xinfang store init`: creates the tables of a PostgreSQL ledger, or brings them to this tool's version, in one
// transaction; creates the two group roles and their grants when the connecting role may manage roles.
import { StoreError } from '../../errors.js';
import { CLERK_ROLE, GRANTS, LEADER_ROLE, MIGRATIONS, PG_SCHEMA_VERSION, VIEWS } from './schema.js';
import type { PgStore } from './pg-store.js';

export interface SchemaInit {
  from: number | null; // the version before (null: no tables)
  to: number;
  roles: 'created' | 'skipped';
  role: string; // the connecting role
  /** PUBLIC's CONNECT on the database was revoked: each person needs GRANT CONNECT (only the owner can do it). */
  connectRestricted: boolean;
  database: string;
}

export function initSchema(db: PgStore): SchemaInit {
  const role = String(db.q('SELECT current_user AS r', [], '读取数据库角色')[0].r);
  db.q('BEGIN', [], '建立表结构');
  try {
    db.q('SELECT pg_advisory_xact_lock(786602)', [], '建立表结构'); // two clerks running store init at once
    db.q('CREATE SCHEMA IF NOT EXISTS xinfang', [], '建立表结构');
    const from = db.schemaVersion();
    if (from !== null && from > PG_SCHEMA_VERSION) throw new StoreError(`数据库 ${db.dir} 的表是更新版本的 xinfang 建立的（版本 ${from}），请升级本工具`);
    for (let v = (from ?? 0) + 1; v <= PG_SCHEMA_VERSION; v++) for (const sql of MIGRATIONS[v]) db.q(sql, [], '建立表结构');
    for (const sql of VIEWS) db.q(sql, [], '建立视图');
    db.q(`INSERT INTO xinfang.meta (key, value) VALUES ('schemaVersion', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(PG_SCHEMA_VERSION)], '建立表结构');
    const may = db.q('SELECT rolcreaterole OR rolsuper AS may FROM pg_roles WHERE rolname = current_user', [], '读取数据库角色');
    let roles: SchemaInit['roles'] = 'skipped';
    if (may[0]?.may) {
      // roles belong to the whole cluster, and the lock above to one database: store init on two databases of one
      // server at once may both find the role missing, and the second CREATE ROLE then fails (23505)
      for (const name of [CLERK_ROLE, LEADER_ROLE]) {
        db.q(
          `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${name}') THEN CREATE ROLE ${name} NOLOGIN; END IF;
           EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
          [],
          '建立角色',
        );
      }
    }
    // the tables' owner may grant on them to roles that exist, whoever created the roles
    const exist = db.q('SELECT count(*) AS n FROM pg_roles WHERE rolname = ANY($1)', [[CLERK_ROLE, LEADER_ROLE]], '读取数据库角色');
    if (Number(exist[0].n) === 2) {
      for (const sql of GRANTS) db.q(sql, [], '授予权限');
      roles = 'created';
    }
    // Roles belong to the whole server: a clerk granted xinfang_clerk for one ledger holds it in every database of
    // the server. Only those given CONNECT on this database reach this ledger (docs/shared-ledger.md, "Setting up").
    const owns = db.q(
      `SELECT d.datdba = r.oid OR r.rolsuper AS owns FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user`,
      [],
      '读取数据库角色',
    );
    const connectRestricted = Boolean(owns[0]?.owns);
    if (connectRestricted) db.q(`DO $$ BEGIN EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database()); END $$`, [], '收回连接权限');
    const database = String(db.q('SELECT current_database() AS d', [], '读取数据库')[0].d);
    db.q('COMMIT', [], '建立表结构');
    return { from, to: PG_SCHEMA_VERSION, roles, role, connectRestricted, database };
  } catch (e) {
    try {
      db.q('ROLLBACK', [], '建立表结构');
    } catch {
      /* the connection is gone: nothing was committed */
    }
    throw e;
  }
}
