// The template loader: bundled templates/, an office's override folder (XINFANG_TEMPLATES), caching, clear errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTemplateCache, loadTemplate, templatePath, templatesDir } from '../../src/render/templates.js';

describe('loadTemplate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'xinfang-tpl-'));
    clearTemplateCache();
  });
  afterEach(() => {
    delete process.env.XINFANG_TEMPLATES;
    clearTemplateCache();
    rmSync(dir, { recursive: true, force: true });
  });

  test('reads the bundled page setup from the project templates/ folder', () => {
    expect(templatePath('page')).toBe(join(templatesDir(), 'page.json'));
    expect(loadTemplate<{ marginsMm: { top: number } }>('page').marginsMm.top).toBe(37);
  });

  test('an override folder wins for the files it has, and results are cached', () => {
    writeFileSync(join(dir, 'page.json'), JSON.stringify({ marginsMm: { top: 30 } }));
    process.env.XINFANG_TEMPLATES = dir;
    const first = loadTemplate<{ marginsMm: { top: number } }>('page.json');
    expect(first.marginsMm.top).toBe(30);
    expect(loadTemplate('page')).toBe(first);
  });

  test('a missing file and broken JSON give clear errors naming the file', () => {
    process.env.XINFANG_TEMPLATES = dir;
    expect(() => loadTemplate('no-such-template')).toThrow(/找不到模板文件 .*no-such-template\.json/);
    writeFileSync(join(dir, 'broken.json'), '{ "a": ');
    expect(() => loadTemplate('broken')).toThrow(/broken\.json 不是有效的 JSON/);
  });
});
