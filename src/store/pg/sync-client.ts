// The store's interface is synchronous (a transaction is a synchronous function over its draft, docs/design.md), and
// the pg client is asynchronous: the client runs in a worker thread, and each query blocks this thread on an
// Atomics.wait until the worker has put the answer on the port. One round trip per query, as a file read was one
// system call.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface PgFailure {
  code: string; // SQLSTATE, or a Node error code (ECONNREFUSED …), or 'TIMEOUT'
  message: string;
}

export class PgCallError extends Error {
  constructor(readonly failure: PgFailure) {
    super(failure.message);
  }
}

type Reply = { id: number } & ({ ok: true; rows: Record<string, unknown>[] } | { ok: false; error: PgFailure });

export class SyncPg {
  private readonly worker: Worker;
  private readonly port: MessageChannel['port1'];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private lastId = 0;

  constructor(url: string, applicationName: string, workerFile: URL) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerFile, {
      workerData: { url, applicationName, port: port2, signal: this.signal },
      transferList: [port2],
      stdout: false,
      stderr: false,
    });
    // the process ends when the command is done, connection or not
    this.worker.unref();
    this.call('connect', []);
  }

  /** Runs one statement; the rows as objects. Throws PgCallError with the server's SQLSTATE. */
  query(sql: string, params: unknown[] = []): Record<string, unknown>[] {
    return this.call('query', [sql, params]);
  }

  close(): void {
    try {
      this.call('end', []);
    } catch {
      /* ending a broken connection: nothing to keep */
    }
    void this.worker.terminate();
  }

  /**
   * Posts the call and blocks until the reply with its id is on the port. The worker counts its replies in the shared
   * word: the count is read before the port is drained, so a reply arriving in between wakes the wait at once, and
   * a reply to no call of ours (a failure the worker caught between calls) is passed over rather than taken for ours.
   */
  private call(op: string, args: unknown[]): Record<string, unknown>[] {
    const id = ++this.lastId;
    this.port.postMessage({ id, op, args });
    // the worker's own timeouts (connect, statement, lock) answer first; this one only guards against a dead worker
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      for (let got = receiveMessageOnPort(this.port); got; got = receiveMessageOnPort(this.port)) {
        const reply = got.message as Reply;
        if (reply.id !== id) continue;
        if (!reply.ok) throw new PgCallError(reply.error);
        return reply.rows;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new PgCallError({ code: 'TIMEOUT', message: 'no answer from the database client' });
      Atomics.wait(this.signal, 0, seen, left);
    }
  }
}
