// How wide a text is drawn, in em of its font size: CJK and full-width characters 1, Latin as in Times New Roman,
// plus the space Word, WPS and LibreOffice put between Chinese and a figure or Latin word (about a fifth of an em).

/** Width of a character in em. */
export function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x2060) return 0;
  if (code >= 0x2e80 || ch === '—' || ch === '…') return 1;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[.,:;'!|il ]/.test(ch)) return 0.28;
  if (/[%MWmw@]/.test(ch)) return 0.84;
  if (/[A-Z]/.test(ch)) return 0.7;
  return 0.5;
}

/**
 * The automatic space between East Asian text and a run of Latin letters or figures: LibreOffice puts about 0.23 em
 * (measured on its PDF), Word and WPS a little less; the difference is the uncertainty of a line's width per space.
 */
export const AUTOSPACE_EM = 0.23;
export const AUTOSPACE_UNCERTAINTY_EM = 0.06;

const isCjk = (ch: string) => (ch.codePointAt(0) ?? 0) >= 0x2e80;
const isLatinWord = (ch: string) => /[0-9A-Za-z]/.test(ch);

/** How many automatic spaces a text has (each change between Chinese and a Latin word). */
export function autospaces(s: string): number {
  const chars = [...s].filter((ch) => ch !== '\u2060');
  return chars.filter((ch, i) => i > 0 && ((isCjk(chars[i - 1]) && isLatinWord(ch)) || (isLatinWord(chars[i - 1]) && isCjk(ch)))).length;
}

export function textEm(s: string): number {
  const chars = [...s].filter((ch) => ch !== '\u2060'); // word joiners take no room
  let em = 0;
  chars.forEach((ch, i) => {
    em += charEm(ch);
    const next = chars[i + 1];
    if (next !== undefined && ((isCjk(ch) && isLatinWord(next)) || (isLatinWord(ch) && isCjk(next)))) em += AUTOSPACE_EM;
  });
  return em;
}
