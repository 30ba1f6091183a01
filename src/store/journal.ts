// The append-only change journal (JSON lines). Records name what changed, never a petitioner's personal data.
import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE } from './atomic.js';
import type { BackupManifest } from './backup.js';

export const JOURNAL_FILE = 'journal.jsonl';

export interface JournalEntry {
  at: string; // clock time of the change
  today: string; // the working date the command ran with (--today)
  command: string;
  action: string;
  records: string[]; // e.g. 'leader:张明', 'case:2027-0001' — names of leaders/units are public, petitioners never
  files: string[];
  backup: string; // the backup taken before this change: `xinfang backup restore ID` undoes it and all later ones
  operator?: string; // --operator / XINFANG_USER, when given
}

/** The journal's entries, oldest first. A line that is not a well-formed entry (a hand edit, a torn write) is skipped. */
export function readJournal(dir: string): JournalEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, JOURNAL_FILE), 'utf8');
  } catch {
    return [];
  }
  const out: JournalEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as Partial<JournalEntry>;
      const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
      if (typeof e.backup === 'string' && typeof e.action === 'string' && typeof e.command === 'string' && strings(e.records)) out.push(e as JournalEntry);
    } catch {
      /* not a line of ours: skipped */
    }
  }
  return out;
}

export function journalLine(entry: JournalEntry): string {
  return JSON.stringify(entry) + '\n';
}

/** Appends `line` unless the journal already ends with it (a recovered change whose line was written before the kill). */
export function appendJournalOnce(dir: string, line: string): void {
  const file = path.join(dir, JOURNAL_FILE);
  const bytes = Buffer.from(line, 'utf8');
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch {
    fd = -1;
  }
  if (fd >= 0) {
    try {
      const size = fs.fstatSync(fd).size;
      if (size >= bytes.length) {
        const tail = Buffer.alloc(bytes.length);
        fs.readSync(fd, tail, 0, bytes.length, size - bytes.length);
        if (tail.equals(bytes)) return;
      }
    } finally {
      fs.closeSync(fd);
    }
  }
  // never through a link: a journal linked elsewhere would append to its target
  const out = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, FILE_MODE);
  try {
    fs.writeSync(out, bytes);
  } finally {
    fs.closeSync(out);
  }
}

/** A backup with what the journal says of the change it was taken before. */
export interface BackupHistory {
  backup: BackupManifest;
  /** The change in words (e.g. 添加领导), when the journal has its line. */
  action?: string;
  /** The records it touched, e.g. 'leader:张明', 'case:2027-0001'. */
  records: string[];
}
