// Issuing official letters: check each case may have its letter and each file can be written, then in one
// transaction take the 文号s and record the letters in the cases' histories, then write the .docx files.
import path from 'node:path';
import { runningDueDate } from '../domain/cases/after-reply.js';
import { currentDeadline, type WorkdayCalendar } from '../domain/cases/deadlines.js';
import { chineseDate, yearOf } from '../domain/common/dates.js';
import type { LetterContext, LetterKind } from '../domain/cases/letters/letter-kind.js';
import { takeLetterNumber } from '../domain/cases/letters/letter-number.js';
import { buildLetter, letterHistoryNote, reprintNumber, type LetterModel } from '../domain/cases/letters/letter-model.js';
import type { Case, Config, HistoryEntry, ISODate } from '../domain/model.js';
import { Wording } from '../domain/common/wording.js';
import { changeCases, operator } from './case-session.js';
import type { Ctx } from './context.js';
import { outputPath, writeOutput } from './output-file.js';

export interface LetterJob {
  no: string;
  kind: LetterKind;
}

export interface LetterOptions {
  date: ISODate;
  showPii: boolean;
  dueSoonDays: number;
  calendar: WorkdayCalendar | null;
  /** One file (`case letter --out FILE`) or a folder for every letter (`case due --letters --out DIR`). */
  out: { file?: string; dir?: string };
  force: boolean;
}

export interface IssuedLetter {
  no: string;
  kind: string;
  docNo: string;
  file: string;
}

async function wordingOf(kind: LetterKind): Promise<Wording> {
  const { loadTemplate } = await import('../render/templates.js');
  return new Wording(loadTemplate(`letters/${kind.kind}`), `letters/${kind.kind}.json`);
}

function letterContext(c: Case, config: Config, o: LetterOptions): LetterContext {
  return {
    config,
    date: o.date,
    deadline: currentDeadline({ ...c, dueDate: runningDueDate(c) }, config.settings, o.calendar),
    dueSoonDays: o.dueSoonDays,
    showPii: o.showPii,
    formatDate: chineseDate,
  };
}

/** Writes the letters; nothing is numbered or recorded when any case cannot have its letter or any file is in the way. */
export async function issueLetters(ctx: Ctx, cases: Case[], jobs: LetterJob[], config: Config, o: LetterOptions): Promise<IssuedLetter[]> {
  const byNo = new Map(cases.map((c) => [c.no, c]));
  const planned: { job: LetterJob; w: Wording; file: string }[] = [];
  for (const job of jobs) {
    const c = byNo.get(job.no)!;
    const w = await wordingOf(job.kind);
    buildLetter(c, job.kind, w, letterContext(c, config, o), w.text('code')); // refused here, before anything is numbered
    const name = w.text('fileName', { no: c.no });
    planned.push({ job, w, file: outputPath(o.out.file ?? (o.out.dir ? path.join(o.out.dir, name) : undefined), name, o.force) });
  }
  const by = operator(ctx);
  const models = await changeCases(ctx, (repo, tx) =>
    planned.map(({ job, w, file }) => {
      let model: LetterModel | null = null;
      repo.updateCase(job.no, (c) => {
        // a reprint keeps the 文号 it was first given; only a new letter takes the next number
        const docNo = reprintNumber(c, job.kind, o.date) ?? takeLetterNumber(tx.config, job.kind.kind, w.text('code'), yearOf(o.date));
        model = buildLetter(c, job.kind, w, letterContext(c, tx.config, o), docNo);
        const entry: HistoryEntry = { date: o.date, action: '文书', note: letterHistoryNote(job.kind.kind, docNo) };
        if (by) entry.by = by;
        return { ...c, history: [...c.history, entry] };
      });
      tx.note(`出具${job.kind.kind}`, [`case:${job.no}`]);
      return { model: model!, file };
    }),
  );
  const { letterDoc } = await import('../render/letter-doc.js');
  const { renderOfficialDocx } = await import('../render/docx/official.js');
  const issued: IssuedLetter[] = [];
  for (const { model, file } of models) {
    writeOutput(file, await renderOfficialDocx(letterDoc(model)));
    issued.push({ no: planned[issued.length].job.no, kind: model.kind, docNo: model.docNo, file });
  }
  return issued;
}
