import { Injectable } from '@nestjs/common';
import { buildRateTable, type ExchangeRate, type RateTable } from '@spendwise/contracts';
import { PrismaService } from '../prisma/prisma.service';
import { ratesForDatesQuery } from './exchange-rates.sql';

/**
 * Reads the rates one person's conversions use into a {@link RateTable}: ECB's euro reference rates (the shared
 * `exchange_rates` table) and the rates that person entered themselves (`personal_exchange_rates`). For one
 * currency and date the person's own rate wins; otherwise the nearest earlier date wins, whoever published it.
 * Read on every call, never cached: a rate imported or entered a minute ago must count at once (an expense reported
 * "not in totals" is included as soon as its rate exists).
 */
@Injectable()
export class ExchangeRatesService {
  constructor(private readonly prisma: PrismaService) {}

  /** Rates of `currencies` usable for dates in [from, to]: from MAX_RATE_AGE_DAYS before `from` on. */
  async tableFor(
    userId: string,
    currencies: readonly string[],
    from: string,
    to: string,
  ): Promise<RateTable> {
    const wanted = currencies.filter((currency) => currency !== 'EUR');
    if (wanted.length === 0) return buildRateTable([]);
    const [{ rates }] = await this.prisma.client.$queryRaw<[{ rates: ExchangeRate[] }]>(
      ratesForDatesQuery(userId, wanted, from, to),
    );
    return buildRateTable(rates);
  }

  /** The rates converting `expenses` into `base` at their dates; no query when all of them are in `base`. */
  forExpenses(
    userId: string,
    base: string,
    expenses: ReadonlyArray<{ currency: string; occurredOn: string }>,
  ): Promise<RateTable> {
    const foreign = expenses.filter((expense) => expense.currency !== base);
    if (foreign.length === 0) return Promise.resolve(buildRateTable([]));
    const dates = foreign.map((expense) => expense.occurredOn).sort();
    const currencies = [...new Set([base, ...foreign.map((expense) => expense.currency)])];
    return this.tableFor(userId, currencies, dates[0]!, dates.at(-1)!);
  }

  /**
   * The latest rate of each of `currencies` (ECB's or the person's own; the person's on a shared date) and the date
   * to convert at (the newest of them), for amounts that have no date of their own (budgets). A currency whose
   * latest rate is more than MAX_RATE_AGE_DAYS older than that date has no usable rate, as everywhere else.
   */
  async latestFor(
    userId: string,
    currencies: readonly string[],
  ): Promise<{ table: RateTable; date: string | null }> {
    const wanted = currencies.filter((currency) => currency !== 'EUR');
    const rows =
      wanted.length === 0
        ? []
        : await this.prisma.client.$queryRaw<ExchangeRate[]>`
            SELECT DISTINCT ON (currency) currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate
            FROM (
              SELECT currency, date, rate, 0 AS source FROM personal_exchange_rates
              WHERE user_id = ${userId}::uuid AND currency = ANY(${wanted}::bpchar[])
              UNION ALL
              SELECT currency, date, rate, 1 AS source FROM exchange_rates WHERE currency = ANY(${wanted}::bpchar[])
            ) AS rates
            ORDER BY currency, date DESC, source`;
    const date = rows.reduce<string | null>(
      (newest, row) => (newest && newest > row.date ? newest : row.date),
      null,
    );
    return { table: buildRateTable(rows), date };
  }
}
