// Finding, in a pasted notice with whatever a web page left around it, the year it is for and its numbered items
// ("一、元旦：…", "二、春节：…"). Everything else (the addressees, the closing, page debris) is not read.
import { InputError } from '../../errors.js';
import { chineseNumber } from './holiday-notice-text.js';
import { msg } from '../messages/index.js';

export interface NoticeLine {
  /** 1-based line number in the file, for messages. */
  line: number;
  /** The item as the notice wrote it (continuation lines joined), for messages. */
  original: string;
  /** The item without its number: "元旦:1月1日放假1天。" */
  text: string;
}

/** A month-day date as notices write it, with an optional year: "2月15日", "2007年12月30日", "3日". */
export const DATE_TOKEN = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/;
const HAS_DATE = new RegExp(DATE_TOKEN.source);
const ITEM = /(?:^|[^\u4e00-\u9fff])[一二三四五六七八九十]{1,3}、\s*(.*)$/;
const UNNUMBERED = /^(?:元旦|春节|清明节?|劳动节|端午节?|中秋节?|国庆节?)[^:]{0,16}:/;
const ISSUE_DATE = /^\s*(\d{4}|[〇零O一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日\s*$/;

/** What remains of an item line once page debris after its last full stop (no date in it) is cut off. */
function trimTail(s: string): string {
  const stop = s.lastIndexOf('。');
  if (stop < 0) return s.trim();
  const tail = s.slice(stop + 1);
  return HAS_DATE.test(tail) ? s.trim() : s.slice(0, stop + 1).trim();
}

/**
 * The items of the notice: numbered lines with a date in them (a numbered line without one, such as "二、各地大专院
 * 校…推迟开学", is not an arrangement), and holiday lines without a number ("元旦：1月1日放假"). A line with a date
 * right after an item continues it (a notice wrapped by the page it was copied from).
 */
export function noticeItems(lines: readonly string[], raw: readonly string[] = lines): NoticeLine[] {
  const items: NoticeLine[] = [];
  let open: NoticeLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const m = ITEM.exec(line);
    const body = m ? m[1] : UNNUMBERED.test(line) ? line : null;
    if (body !== null && HAS_DATE.test(body)) {
      open = { line: i + 1, original: (raw[i] ?? line).trim(), text: trimTail(body) };
      items.push(open);
      continue;
    }
    if (open && body === null && HAS_DATE.test(line) && !ISSUE_DATE.test(line)) {
      open.original += (raw[i] ?? line).trim();
      open.text = trimTail(open.text + line);
      continue;
    }
    open = null;
  }
  return items;
}

function firstYear(text: string, re: RegExp): number | null {
  const m = re.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The year the notice is for: from its title ("关于2027年部分节假日安排的通知", "关于延长2020年春节假期的通知"), from its
 * body ("现将2027年元旦、春节…"), or else from the date it was issued at the end: notices come out in the autumn
 * for the next year (dated 2013年12月11日 → 2014), amendments in the year they change.
 */
export function noticeYear(text: string, lines: readonly string[]): number {
  const title = firstYear(text, /关于\s*(?:延长)?\s*(\d{4})\s*年[^。\n]{0,12}(?:节假日|假期|放假)/);
  const body = firstYear(text, /现将\s*(?:延长)?\s*(\d{4})\s*年/);
  if (title !== null && body !== null && title !== body) {
    throw new InputError(msg('calendar.noticeYearsDisagree', { titleYear: title, bodyYear: body }));
  }
  if (title !== null || body !== null) return (title ?? body)!;
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = ISSUE_DATE.exec(lines[i]);
    if (!m) continue;
    const [y, mo] = [chineseNumber(m[1]), chineseNumber(m[2])];
    if (y !== null && mo !== null && mo >= 1 && mo <= 12) return mo >= 7 ? y + 1 : y;
  }
  throw new InputError(msg('calendar.noticeYearMissing'));
}
