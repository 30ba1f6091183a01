// Petition cases: registration, validation, numbering, the workflow and its deadlines, repeats, backlog, the ledger and the letters.
// What each file offers:
//   after-reply — Life after the written reply (信访工作条例 art. 35; the 积案 work of a 化解 year): a request for 复查, then 复核,
//   backlog — 初信初访, 重复信访 and 信访积案 (the 化解 work on old cases): closing a case (办结) is not settling the matter
//   card — The case card (一案一卡 with the 信访接待登记表 fields): one model, shown in the terminal by `case show` and
//   classify — How the statistics classify a case: 初信初访 or 重复信访, and whether a visit is a 集体访. One place for each
//   deadlines — Legal time limits of a case (docs/domain.md, 法定期限): accept within acceptDays of receipt, handle within
//   edit — `case edit`: corrects registration fields with the same checks as `case add`, always with a reason, and says
//   import — Importing a ledger: every row is checked before anything is stored, and every bad row is reported with its line.
//   ledger-after — The ledger columns of a case's life after the reply: representatives, 复查 and 复核 (request, body, late reason,
//   ledger — The case ledger (台账): the columns an office exchanges with the provincial system, a Case ↔ row mapping that
//   number — Case numbers from settings.caseNumberFormat, e.g. '{year}-{seq:4}' → 2026-0001; numbers run gap-free per year.
//   query — Choosing cases for `case list`: the filters, checked, and applied.
//   reassign — 改派 / 改变包案领导: a case in progress moves to another unit, leader or due date, always with a reason.
//   register — Registration (登记): the raw fields of a new case checked all at once, the reception slot it came in on, and the
//   repeat — Who a petitioner is, for repeat detection (same ID number, or same name + phone), and how their data is masked
//   representatives — A group of more than five people with one request names representatives, at most five (信访工作条例 art. 18).
//   step-checks — Small checks shared by the workflow steps: an optional note added to a step's history text, and a due date.
//   undo — `case undo`: takes back the last workflow step still in force (e.g. a case closed by mistake). Nothing is erased:
//   validate — Field checks for petition cases: each check returns the clean value or throws InputError with one Chinese sentence.
//   workflow — The case workflow (docs/design.md, "Cases") as data: which step is allowed from which status, what it leads to, and
export * from './after-reply.js';
export * from './backlog.js';
export * from './card.js';
export * from './classify.js';
export * from './deadlines.js';
export * from './edit.js';
export * from './import.js';
export * from './ledger-after.js';
export * from './ledger.js';
export * from './number.js';
export * from './query.js';
export * from './reassign.js';
export * from './register.js';
export * from './repeat.js';
export * from './representatives.js';
export * from './step-checks.js';
export * from './undo.js';
export * from './validate.js';
export * from './workflow.js';
