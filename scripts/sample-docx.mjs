#!/usr/bin/env node
// Writes the renderer's sample document (test/fixtures/official-sample.json, with a line chart) for a visual check:
//   npm run build && node scripts/sample-docx.mjs [OUT.docx]
// Also writes OUT-landscape.docx with the table on landscape pages. Render with LibreOffice to look at it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOfficialDocx } from '../dist/render/docx/official.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? '/tmp/official-sample.docx';
const doc = JSON.parse(readFileSync(join(root, 'test/fixtures/official-sample.json'), 'utf8'));

writeFileSync(out, await renderOfficialDocx(doc));
const landscape = structuredClone(doc);
for (const b of landscape.blocks) if (b.kind === 'table') b.landscape = true;
const out2 = out.replace(/\.docx$/, '') + '-landscape.docx';
writeFileSync(out2, await renderOfficialDocx(landscape));
console.log(`${out}\n${out2}`);
