// Reading the State Council's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) into days off and working
// days. Each item is read clause by clause; a clause that is none of the known forms stops the import with the line.
import { InputError } from '../../errors.js';
import { addDays, eachDay, isValidDate, makeDate, weekday, WEEKDAY_NAMES } from '../common/dates.js';
import { holidaysNamed, type HolidayName } from './holiday-names.js';
import { DATE_TOKEN, noticeItems, noticeYear, type NoticeLine } from './holiday-notice-lines.js';
import { annotatedWeekday, normalizeNoticeText } from './holiday-notice-text.js';
import type { ISODate } from '../model.js';
import { msg } from '../messages/index.js';

export interface NoticeItem {
  line: number;
  names: HolidayName[];
  off: ISODate[];
  work: ISODate[];
}

/** "延长2020年春节假期至2月2日…，2月3日起正常上班": the holiday runs on to `until`. */
export interface NoticeExtension {
  line: number;
  holiday: HolidayName;
  until: ISODate;
}

export interface Notice {
  year: number;
  items: NoticeItem[];
  extensions: NoticeExtension[];
}

interface Token {
  date: ISODate;
}

const RANGE = /^@(?:至|到|—|-|~)@(?:调休)?放假(?:调休)?(?:(\d+)天)?$/;
const SINGLE = /^@(?:调休)?放假(?:(\d+)天)?$/;
const WORK = /^@(?:、@)*上班$/;
const IN_LIEU = /^@(?:、@)*(?:补休|调休)$/;
const RESUME = /^@起(?:正常)?上班$/;
const EXTEND = /^延长(?:\d{4}年)?(.{1,8}?)假期至@$/;
const COUNT = /^(?:共|放假)(\d+)天(?:不调休)?$/;
const INFO_WORDS = /放假调休|与周末连休|不调休|调休|放假|连休/g;
const EXPLAIN_WORDS = /其中|即|将|两个|三个|公休日|及中秋节|分别|调至|为|国庆节|法定节假日|法定假日|照常公休|照常|公休/g;

function fail(item: NoticeLine, why: string): never {
  throw new InputError(msg('calendar.noticeLineProblem', { line: item.line, why, original: item.original }));
}

/** Top-level brackets → \u0001, their contents kept in order (notes such as "周四" or "农历腊月二十八、周日"). */
function takeBrackets(s: string): { plain: string; notes: string[] } {
  let plain = '';
  const notes: string[] = [];
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') {
      if (depth++ === 0) notes.push('');
      continue;
    }
    if (ch === ')' && depth > 0) {
      if (--depth === 0) plain += '\u0001';
      continue;
    }
    if (depth > 0) notes[notes.length - 1] += ch;
    else plain += ch;
  }
  return { plain, notes };
}

/**
 * The dates of an item, each replaced by "@": a day without a month ("至3日") takes the month and year of the date
 * before it; a 元旦 item's December dates belong to the year before. A weekday in brackets must be the date's.
 */
function tokenize(item: NoticeLine, body: string, year: number, newYear: boolean): { shape: string; tokens: Token[] } {
  const { plain, notes } = takeBrackets(body.replace(/\s+/g, ''));
  const tokens: Token[] = [];
  let noteIndex = 0;
  let prev: { y: number; m: number } | null = null;
  const re = new RegExp(`${DATE_TOKEN.source}(\u0001)?|\u0001`, 'g');
  const shape = plain.replace(re, (whole, y?: string, m?: string, d?: string, note?: string) => {
    if (whole === '\u0001') {
      noteIndex++;
      return '';
    }
    let month = m ? Number(m) : prev?.m;
    if (month === undefined) fail(item, msg('calendar.noticeNoMonth', { text: whole }));
    const yr = y ? Number(y) : !m && prev ? prev.y : newYear && month === 12 ? year - 1 : year;
    const date = makeDate(yr, month, Number(d));
    if (!isValidDate(date)) fail(item, msg('calendar.noticeBadDate', { month, day: Number(d) }));
    if (note) {
      const wd = annotatedWeekday(notes[noteIndex++]);
      if (wd !== null && wd !== weekday(date)) {
        fail(item, msg('calendar.noticeWrongWeekday', { month, day: Number(d), written: WEEKDAY_NAMES[wd], date, actual: WEEKDAY_NAMES[weekday(date)] }));
      }
    }
    prev = { y: yr, m: month };
    tokens.push({ date });
    return '@';
  });
  return { shape: shape.replace(/\s+/g, ''), tokens };
}

/** "元旦", "中秋节、国庆节", "“五一”国际劳动节" → the holidays; an unknown name is refused. */
function headingNames(item: NoticeLine, head: string): HolidayName[] {
  const names: HolidayName[] = [];
  for (const part of head.split(/[、,和及与]/).map((p) => p.trim()).filter(Boolean)) {
    const found = holidaysNamed(part);
    if (found.length !== 1) fail(item, msg('calendar.noticeNotHolidayList', { name: part }));
    if (!names.includes(found[0])) names.push(found[0]);
  }
  return names;
}

