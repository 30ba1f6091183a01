// xinfang visit notify — the written notice (接访通知书 .docx) and the SMS text to each petitioner booked on a day,
// one working day ahead; the notices are marked given.
import path from 'node:path';
import type { Command } from 'commander';
import { parseDate, yearOf } from '../../domain/common/dates.js';
import { unservedBookings } from '../../domain/reception/visit-follow.js';
import { isActive } from '../../domain/reception/visit-model.js';
import { visitNotice, type VisitNoticeModel } from '../../domain/reception/visit-notice.js';
import { Wording } from '../../domain/common/wording.js';
import { InputError } from '../../errors.js';
import { act, type Opts } from '../action.js';
import type { Ctx } from '../context.js';
import { outputPath, writeOutput } from '../output-file.js';
import { changeVisits, readVisits } from '../visit-session.js';
import { msg } from '../messages.js';

async function notify(ctx: Ctx, o: Opts): Promise<void> {
  const date = parseDate(o.date, '--date');
  if (date < ctx.today) throw new InputError(msg('reception.notifyDatePassed', { date, today: ctx.today }));
  const { visits, config } = await readVisits(ctx);
  const booked = visits.year(yearOf(date)).visits.filter((v) => v.date === date && isActive(v));
  if (booked.length === 0) throw new InputError(msg('reception.notifyNoBookings', { date }));
  const force = Boolean(o.force);
  // by default only those not told yet (a booking added or moved since); --force writes every notice of the day again
  const chosen = force ? booked : booked.filter((v) => !v.noticeGiven);
  if (chosen.length === 0) throw new InputError(msg('reception.notifyAllDone', { date, count: booked.length }));
  const unserved = unservedBookings(config, chosen);
  if (unserved.length) {
    const v = unserved[0];
    const ids = unserved.map((x) => `${x.id}（${x.name}，${x.leader}）`).join('、');
    throw new InputError(msg('reception.notifyLeaderGone', { date, ids, id: v.id }));
  }
  const { loadTemplate } = await import('../../render/templates.js');
  const w = new Wording(loadTemplate('visit-notice'), 'visit-notice.json');
  const models = chosen.map((v) => visitNotice(v, config, ctx.today, w));
  const dir = o.out === undefined ? 'out' : String(o.out).trim();
  const files = models.map((m) => outputPath(path.join(dir || 'out', m.fileName), m.fileName, force));
  const csvFile = o.smsCsv === undefined ? null : outputPath(o.smsCsv, `接访短信-${date}.csv`, force);
  const { renderVisitNoticeDocx } = await import('../../render/visit-notice-doc.js');
  const docs = await Promise.all(models.map(renderVisitNoticeDocx));
  const csv = csvFile ? await smsCsv(models, w) : null;

  const marked = await changeVisits(ctx, (repo, tx) => {
    const doc = repo.touch(yearOf(date));
    const ids = new Set(chosen.map((v) => v.id));
    const fresh = doc.visits.filter((v) => ids.has(v.id) && isActive(v) && !v.noticeGiven);
    for (const v of fresh) {
      v.noticeGiven = ctx.today;
      v.history.push({ date: ctx.today, action: '书面通知', note: '' });
    }
    if (fresh.length) tx.note('书面通知信访人', fresh.map((v) => `visit:${v.id}`));
    return new Set(fresh.map((v) => v.id));
  });
  files.forEach((f, i) => writeOutput(f, docs[i]));
  if (csvFile && csv !== null) writeOutput(csvFile, csv);

  const tell = o.sms ? (t: string) => ctx.detail(t) : (t: string) => ctx.done(t);
  if (ctx.json) ctx.printJson(models.map((m, i) => ({ id: m.id, name: m.name, phone: m.phone, file: files[i], sms: m.sms, newlyGiven: marked.has(m.id) })));
  else if (o.sms) for (const m of models) ctx.print(`${m.phone}\t${m.sms}`);
  for (const [i, m] of models.entries()) tell(`已写出接访通知书：${files[i]}${marked.has(m.id) ? '' : '（此前已通知过）'}`);
  if (csvFile) tell(`已写出短信文本：${csvFile}`);
  tell(`${date} 写出 ${models.length} 份通知书，${marked.size} 份记为今天（${ctx.today}）已发出`);
}

async function smsCsv(models: VisitNoticeModel[], w: Wording): Promise<string> {
  const [{ writeCsv }, { neutralizeCell }] = await Promise.all([import('../../io/csv.js'), import('../../domain/cases/ledger.js')]);
  const head = w.list('smsColumns');
  const rows = models.map((m) => [m.id, m.name, m.phone, m.sms].map(neutralizeCell));
  return writeCsv([head.length === 4 ? head : ['编号', '姓名', '电话', '短信'], ...rows]);
}

export function registerVisitNotify(visit: Command): void {
  visit
    .command('notify')
    .description('给某天预约的信访人写接访通知书（.docx，每人一份）和短信文本，并记为已通知（提前1个工作日书面通知）')
    .requiredOption('--date <日期>', '接访日期 YYYY-MM-DD')
    .option('--out <文件夹>', '通知书写到哪个文件夹（默认 out/）')
    .option('--sms', '把短信文本（电话 + 短信）打印到标准输出')
    .option('--sms-csv <文件>', '把短信文本写成 CSV（编号、姓名、电话、短信）')
    .option('--force', '当天已通知过的也重新写出，并覆盖已有文件')
    .action(act((ctx, o, args) => (ctx.requireNoArgs(args), notify(ctx, o))));
}
