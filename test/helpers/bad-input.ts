// The bad-input sweep (issue 6 item 4): every flag and argument of a command given an empty, malformed, overlong
// (10 KB) and hostile value, expanded from a compact description into one test per case. Each case runs the command
// line (in-process, see cli.ts) on its own copy of one prepared store, and proves either a clean refusal (one
// "错误：" line, the exit code of docs/design.md, nothing written) or safe acceptance (stored exactly as given).
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, type RunResult } from './cli.js';
import { docxText } from './docx-text.js';

export const OVERLONG = 'x'.repeat(10 * 1024);
/** Control characters: never accepted in stored text. */
export const CONTROL = ['响\u0007铃', '\u001b[31m红色\u001b[0m', '换\n行', '制\t表'];
/** Text that looks like markup, a path or a formula: legitimate in free text, must be stored and rendered as given. */
export const MARKUP = ['<w:p>&amp;</x>', "=cmd|' /C calc'!A0", '../../etc/passwd', '+1', '@SUM(1)', '-1+2'];
const HOSTILE = [...CONTROL, ...MARKUP];
/** Put in every case's working folder before it runs, with these bytes: an output file must not replace it. */
const EXISTING = '已有的文件';
const EXISTING_BYTES = '原有内容';

/**
 * What a value is, which decides the expected outcome of each class:
 * text/optText — free text stored as given (optText may be empty); para/optPara — the same for longer text, which
 * may hold line breaks (pasted text, spreadsheet cells; a tab becomes a space); ref — must name something that exists;
 * strict — a date, number, choice, phone…: only a well-formed value is accepted; out — an output file;
 * in — an input file; bool — a flag without a value (given one as --flag=value: a usage error); filter — a
 * search term that is never stored (anything is safe: it finds nothing).
 */
export type Kind = 'text' | 'optText' | 'para' | 'optPara' | 'ref' | 'strict' | 'optStrict' | 'out' | 'in' | 'bool' | 'filter';
/** Text kinds get two hostile classes: control characters (refused) and markup/formula/path-like text (kept). */
export type ValueClass = 'empty' | 'malformed' | 'overlong' | 'control' | 'markup' | 'hostile' | 'exists';
/** 'ok': accepted; a number: refused with that exit code. */
export type Outcome = 'ok' | 1 | 2 | 3;

export interface Slot {
  /** '--name', or 0, 1… for the positional arguments. */
  at: string | number;
  kind: Kind;
  /** The malformed value (required for ref/strict/in kinds; text kinds default to blanks). */
  malformed?: string;
  /** Outcomes that differ from the kind's defaults. */
  expect?: Partial<Record<ValueClass, Outcome>>;
  /** Values to use instead of the class defaults. */
  values?: Partial<Record<ValueClass, string>>;
}

export interface CommandSpec {
  /** The command words, e.g. ['leader', 'add']. */
  cmd: string[];
  /** A valid invocation: positional arguments… */
  pos?: string[];
  /** …and options (true for a boolean flag). */
  opts?: Record<string, string | true>;
  slots: Slot[];
  /** Output files: their extension (for the malformed/hostile paths). */
  ext?: string;
}

export interface Case {
  name: string;
  value: string;
  argv: string[];
  outcome: Outcome;
  /** For an accepted text value: the text that must appear in the store. */
  stored?: string;
  cls: ValueClass;
  slot: Slot;
  spec: CommandSpec;
}

const DEFAULTS: Record<Kind, Partial<Record<ValueClass, Outcome>>> = {
  text: { empty: 1, malformed: 1, overlong: 1, control: 1, markup: 'ok' },
  optText: { empty: 'ok', malformed: 'ok', overlong: 1, control: 1, markup: 'ok' },
  para: { empty: 1, malformed: 1, overlong: 1, control: 1, markup: 'ok' },
  optPara: { empty: 'ok', malformed: 'ok', overlong: 1, control: 1, markup: 'ok' },
  ref: { empty: 1, malformed: 1, overlong: 1, hostile: 1 },
  strict: { empty: 1, malformed: 1, overlong: 1, hostile: 1 },
  optStrict: { empty: 'ok', malformed: 1, overlong: 1, hostile: 1 },
  // hostile: ../ (written where asked); exists: a file already there is never overwritten without --force
  out: { empty: 'ok', malformed: 'ok', overlong: 1, hostile: 'ok', exists: 1 },
  in: { empty: 1, malformed: 1, overlong: 1, hostile: 1 },
  bool: { malformed: 2 },
  filter: { empty: 'ok', malformed: 'ok', overlong: 'ok', hostile: 'ok' },
};

