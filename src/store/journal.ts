// The append-only change journal (JSON lines). Records name what changed, never a petitioner's personal data.
import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE } from './atomic.js';

export const JOURNAL_FILE = 'journal.jsonl';

export interface JournalEntry {
  at: string; // clock time of the change
  today: string; // the working date the command ran with (--today)
  command: string;
  action: string;
  records: string[]; // e.g. 'leader:张明', 'case:2027-0001' — names of leaders/units are public, petitioners never
  files: string[];
  backup: string; // the backup taken before this change: `xinfang backup restore ID` undoes it and all later ones
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
