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
 * The seal a stored text carries and whether its bytes still match it: 'missing' when it has none (a hand-written
 * or pre-seal file), 'broken' when the bytes changed since it was written.
 */
export function verifySeal(text: string): { state: 'ok'; seal: string } | { state: 'missing' | 'broken' } {
  const at = text.lastIndexOf(MARK);
  const tail = at < 0 ? null : TAIL_RE.exec(text.slice(at));
  if (!tail) return { state: 'missing' };
  const body = crypto.createHash('sha256').update(text.slice(0, at)).update('}').digest('hex');
  return body === tail[1] ? { state: 'ok', seal: tail[1] } : { state: 'broken' };
}
