import { type DateOrder } from './types';

const PARTS = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:[T ].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})/;

/** The order of day, month and year in a column of dates, or `null` when the data cannot decide (ambiguous). */
export function detectDateOrder(samples: readonly string[]): { order: DateOrder | null; conflict: boolean } {
  const evidence = new DateOrderEvidence();
  for (const sample of samples) evidence.add(sample);
  return evidence.result();
}

/** What a column's dates say about their order, counted one date at a time (a file streamed row by row). */
export class DateOrderEvidence {
  private ymd = false;
  private dayFirst = false;
  private monthFirst = false;
  private dotted = false;

  add(sample: string): void {
    if (this.ymd) return;
    const match = PARTS.exec(sample.trim());
    if (!match) return;
    if (match[1]!.length === 4) this.ymd = true;
    if (sample.includes('.')) this.dotted = true;
    if (Number(match[1]) > 12) this.dayFirst = true;
    if (Number(match[2]) > 12) this.monthFirst = true;
  }

  result(): { order: DateOrder | null; conflict: boolean } {
    if (this.ymd) return { order: 'YMD', conflict: false };
    if (this.dayFirst && this.monthFirst) return { order: null, conflict: true };
    if (this.dayFirst) return { order: 'DMY', conflict: false };
    if (this.monthFirst) return { order: 'MDY', conflict: false };
    // DD.MM.YYYY is the dotted form's only use (German, Swiss, Scandinavian banks); nobody writes MM.DD.YYYY.
    if (this.dotted) return { order: 'DMY', conflict: false };
    return { order: null, conflict: false };
  }
}

/** "31.12.2026", "12/31/26", "2026-12-31T00:00:00+01:00", "20261231" → "2026-12-31"; null when not a real date. */
export function parseDate(input: string, order: DateOrder): string | null {
  const text = input.trim();
  let year: number;
  let month: number;
  let day: number;
  const match = PARTS.exec(text);
  if (match) {
    const [a, b, c] = [match[1]!, match[2]!, match[3]!];
    if (a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)];
    else if (order === 'DMY') [day, month, year] = [Number(a), Number(b), fullYear(c)];
    else if (order === 'MDY') [month, day, year] = [Number(a), Number(b), fullYear(c)];
    else return null;
  } else {
    const compact = COMPACT.exec(text);
    if (!compact) return null;
    [year, month, day] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  }
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Two-digit years: banks that write them mean this century.
function fullYear(text: string): number {
  return text.length <= 2 ? 2000 + Number(text) : Number(text);
}
