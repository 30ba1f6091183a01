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
// Each command writes one .docx to --out: a file, or with `folder` a folder; `before` runs first on the same data.
const DOCS = [
  { name: 'roster', args: ['roster', 'generate', '--year', '2026', '--force'] },
  { name: 'monthly', args: ['report', 'monthly', '--month', '2026-10'] },
  { name: 'annual', args: ['report', 'annual', '--year', '2025'] },
  { name: 'case-card', args: ['case', 'card', '2026-0149'] },
  {
    name: 'visit-notice',
    before: [['visit', 'book', '--date', '2026-12-01', '--name', '张三', '--phone', '13800138000', '--summary', '孩子入学学位问题']],
    args: ['visit', 'notify', '--date', '2026-12-01'],
    folder: true,
  },
  { name: 'letter', args: ['case', 'letter', '2025-0003', '--kind', '交办单'] },
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-doc-pngs-'));
try {
  const data = path.join(work, 'data');
  fs.cpSync(path.join(root, 'data', 'demo'), data, { recursive: true });
  const xinfang = (args) => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'xinfang'), '--data', data, '--today', TODAY, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  const files = DOCS.map(({ name, args, before = [], folder: toFolder }) => {
    before.forEach(xinfang);
    const file = path.join(work, `${name}.docx`);
    if (!toFolder) {
      xinfang([...args, '--out', file]);
      return file;
    }
    const folder = path.join(work, name);
    xinfang([...args, '--out', folder]);
    const written = fs.readdirSync(folder).filter((f) => f.endsWith('.docx'));
    if (written.length !== 1) throw new Error(`${name}: ${written.length} documents written`);
    fs.copyFileSync(path.join(folder, written[0]), file);
    return file;
  });
  const profile = path.join(work, 'profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: path.join(root, 'scripts', 'fonts.conf') },
    stdio: 'ignore',
  });
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  for (const { name } of DOCS) {
    const out = path.join(root, 'docs', name);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', '-singlefile', path.join(work, `${name}.pdf`), out]);
    console.log(`docs/${name}.png`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
