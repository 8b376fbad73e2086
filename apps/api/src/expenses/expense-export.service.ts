import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  convertMinor,
  type ExpenseFilters,
  minorUnitDigits,
  type RateTable,
  rateUsed,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ExchangeRatesService } from '../exchange-rates';
import { UsersService } from '../users';
import { csvLine } from './csv';
import { toIsoDate } from './expense.mapper';
import { ExpenseListService, type ExportRow } from './expense-list.service';
import { eachWithin, withDeadline } from './with-deadline';

const HEADER = [
  'Date',
  'Description',
  'Merchant',
  'Category',
  'Amount',
  'Currency',
  'Amount in base currency',
  'Base currency',
  'Rates used',
  'Not converted because',
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
 *
 * Each row keeps its amount and currency as recorded and gains the amount in the person's base currency, converted
 * on its own at the rate of its date (the dashboard's rates: ECB's and the person's own), with the rates used beside
 * it. A row no rate converts has an empty converted cell and says why — never a 1:1 figure.
 */
@Injectable()
export class ExpenseExportService {
  private readonly batchTimeoutMs: number;

  constructor(
    private readonly list: ExpenseListService,
    private readonly users: UsersService,
    private readonly rates: ExchangeRatesService,
    @InjectConfig() config: AppConfig,
  ) {
    this.batchTimeoutMs = config.http.requestTimeoutMs;
  }

  /** The base currency is read before answering, so a missing account is an error response, not a broken file. */
  async csv(user: AuthenticatedUser, filters: ExpenseFilters): Promise<Readable> {
    const { currency } = await this.users.preferencesOf(user);
    return this.csvIn(user, filters, currency);
  }

  /** The CSV with amounts converted into `base` (the caller has read the person's currency already). */
  csvIn(user: AuthenticatedUser, filters: ExpenseFilters, base: string): Readable {
    return Readable.from(this.lines(user, filters, base));
  }

  /** One chunk per batch of rows (a hundred writes, not a hundred thousand), each batch within the request timeout. */
  private async *lines(
    user: AuthenticatedUser,
    filters: ExpenseFilters,
    base: string,
  ): AsyncGenerator<string> {
    yield UTF8_BOM + csvLine(HEADER);
    for await (const batch of eachWithin(this.list.batches(user, filters), this.batchTimeoutMs)) {
      const dated = batch.map((row) => ({ currency: row.currency, occurredOn: toIsoDate(row.occurredOn) }));
      const rates = await withDeadline(this.rates.forExpenses(user.id, base, dated), this.batchTimeoutMs);
      yield batch.map((row) => csvLine(toCsvValues(row, base, rates))).join('');
    }
  }
}

function toCsvValues(row: ExportRow, base: string, rates: RateTable): Array<string | number | null> {
  const date = toIsoDate(row.occurredOn);
  return [
    date,
    row.description,
    row.merchant,
    row.categoryName,
    decimalAmount(row.amountMinor, row.currency),
    row.currency,
    ...inBaseCurrency(row.amountMinor, row.currency, base, date, rates),
    (row.tags ?? []).join(';'),
    row.note,
    row.id,
    row.createdAt.toISOString(),
  ];
}

/** [amount in base, base, rates used, why not converted]: rates as "1 EUR = 1.1666 USD (2026-12-04)" per currency. */
function inBaseCurrency(
  amountMinor: number,
  currency: string,
  base: string,
  date: string,
  rates: RateTable,
): [string, string, string | null, string | null] {
  if (currency === base) return [decimalAmount(amountMinor, base), base, null, null];
  const conversion = convertMinor(amountMinor, currency, base, date, rates);
  if (!conversion.ok) {
    const reason =
      conversion.reason === 'no-rate'
        ? `no rate for ${conversion.currency} on ${date}`
        : `the amount in ${base} is beyond what can be counted exactly`;
    return ['', base, null, reason];
  }
  const used = [currency, base].flatMap((code) => {
    const rate = rateUsed(rates, code, date);
    return rate ? [`1 EUR = ${rate.rate} ${code} (${rate.rateDate})`] : [];
  });
  return [decimalAmount(conversion.amountMinor, base), base, used.join('; '), null];
}

// minorToDecimalString asks Intl for the currency's digits on every call, which costs more than everything else
// per row; an export needs the same one or two currencies 100,000 times.
const digitsByCurrency = new Map<string, number>();

/**
 * Same result as minorToDecimalString ("12.50" for 1250 USD, "1250" for JPY, "-0.05" for a 5-cent refund), digits
 * looked up once per currency.
 */
export function decimalAmount(amountMinor: number, currency: string): string {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = minorUnitDigits(currency);
    digitsByCurrency.set(currency, digits);
  }
  if (digits === 0) return String(amountMinor);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
