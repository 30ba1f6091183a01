// A hash of a case file's own bytes, kept at the end of the file: a hand edit, a truncation or a lost case is
// noticed by the next command that reads the file, at the cost of hashing bytes it reads anyway (no extra read).
import crypto from 'node:crypto';

const MARK = ',"seal":"';
const TAIL_RE = /^,"seal":"([0-9a-f]{64})"\}\s*$/;

export function digest(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** The document as stored: its compact JSON with `"seal":"<sha256 of the JSON without it>"` as the last key. */
export function sealText(data: object): { text: string; seal: string } {
  const body = JSON.stringify(data);
  if (!body.endsWith('}') || body === '{}') throw new Error('only a non-empty object can be sealed');
  const seal = digest(body);
  return { text: `${body.slice(0, -1)}${MARK}${seal}"}`, seal };
}

/**
 * What the seal covers: the text before MARK, as UTF-8. When the bytes `text` was decoded from are at hand and the
 * decoding replaced nothing (no U+FFFD, so the text encodes back to exactly those bytes), they are hashed as they are
 * rather than encoded again; MARK is ASCII, so its last place in the bytes is its last place in the text.
 */
function sealedPart(text: string, at: number, bytes: Buffer | undefined): string | Buffer {
  if (bytes === undefined || text.includes('\uFFFD')) return text.slice(0, at);
  return bytes.subarray(0, bytes.lastIndexOf(MARK));
}

/**
 * The seal a stored text carries and whether its bytes still match it: 'missing' when it has none (a hand-written
 * or pre-seal file), 'broken' when the bytes changed since it was written.
 */
export function verifySeal(text: string, bytes?: Buffer): { state: 'ok'; seal: string } | { state: 'missing' | 'broken' } {
  const at = text.lastIndexOf(MARK);
  const tail = at < 0 ? null : TAIL_RE.exec(text.slice(at));
  if (!tail) return { state: 'missing' };
  const body = crypto.createHash('sha256').update(sealedPart(text, at, bytes)).update('}').digest('hex');
  return body === tail[1] ? { state: 'ok', seal: tail[1] } : { state: 'broken' };
}
