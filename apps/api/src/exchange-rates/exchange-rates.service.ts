import { Injectable } from '@nestjs/common';
import { buildRateTable, type ExchangeRate, MAX_RATE_AGE_DAYS, type RateTable } from '@spendwise/contracts';
import { PrismaService } from '../prisma/prisma.service';

/**
 * Reads ECB's euro reference rates (the shared `exchange_rates` table) into a {@link RateTable}. Read on every call,
 * never cached: a rate imported a minute ago must count at once (an expense reported "not in totals" is included as
 * soon as its rate exists).
 */
@Injectable()
export class ExchangeRatesService {
  constructor(private readonly prisma: PrismaService) {}

  /** Rates of `currencies` usable for dates in [from, to]: from {@link MAX_RATE_AGE_DAYS} before `from` on. */
  async tableFor(currencies: readonly string[], from: string, to: string): Promise<RateTable> {
    const wanted = currencies.filter((currency) => currency !== 'EUR');
    if (wanted.length === 0) return buildRateTable([]);
    const rows = await this.prisma.client.$queryRaw<ExchangeRate[]>`
      SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate
      FROM exchange_rates
      WHERE currency = ANY(${wanted}::text[])
        AND date BETWEEN ${from}::date - ${MAX_RATE_AGE_DAYS}::int AND ${to}::date`;
    return buildRateTable(rows);
  }

  /**
   * The latest published rate of each of `currencies` and the date to convert at (the newest of them), for
   * amounts that have no date of their own (budgets). A currency whose latest rate is more than
   * {@link MAX_RATE_AGE_DAYS} older than that date has no usable rate, as everywhere else.
   */
  async latestFor(currencies: readonly string[]): Promise<{ table: RateTable; date: string | null }> {
    const wanted = currencies.filter((currency) => currency !== 'EUR');
    const rows =
      wanted.length === 0
        ? []
        : await this.prisma.client.$queryRaw<ExchangeRate[]>`
            SELECT DISTINCT ON (currency) currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate
            FROM exchange_rates WHERE currency = ANY(${wanted}::text[])
            ORDER BY currency, date DESC`;
    const date = rows.reduce<string | null>(
      (newest, row) => (newest && newest > row.date ? newest : row.date),
      null,
    );
    return { table: buildRateTable(rows), date };
  }
}
