// The worker thread behind SyncPg (sync-client.ts): one pg connection, one statement at a time.
// pg is imported on the first call, inside the handler: a missing or broken package is then an answer the waiting
// thread reads, not a worker that dies while that thread waits.
import { workerData, type MessagePort } from 'node:worker_threads';
import type pg from 'pg';

const { url, applicationName, port, signal } = workerData as { url: string; applicationName: string; port: MessagePort; signal: Int32Array };
let client: pg.Client | null = null;
let current = 0; // the id of the call being answered (0: none)

/** The reply to call `current`; the counter tells the waiting thread that something arrived. */
function answer(reply: object): void {
  port.postMessage({ id: current, ...reply });
  current = 0;
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function failure(e: unknown): { code: string; message: string } {
  const err = e as { code?: string; message?: string };
  // the server asked for a password that neither the URL, PGPASSWORD nor ~/.pgpass gave
  if (/password must be a string/i.test(String(err?.message))) return { code: 'NOPASSWORD', message: String(err?.message) };
  return { code: String(err?.code ?? 'UNKNOWN'), message: String(err?.message ?? e) };
}

port.on('message', async ({ id, op, args }: { id: number; op: string; args: unknown[] }) => {
  current = id;
  try {
    if (op === 'connect') {
      const { default: Pg } = await import('pg');
      // @ts-expect-error pgpass has no type declarations
      const { default: pgPass } = (await import('pgpass')) as { default: (params: unknown, found: (pass?: string) => void) => void };
      // ~/.pgpass looked up here, as libpq does: pg's own lookup prints a deprecation warning on every connection.
      // A password in the URL wins (pg reads the URL over these settings), then PGPASSWORD, then ~/.pgpass.
      const password = (params: unknown) => process.env.PGPASSWORD ?? new Promise<string | undefined>((resolve) => pgPass(params, resolve));
      client = new Pg.Client({ connectionString: url, password: password as unknown as string, application_name: applicationName, connectionTimeoutMillis: 10_000 });
      // a dropped connection is reported by the next query; an unhandled 'error' event would end the worker
      client.on('error', () => undefined);
      await client.connect();
      return answer({ ok: true, rows: [] });
    }
    if (op === 'end') {
      await client?.end();
      client = null;
      return answer({ ok: true, rows: [] });
    }
    if (!client) throw Object.assign(new Error('not connected'), { code: 'NOTCONNECTED' });
    const [sql, params] = args as [string, unknown[]];
    const res = await client.query({ text: sql, values: params });
    answer({ ok: true, rows: res.rows });
  } catch (e) {
    answer({ ok: false, error: failure(e) });
  }
});

process.on('uncaughtException', (e) => answer({ ok: false, error: failure(e) }));
