import { createHash } from 'node:crypto';
import { type StatementRow } from './parsers';

/** Descriptions that differ only in case, accents' encoding or spacing are the same description. */
export function normaliseDescription(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Each row's import key, unique per person in the database (expenses_user_import_key), so importing the same rows
 * again stores nothing. The bank's own id where the file has one; otherwise a hash of (source, date, amount,
 * currency, normalised description) plus the row's ordinal among identical rows of that day in this file: two
 * identical coffees on one day are keys …:0 and …:1 (both stored), and a later statement that repeats that day
 * gives them the same two keys (neither stored again). `source` is the format and preset, so one bank's id never
 * collides with another app's.
 */
export function importKeys(rows: readonly StatementRow[], source: string): string[] {
  return rows.map(importKeyer(source));
}

/** `importKeys` one row at a time, in file order (the ordinals count the rows it has been given). */
export function importKeyer(source: string): (row: StatementRow) => string {
  const seen = new Map<string, number>();
  return (row) => {
    if (row.bankId !== undefined) return `id:${digest(`${source}\n${row.bankId}`)}`;
    const content = digest(
      [source, row.date, row.amountMinor, row.currency, normaliseDescription(row.description)].join('\n'),
    );
    const ordinal = seen.get(content) ?? 0;
    seen.set(content, ordinal + 1);
    return `row:${content}:${ordinal}`;
  };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
