// Jest's global set-up: the one line a run without a PostgreSQL server prints (test/helpers/pg.ts skips those tests).
export default function pgNotice() {
  if (!process.env.XINFANG_TEST_PG?.trim()) process.stdout.write('\nPostgreSQL 测试已跳过：未设置 XINFANG_TEST_PG（.ci/run 会启动一个临时集群）\n');
}
