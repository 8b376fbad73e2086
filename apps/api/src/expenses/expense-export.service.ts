import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { type ExpenseFilters, minorUnitDigits } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { csvLine } from './csv';
import { toIsoDate } from './expense.mapper';
import { ExpenseListService, type ExportRow } from './expense-list.service';
import { eachWithin } from './with-deadline';

const HEADER = [
  'Date',
  'Description',
  'Merchant',
  'Category',
  'Amount',
  'Currency',
  'Tags',
  'Note',
  'Id',
  'Created at',
];
// Lets Excel recognise the file as UTF-8 (accents, currency symbols in descriptions).
export const UTF8_BOM = '\uFEFF';

/**
 * The user's expenses (list filters apply) as a CSV stream. Rows are read in batches and written as the client
 * consumes them (stream backpressure), so a 100,000-row export never sits in memory.
 */
@Injectable()
export class ExpenseExportService {
  private readonly batchTimeoutMs: number;

  constructor(
    private readonly list: ExpenseListService,
    @InjectConfig() config: AppConfig,
  ) {
    this.batchTimeoutMs = config.http.requestTimeoutMs;
  }

  csv(user: AuthenticatedUser, filters: ExpenseFilters): Readable {
    return Readable.from(this.lines(user, filters));
  }

  /** One chunk per batch of rows (a hundred writes, not a hundred thousand), each batch within the request timeout. */
  private async *lines(user: AuthenticatedUser, filters: ExpenseFilters): AsyncGenerator<string> {
    yield UTF8_BOM + csvLine(HEADER);
    for await (const batch of eachWithin(this.list.batches(user, filters), this.batchTimeoutMs)) {
      yield batch.map((row) => csvLine(toCsvValues(row))).join('');
    }
  }
}

function toCsvValues(row: ExportRow): Array<string | number | null> {
  return [
    toIsoDate(row.occurredOn),
    row.description,
    row.merchant,
    row.categoryName,
    decimalAmount(row.amountMinor, row.currency),
    row.currency,
    (row.tags ?? []).join(';'),
    row.note,
    row.id,
    row.createdAt.toISOString(),
  ];
}

// minorToDecimalString asks Intl for the currency's digits on every call, which costs more than everything else
// per row; an export needs the same one or two currencies 100,000 times.
const digitsByCurrency = new Map<string, number>();

/** Same result as minorToDecimalString ("12.50" for 1250 USD, "1250" for JPY), digits looked up once per currency. */
export function decimalAmount(amountMinor: number, currency: string): string {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = minorUnitDigits(currency);
    digitsByCurrency.set(currency, digits);
  }
  if (digits === 0) return String(amountMinor);
  const text = String(amountMinor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