function valueOf(slot: Slot, cls: ValueClass, n: number, ext: string): string {
  const given = slot.values?.[cls];
  if (given !== undefined) return given;
  const textLike = isText(slot.kind);
  switch (cls) {
    case 'empty':
      return '';
    case 'malformed':
      if (slot.kind === 'out') return `还没有的/文件夹/文件${ext}`; // a missing folder: created
      if (slot.malformed !== undefined) return slot.malformed;
      if (slot.kind === 'bool') return 'yes';
      if (textLike) return '   ';
      throw new Error(`slot ${slot.at} needs a malformed value`);
    case 'overlong':
      return slot.kind === 'out' || slot.kind === 'in' ? `${OVERLONG}${ext}` : OVERLONG;
    case 'control':
      return CONTROL[n % CONTROL.length];
    case 'markup':
      return MARKUP[n % MARKUP.length];
    case 'hostile':
      if (slot.kind === 'out') return `../上一级${ext}`;
      if (slot.kind === 'in') return '../../etc/passwd';
      return HOSTILE[n % HOSTILE.length];
    case 'exists':
      return `${EXISTING}${ext}`;
  }
}

const isText = (k: Kind) => k === 'text' || k === 'optText' || k === 'para' || k === 'optPara';
/** Line breaks and tabs only: kept in longer text (a tab as a space). */
const onlyBreaks = (v: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v);

function argvOf(spec: CommandSpec, at: string | number, value: string, bool: boolean): string[] {
  const pos = [...(spec.pos ?? [])];
  const opts: Record<string, string | true> = { ...spec.opts };
  if (typeof at === 'number') pos[at] = value;
  else opts[at] = value;
  const flat = Object.entries(opts).flatMap(([k, v]) => (v === true ? [k] : k === at && bool ? [`${k}=${v}`] : [k, v]));
  // '--' ends the options, so a positional value such as '-1+2' reaches the command instead of being read as a flag
  return [...spec.cmd, ...flat, ...(pos.length ? ['--', ...pos] : [])];
}

const show = (v: string) => (v.length > 24 ? `${JSON.stringify(v.slice(0, 12))}…(${v.length})` : JSON.stringify(v));

let counter = 0;

/** Every case of a command: each slot × each value class of its kind. */
export function casesOf(spec: CommandSpec): Case[] {
  const out: Case[] = [];
  for (const slot of spec.slots) {
    const outcomes = { ...DEFAULTS[slot.kind], ...slot.expect };
    for (const [cls, given] of Object.entries(outcomes) as [ValueClass, Outcome][]) {
      const value = valueOf(slot, cls, counter++, spec.ext ?? '');
      const para = slot.kind === 'para' || slot.kind === 'optPara';
      const outcome = para && cls === 'control' && onlyBreaks(value) ? 'ok' : given;
      out.push({
        name: `${spec.cmd.join(' ')} ${typeof slot.at === 'number' ? `<参数${slot.at + 1}>` : slot.at} ${cls} ${show(value)} → ${outcome === 'ok' ? '接受' : `退出码 ${outcome}`}`,
        value,
        argv: argvOf(spec, slot.at, value, slot.kind === 'bool'),
        outcome,
        stored: outcome === 'ok' && isText(slot.kind) && value.trim() ? (para ? value.replace(/\t/g, ' ') : value) : undefined,
        cls,
        slot,
        spec,
      });
    }
  }
  return out;
}

