#!/usr/bin/env node
// Regenerates the pictures of the README's 文档样张 section: each document kind written from a copy of the demo
// data (as of 2026-11-30), rendered by LibreOffice, first page as docs/*.png.
//   npm run build && node scripts/doc-pngs.mjs
// Needs soffice and pdftoppm (Debian: libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai
// fonts-liberation); scripts/fonts.conf maps the official fonts to those free ones.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-30';
const DOCS = [
  ['roster', ['roster', 'generate', '--year', '2026', '--force']],
  ['monthly', ['report', 'monthly', '--month', '2026-10']],
  ['annual', ['report', 'annual', '--year', '2025']],
  ['case-card', ['case', 'card', '2026-0149']],
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-doc-pngs-'));
try {
  const data = path.join(work, 'data');
  fs.cpSync(path.join(root, 'data', 'demo'), data, { recursive: true });
  const files = DOCS.map(([name, args]) => {
    const file = path.join(work, `${name}.docx`);
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'xinfang'), '--data', data, '--today', TODAY, ...args, '--out', file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
    return file;
  });
  const profile = path.join(work, 'profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: path.join(root, 'scripts', 'fonts.conf') },
    stdio: 'ignore',
  });
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  for (const [name] of DOCS) {
    const out = path.join(root, 'docs', name);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', '-singlefile', path.join(work, `${name}.pdf`), out]);
    console.log(`docs/${name}.png`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
