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
}

export function appendJournal(dir: string, entry: JournalEntry): void {
  fs.appendFileSync(path.join(dir, JOURNAL_FILE), JSON.stringify(entry) + '\n', { mode: FILE_MODE });
}
