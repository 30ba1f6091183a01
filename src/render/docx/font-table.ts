// word/fontTable.xml: every font the document names, each with the font Word and WPS fall back to (altName) on a
// machine without the GB2312/方正 fonts, its Chinese character set and its family, instead of an empty table.
import type { PageSetup } from './page-setup.js';

interface FontEntry {
  altName?: string;
  /** 86 = GB2312 (simplified Chinese), 00 = ANSI. */
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'script';
  pitch: 'fixed' | 'variable';
}

/** Fall-backs of the fonts an official document names; an unknown font is declared as a Chinese serif font. */
const KNOWN: Record<string, FontEntry> = {
  仿宋_GB2312: { altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋: { altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', charset: '86', family: 'script', pitch: 'variable' },
  方正小标宋_GBK: { altName: '宋体', charset: '86', family: 'script', pitch: 'variable' },
  楷体_GB2312: { altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', charset: '86', family: 'roman', pitch: 'variable' },
  'Times New Roman': { charset: '00', family: 'roman', pitch: 'variable' },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every font named in the page setup, the Latin font first. */
export function fontsOf(page: PageSetup): string[] {
  const names = [
    page.latinFont, page.body.font, page.title.font, page.subtitle.font, page.table.font, page.table.headerFont,
    page.table.titleFont, page.note.font, page.pageNumber.font, page.caption.font,
    ...Object.values(page.headings).map((h) => h.font),
  ];
  return [...new Set(names)];
}

export function fontTableXml(fonts: readonly string[]): string {
  const entry = (name: string) => {
    const f = KNOWN[name] ?? { charset: '86', family: 'roman', pitch: 'variable' };
    return (
      `<w:font w:name="${esc(name)}">` +
      (f.altName ? `<w:altName w:val="${esc(f.altName)}"/>` : '') +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
    );
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.map(entry).join('') +
    '</w:fonts>'
  );
}
