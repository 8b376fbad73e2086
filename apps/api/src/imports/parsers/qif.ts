import { detectDecimalMark, parseSignedAmount } from './amount';
import { detectDateOrder, parseDate } from './dates';
import {
  type Ambiguity,
  type DateOrder,
  type RowError,
  type StatementRow,
  UnreadableStatementError,
} from './types';

interface QifRecord {
  line: number;
  fields: Map<string, string>;
}

/**
 * Quicken Interchange Format: one field per line (a code letter, then the value), records ended by "^". QIF has no
 * currency (the account's is assumed) and no transaction id; its dates are written the way the exporting
 * program's locale writes them ("01/15/2026", "1/15'26", "15.01.2026"), so their order is detected like CSV's.
 */
export function parseQif(
  text: string,
  defaultCurrency: string,
  dateOrderOverride?: DateOrder,
): { rows: StatementRow[]; errors: RowError[]; ambiguities: Ambiguity[] } {
  const records: QifRecord[] = [];
  let current: QifRecord | null = null;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('!')) continue;
    if (line === '^') {
      if (current) records.push(current);
      current = null;
      continue;
    }
    current ??= { line: index + 1, fields: new Map() };
    const code = line[0]!;
    // A split transaction repeats S/E/$ per split; the total (T) is what the bank moved.
    if (!current.fields.has(code)) current.fields.set(code, line.slice(1).trim());
  }
  if (current)
    throw new UnreadableStatementError(
      `The QIF file is truncated: the record at line ${current.line} has no closing "^"`,
    );

  const dates = records.map((record) => normaliseQifDate(record.fields.get('D') ?? ''));
  const detected = detectDateOrder(dates);
  const order = dateOrderOverride ?? detected.order;
  if (order === null) {
    return {
      rows: [],
      errors: [],
      ambiguities: [
        {
          field: 'dateOrder',
          reason: 'Every date could be day/month or month/day: choose how to read them',
          options: ['DMY', 'MDY'],
        },
      ],
    };
  }
  const decimalMark =
    detectDecimalMark(records.map((r) => r.fields.get('T') ?? r.fields.get('U') ?? '')) ?? '.';
  const rows: StatementRow[] = [];
  const errors: RowError[] = [];
  records.forEach((record, index) => {
    const fail = (field: string, reason: string) => errors.push({ line: record.line, field, reason });
    const date = parseDate(dates[index]!, order);
    if (date === null) return fail('D', `"${record.fields.get('D') ?? ''}" is not a date in ${order} order`);
    const amount = parseSignedAmount(
      record.fields.get('T') ?? record.fields.get('U') ?? '',
      defaultCurrency,
      decimalMark,
    );
    if (!amount.ok) return fail('T', amount.reason);
    const payee = record.fields.get('P') ?? '';
    const memo = record.fields.get('M') ?? '';
    const description = memo || payee;
    if (description === '') return fail('P', 'The transaction has no payee (P) or memo (M)');
    rows.push({
      line: record.line,
      date,
      amountMinor: amount.minor,
      currency: defaultCurrency,
      description,
      ...(payee !== '' ? { merchant: payee } : {}),
    });
  });
  return { rows, errors, ambiguities: [] };
}

// Quicken writes "1/15'26" (apostrophe before a 21st-century year) and pads with spaces (" 1/ 5/26").
function normaliseQifDate(text: string): string {
  return text.replace(/\s/g, '').replace("'", '/');
}
