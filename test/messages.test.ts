// The message catalogues (src/domain/messages/, src/cli/messages.ts): every entry used, every placeholder filled,
// placeholder names checked by the compiler, and no error wording left in a throw.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { DOMAIN_MESSAGES, msg as domainMsg } from '../src/domain/messages/index.js';
import { CLI_MESSAGES, msg as cliMsg } from '../src/cli/messages.js';
import { fillMessage, placeholdersOf } from '../src/message-format.js';
import { ROOT } from './helpers/cli.js';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const LAYERS = [
  { layer: 'domain', dir: 'src/domain', catalogue: DOMAIN_MESSAGES as Record<string, string>, own: (f: string) => f.includes(`${path.sep}messages${path.sep}`), msg: domainMsg as (k: string, v?: object) => string },
  { layer: 'cli', dir: 'src/cli', catalogue: CLI_MESSAGES as Record<string, string>, own: (f: string) => f.endsWith(`${path.sep}messages.ts`), msg: cliMsg as (k: string, v?: object) => string },
];

const rows = LAYERS.flatMap((l) => Object.entries(l.catalogue).map(([key, template]) => ({ ...l, key, template })));

describe.each(LAYERS)('the $layer catalogue', ({ dir, catalogue, own }) => {
  const code = files(path.join(ROOT, dir))
    .filter((f) => !own(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');

  test.each(Object.keys(catalogue))('%s is used in the layer', (key) => {
    expect(code).toContain(`msg('${key}'`);
  });

  test('keys are grouped by capability', () => {
    const groups = new Set(Object.keys(catalogue).map((k) => k.split('.')[0]));
    expect([...groups].filter((g) => !['calendar', 'cases', 'common', 'org', 'reception', 'reports', 'roster', 'store'].includes(g))).toEqual([]);
  });
});

describe('every placeholder of every template is filled', () => {
  test.each(rows)('$layer $key', ({ key, template, msg }) => {
    const names = placeholdersOf(template);
    const values = Object.fromEntries(names.map((n) => [n, `⟨${n}⟩`]));
    const text = msg(key, values);
    for (const n of names) expect(text).toContain(`⟨${n}⟩`);
    // What is left of the template's syntax are the doubled braces, each now one literal brace.
    expect(template.replace(/\{\{|\}\}|\{[A-Za-z][A-Za-z0-9]*\}/g, '')).not.toMatch(/[{}]/);
    for (const n of names) {
      const { [n]: _left, ...others } = values;
      expect(() => msg(key, others)).toThrow(`no value for {${n}}`);
    }
  });
});

describe('the formatter', () => {
  test.each([
    ['信访件 {no} 已于 {date} 化解', { no: '2027-0001', date: '2027-03-01' }, '信访件 2027-0001 已于 2027-03-01 化解'],
    ['可用 {{year}} {{seq:4}}', {}, '可用 {year} {seq:4}'],
    ['文号格式中的 {{{field}}} 无法识别', { field: 'xx' }, '文号格式中的 {xx} 无法识别'],
    ['{count} 个', { count: 0 }, '0 个'],
  ])('%s', (template, values, expected) => {
    expect(fillMessage('t', template, values)).toBe(expected);
  });

  test('a real entry with a literal placeholder text keeps it', () => {
    expect(domainMsg('cases.letterNumberUnknownField', { field: 'abc' })).toBe('文号格式中的 {abc} 无法识别，可用：{org}（机关代字）、{code}（文书代字）、{year}、{seq}');
  });
});

test('the compiler checks placeholder names and keys', () => {
  const file = path.join(ROOT, 'test', '__message-types.ts');
  const source = `import { msg } from '../src/domain/messages/index.js';
msg('cases.editNoChange', { no: '1' });
msg('cases.importEmptyFile');
// @ts-expect-error a placeholder left out
msg('cases.editNoChange', {});
// @ts-expect-error a misspelled placeholder
msg('cases.editNoChange', { number: '1' });
// @ts-expect-error no values at all
msg('cases.editNoChange');
// @ts-expect-error a key that is not in the catalogue
msg('cases.noSuchMessage');
// @ts-expect-error values for a fixed text
msg('cases.importEmptyFile', { no: '1' });
`;
  const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile;
  host.readFile = (f) => (path.resolve(f) === file ? source : read(f));
  host.fileExists = ((exists) => (f: string) => path.resolve(f) === file || exists(f))(host.fileExists);
  const program = ts.createProgram([file], options, host);
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(problems).toEqual([]);
}, 60000);

const HAN = /[\u4e00-\u9fff]/;

/** Errors made with a string or template literal that has Chinese in its own text (not in a value). */
function wordedThrows(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isNewExpression(n) && /(?:Error|Cancelled)$/.test(n.expression.getText(sf)) && n.arguments?.length) {
      const a = n.arguments[0];
      const own = ts.isStringLiteralLike(a) ? a.text : ts.isTemplateExpression(a) ? [a.head.text, ...a.templateSpans.map((s) => s.literal.text)].join('') : '';
      if (HAN.test(own)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

test('no error made in src/domain or src/cli carries its Chinese wording directly', () => {
  const literal = /Error\(\s*['"`][^'"`]*[\u4e00-\u9fff]/;
  const sources = ['src/domain', 'src/cli'].flatMap((dir) => files(path.join(ROOT, dir)).map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') })));
  const grep = sources.flatMap(({ file, text }) => [...text.matchAll(/new \w*(?:Error|Cancelled)\([^;]*/g)].filter((m) => literal.test(m[0])).map((m) => `${file}: ${m[0].slice(0, 60)}`));
  expect(grep).toEqual([]);
  expect(sources.flatMap(({ file, text }) => wordedThrows(file, text))).toEqual([]);
  // The check itself finds a worded throw.
  expect(wordedThrows('x.ts', 'throw new InputError(`信访件 ${no} 已办结`);')).toEqual(['x.ts:1']);
});
