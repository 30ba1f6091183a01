// Brings a pasted or saved State Council holiday notice to one form before it is read: half-width digits and
// punctuation, simplified characters for the words the reader looks for, no pinyin glosses from web pages.

/** Traditional → simplified, for the characters of the words a notice is read by (not a general converter). */
const TRADITIONAL = '節节慶庆勞劳動动調调補补週周農农曆历歷历臘腊國国務务辦办廳厅關关於于現现將将與与連连為为長长兩两個个際际紀纪規规無无時时間间後后來来準准說说這这陽阳號号發发電电歲岁體体開开門门區区轄辖屬属構构會会員员團团萬万對对禮礼';
const T2S = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i += 2) T2S.set(TRADITIONAL[i], TRADITIONAL[i + 1]);

/** "(jié)", "(ri)": pinyin some sites put after characters. */
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]{1,12}\)/gi;

/** Full-width forms to ASCII (NFKC), traditional keywords to simplified, glosses removed, dashes unified. */
export function normalizeNoticeText(text: string): string {
  return [...text.replace(/^\uFEFF/, '').normalize('NFKC')]
    .map((ch) => T2S.get(ch) ?? ch)
    .join('')
    .replace(PINYIN_GLOSS, '')
    .replace(/[–－﹣‐―]/g, '—')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u3000\t]/g, ' ');
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "二〇〇六" → 2006; "十二" → 12; "二十八" → 28. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in CN_DIGITS)) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]] : null;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

/** The weekday a note in brackets gives ("周四", "星期一", "农历腊月二十八、周日"): 1 = Monday … 7 = Sunday. */
export function annotatedWeekday(note: string): number | null {
  const m = /(?:星期|周|礼拜)([一二三四五六日天])/.exec(note);
  if (!m) return null;
  return '一二三四五六'.indexOf(m[1]) + 1 || 7;
}