/** Runs one command of the sweep (in-process; the cases of a file take turns). */
export function runAsync(dataDir: string, args: string[], opts: { today: string; cwd: string }): Promise<RunResult> {
  return Promise.resolve(run(dataDir, args, opts));
}

/** Every file under dir, backups and journal included, with its bytes (a refusal must not even take a backup). */
export function treeSnapshot(dir: string, encoding: BufferEncoding = 'latin1'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, encoding);
    }
  };
  walk(dir);
  return out;
}

const storeText = (dir: string) => Object.values(treeSnapshot(dir, 'utf8')).join('\n');

export interface Fixture {
  /** The prepared data folder, copied for each case. */
  data: string;
  today: string;
}

/**
 * The store a group of cases starts from, built on first use: the set-up commands run in order (each must succeed).
 * Built lazily because concurrent tests start before beforeAll hooks run.
 */
export function fixture(setup: string[][], today: string): { get: () => Promise<Fixture>; dispose: () => void } {
  const root = tempDir('xinfang-bad-');
  let made: Promise<Fixture> | null = null;
  const get = () =>
    (made ??= (async () => {
      const data = path.join(root, 'data');
      for (const args of setup) {
        const r = await runAsync(data, args, { today, cwd: root });
        if (r.code !== 0) throw new Error(`set-up failed: ${args.join(' ')}\n${r.stderr}`);
      }
      return { data, today };
    })());
  return { get, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** A copy of the fixture's store and an empty working folder (where out/ and ../ files land). */
export function workspace(f: Fixture): { data: string; cwd: string } {
  const root = tempDir('xinfang-case-');
  const data = path.join(root, 'data');
  fs.cpSync(f.data, data, { recursive: true });
  const cwd = path.join(root, 'work');
  fs.mkdirSync(cwd);
  for (const ext of ['', '.docx', '.ics', '.csv', '.xlsx']) fs.writeFileSync(path.join(cwd, `${EXISTING}${ext}`), EXISTING_BYTES);
  return { data, cwd };
}

/** An accepted output path: the file is where it was asked for (out/ by default), and a .docx opens. */
async function checkOutput(cwd: string, c: Case): Promise<void> {
  const file = c.value.trim() ? path.resolve(cwd, c.value.trim()) : path.join(cwd, 'out', fs.readdirSync(path.join(cwd, 'out'))[0]);
  expect(fs.existsSync(file)).toBe(true);
  if (fs.statSync(file).isDirectory()) {
    // an output folder (visit notify --out): the documents written into it
    const docs = fs.readdirSync(file).filter((n) => n.endsWith('.docx'));
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(await docxText(fs.readFileSync(path.join(file, d)))).not.toBe('');
  } else if (file.endsWith('.docx')) expect(await docxText(fs.readFileSync(file))).not.toBe('');
}

/** Runs one case on its own copy of the fixture and checks its outcome; the copy is removed afterwards. */
export async function check(c: Case, get: () => Promise<Fixture>): Promise<void> {
  const f = await get();
  const { data, cwd } = workspace(f);
  const root = path.dirname(data);
  try {
    const before = treeSnapshot(root);
    const result = await runAsync(data, c.argv, { today: f.today, cwd });
    // compared as one object, so that a wrong exit code is reported together with what the command said
    const seen = { argv: c.argv.map(show).join(' '), code: result.code, stderr: result.stderr.slice(0, 600) };
    if (c.outcome === 'ok') {
      expect(seen).toEqual({ ...seen, code: 0 });
      expect(result.stderr).not.toMatch(/错误|Error|\n\s+at /);
      if (c.stored !== undefined) expect(storeText(root)).toContain(JSON.stringify(c.stored).slice(1, -1));
      if (c.slot.kind === 'out') await checkOutput(cwd, c);
    } else {
      // one line, starting 错误：, short enough to read, nothing on stdout, nothing written anywhere
      expect(seen).toEqual({ ...seen, code: c.outcome });
      expect(result.stderr).toMatch(/^错误：[^\n]+\n$/);
      expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(result.stderr.length).toBeLessThan(400);
      expect(result.stdout).toBe('');
      expect(treeSnapshot(root)).toEqual(before);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
