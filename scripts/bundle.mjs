// Builds dist/ as a few bundled files instead of one file per module: start-up then reads and links a handful
// of files (docs/design.md, "Start-up": --version and --help near bare Node). Lazily imported parts (docx, exceljs, inquirer users)
// become their own chunks, loaded only by the commands that need them. Types are checked by `tsc --noEmit`.
import { build } from 'esbuild';
import fs from 'node:fs';

// commander is needed by every command, --help included: bundling it saves resolving and loading its CommonJS
// files at start-up. The other packages stay external (loaded only by the commands that use them).
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const bundled = new Set(['commander', 'chinese-days', 'zod', 'lowdb']); // chinese-days: only its JSON data is used
const external = Object.keys(pkg.dependencies).filter((name) => !bundled.has(name));

fs.rmSync('dist', { recursive: true, force: true });
await build({
  // run.ts: the command line as a function, for the in-process test runner (test/helpers/cli.ts);
  // the store modules are entries too: the benchmark builds its synthetic stores through them
  entryPoints: ['src/cli/main.ts', 'src/cli/run.ts', 'src/store/index.ts', 'src/store/cases-repo.ts', 'src/store/pg/worker.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...external, ...external.map((name) => `${name}/*`)],
  chunkNames: 'chunks/[name]-[hash]',
  // commander's CommonJS code calls require() for Node's own modules; give the ESM bundle one
  banner: { js: "import { createRequire as __xfRequire } from 'node:module'; const require = __xfRequire(import.meta.url);" },
  logLevel: 'warning',
});
