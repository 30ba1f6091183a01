// The order cases are listed in: by received date, then by number with its digits read as numbers (2026-10 after
// 2026-9). A year of cases is sorted in every annual report, so two strings shaped alike — digits where the other
// has digits, the same characters elsewhere, as dates and generated numbers are — are compared as they stand (the
// collator orders them the same way); others go to one shared collator (`localeCompare` with options builds a new
// one on every call).
let numeric: Intl.Collator | null = null;
let plain: Intl.Collator | null = null;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Whether a and b differ only in digits, run for run of the same length: then their order is that of their code units. */
function alike(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !(isDigit(x) && isDigit(y))) return false;
    if (isDigit(x) !== isDigit(y)) return false;
  }
  return true;
}

const byUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** As `a.localeCompare(b, 'en', { numeric: true })`. */
export function compareNumbers(a: string, b: string): number {
  if (alike(a, b)) return byUnits(a, b);
  numeric ??= new Intl.Collator('en', { numeric: true });
  return numeric.compare(a, b);
}

/** As `a.localeCompare(b)`. */
export function compareText(a: string, b: string): number {
  if (alike(a, b)) return byUnits(a, b);
  plain ??= new Intl.Collator();
  return plain.compare(a, b);
}

/** Received date first, then number. */
export function byReceivedThenNumber(a: { receivedDate: string; no: string }, b: { receivedDate: string; no: string }): number {
  return compareText(a.receivedDate, b.receivedDate) || compareNumbers(a.no, b.no);
}
