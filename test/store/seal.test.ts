// The seal is checked on the bytes a file was read as when the text decodes from them without loss, and on the
// text otherwise: either way the answer is the one the text alone gives.
import crypto from 'node:crypto';
import { sealText, verifySeal } from '../../src/store/seal.js';

const MARK = Buffer.from(',"seal":"');

/** A file whose seal is the hash of its own bytes, whatever they are (what a forger who hashes raw bytes writes). */
function sealedBytes(body: Buffer): Buffer {
  const open = body.subarray(0, body.length - 1); // without the closing brace
  const seal = crypto.createHash('sha256').update(open).update('}').digest('hex');
  return Buffer.concat([open, MARK, Buffer.from(`${seal}"}`)]);
}

const both = (bytes: Buffer) => {
  const text = bytes.toString('utf8');
  return { fromBytes: verifySeal(text, bytes).state, fromText: verifySeal(text).state };
};

test.each([
  ['a file as the tool writes it', Buffer.from(sealText({ schemaVersion: 2, cases: [{ name: '张三', note: 'ok' }] }).text), 'ok'],
  ['a file with U+FFFD in its data, sealed as written', Buffer.from(sealText({ schemaVersion: 2, note: '乱码\uFFFD' }).text), 'ok'],
  ['bytes that are not UTF-8, sealed over those bytes', sealedBytes(Buffer.concat([Buffer.from('{"schemaVersion":2,"note":"'), Buffer.from([0xe5, 0xbc]), Buffer.from('"}')])), 'broken'],
  ['a lone continuation byte, sealed over the bytes', sealedBytes(Buffer.concat([Buffer.from('{"note":"a'), Buffer.from([0x80]), Buffer.from('"}')])), 'broken'],
  ['a sealed file with one character changed', Buffer.from(sealText({ note: '张三' }).text.replace('张三', '李四')), 'broken'],
  ['a file without a seal', Buffer.from('{"note":"张三"}'), 'missing'],
])('%s', (_name, bytes, state) => {
  expect(both(bytes)).toEqual({ fromBytes: state, fromText: state });
});

test('the seal found is the one at the end, read from the bytes as from the text', () => {
  const { text, seal } = sealText({ note: 'a ,"seal":" inside a value', n: '信访' });
  const res = verifySeal(text, Buffer.from(text));
  expect(res).toEqual({ state: 'ok', seal });
});