function parseItem(item: NoticeLine, year: number): NoticeItem | NoticeExtension {
  const colon = item.text.indexOf(':');
  const head = colon >= 0 && colon <= 24 && !/\d/.test(item.text.slice(0, colon)) ? item.text.slice(0, colon) : null;
  const names = head === null ? [] : headingNames(item, head);
  const { shape, tokens } = tokenize(item, head === null ? item.text : item.text.slice(colon + 1), year, names.includes('元旦'));
  const off: ISODate[] = [];
  const work: ISODate[] = [];
  let count: number | null = null;
  let extension: NoticeExtension | null = null;
  let t = 0;
  for (const sentence of shape.split('。')) {
    const explaining = sentence.startsWith('其中');
    for (const clause of sentence.split(/[,;:]/)) {
      const dates = tokens.slice(t, (t += (clause.match(/@/g) ?? []).length)).map((x) => x.date);
      let m: RegExpExecArray | null;
      if (clause === '') continue;
      if ((m = RANGE.exec(clause))) {
        if (dates[1] < dates[0] || eachDay(dates[0], dates[1]).length > 40) fail(item, msg('calendar.noticeBadRange'));
        off.push(...eachDay(dates[0], dates[1]));
        count = m[1] ? Number(m[1]) : count;
      } else if ((m = SINGLE.exec(clause))) {
        off.push(dates[0]);
        count = m[1] ? Number(m[1]) : count;
      } else if (WORK.test(clause)) work.push(...dates);
      else if (IN_LIEU.test(clause)) off.push(...dates);
      else if (RESUME.test(clause)) {
        if (extension && dates[0] <= extension.until) fail(item, msg('calendar.noticeWorkBeforeHoliday'));
      } else if ((m = EXTEND.exec(clause))) {
        const found = holidaysNamed(m[1]);
        if (found.length !== 1) fail(item, msg('calendar.noticeNotHoliday', { name: m[1] }));
        extension = { line: item.line, holiday: found[0], until: dates[0] };
      } else if ((m = COUNT.exec(clause))) count = Number(m[1]);
      else if (!/@/.test(clause) && clause.replace(INFO_WORDS, '') === '') continue;
      else if ((explaining || /调至|为|公休/.test(clause)) && clause.replace(/[@、]/g, '').replace(EXPLAIN_WORDS, '') === '') continue;
      else fail(item, msg('calendar.noticeUnreadable', { clause: clause.replace(/@/g, msg('calendar.noticeSomeDay')) }));
    }
  }
  if (extension) return extension;
  if (names.length === 0) fail(item, msg('calendar.noticeNoHolidayName'));
  const days = [...new Set(off)];
  if (days.length === 0) fail(item, msg('calendar.noticeNoDays'));
  if (count !== null && count !== days.length) fail(item, msg('calendar.noticeDayCount', { count, listed: days.length }));
  const clash = work.find((d) => days.includes(d));
  if (clash) fail(item, msg('calendar.noticeOffAndWork', { date: clash }));
  return { line: item.line, names, off: days.sort(), work: [...new Set(work)].sort() };
}

/** Reads a notice; throws InputError naming the line at the first thing it cannot read. Nothing is partial. */
export function parseNotice(text: string): Notice {
  const lines = normalizeNoticeText(text).split('\n');
  // the same line breaks as the normalised text, so a message quotes the line as the file has it
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const year = noticeYear(lines.join('\n'), lines);
  const items: NoticeItem[] = [];
  const extensions: NoticeExtension[] = [];
  for (const line of noticeItems(lines, raw)) {
    const parsed = parseItem(line, year);
    if ('holiday' in parsed) extensions.push(parsed);
    else items.push(parsed);
  }
  if (items.length === 0 && extensions.length === 0) {
    throw new InputError(msg('calendar.noticeNoArrangements'));
  }
  const seen = new Map<ISODate, { work: boolean; line: number }>();
  for (const it of items) {
    for (const [dates, work] of [[it.off, false], [it.work, true]] as const) {
      for (const d of dates) {
        const was = seen.get(d);
        if (was && was.work !== work) throw new InputError(msg('calendar.noticeDayConflict', { date: d, line: was.line, otherLine: it.line }));
        seen.set(d, { work, line: it.line });
      }
    }
  }
  return { year, items, extensions };
}

/** The day after the last day `holiday` is off on or before `until`, looking back at most two months. */
export function extensionStart(until: ISODate, isOffFor: (d: ISODate) => boolean): ISODate | null {
  for (let d = until, i = 0; i < 60; i++, d = addDays(d, -1)) if (isOffFor(d)) return addDays(d, 1);
  return null;
}
