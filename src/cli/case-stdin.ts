// `case add --stdin`: the case as one JSON object on standard input, so a petitioner's name, ID number and phone never
// appear on the command line (where every user of the machine can read them in the process list, and the shell
// keeps them in its history). Keys are the long options' names: {"name": "…", "idNumber": "…", "date": "…"}.
import { InputError, UsageError } from '../errors.js';
import { msg } from './messages.js';

const MAX_BYTES = 1 << 20;
const TEXT_KEYS = ['date', 'channel', 'source', 'docNo', 'name', 'phone', 'idNumber', 'address', 'persons', 'region', 'category', 'summary', 'demands'];
const LIST_KEYS = ['tags', 'repeatOf'];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new InputError(msg('cases.stdinTooLarge'));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The options of `case add` with those read from standard input filled in; a key given both ways is refused. */
export async function withStdinCase(o: Record<string, string | undefined>): Promise<Record<string, string | undefined>> {
  const text = await readStdin();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InputError(msg('cases.stdinNotJson'));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(msg('cases.stdinNotObject'));
  const out = { ...o };
  delete out.stdin;
  for (const [key, value] of Object.entries(raw)) {
    const list = LIST_KEYS.includes(key);
    if (!list && !TEXT_KEYS.includes(key)) throw new InputError(msg('cases.stdinUnknownField', { key: key.slice(0, 40), keys: [...TEXT_KEYS, ...LIST_KEYS].join('、') }));
    if (out[key] !== undefined) throw new UsageError(msg('cases.stdinTwice', { key }));
    const ok = typeof value === 'string' || (key === 'persons' && typeof value === 'number') || (list && Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok) throw new InputError(list ? msg('cases.stdinFieldTextOrList', { key }) : msg('cases.stdinFieldText', { key }));
    out[key] = Array.isArray(value) ? value.join('，') : String(value);
  }
  return out;
}
