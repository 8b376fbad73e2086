import { Injectable } from '@nestjs/common';
import { buildRateTable, type ExchangeRate, type RateTable } from '@spendwise/contracts';
import { LRUCache } from 'lru-cache';
import { ExchangeRatesRepository, type RatesForDates } from './exchange-rates.repository';

/** ECB's rates for one (currencies, from, to), as read at one exchange_rates_version. */
interface EcbRates {
  version: string;
  rows: ExchangeRate[];
  table: RateTable;
}

/** A rate table and the versions of the rates it was built from (null when it needed none). */
export interface VersionedRateTable {
  table: RateTable;
  versions: RateVersions | null;
}

/** exchange_rates_version's and the person's personal_exchange_rates_versions' counts, as decimal text. */
export interface RateVersions {
  ecb: string;
  personal: string;
}

/** What ratesForDatesQuery is to read for versionedTableWith: ECB's rates only when not at `knownVersion`. */
export interface RatesRequest {
  currencies: string[];
  from: string;
  to: string;
  knownVersion: string | null;
}

/** Rates kept per process, counted in rates (a year of three currencies is ~800): a few MB at most. */
const MAX_KEPT_RATES = 100_000;

/**
 * Reads the rates one person's conversions use into a {@link RateTable}: ECB's euro reference rates (the shared
 * `exchange_rates` table) and the rates that person entered themselves (`personal_exchange_rates`). For one
 * currency and date the person's own rate wins; otherwise the nearest earlier date wins, whoever published it.
 *
 * A rate imported or entered a minute ago must count at once (an expense reported "not in totals" is included as
 * soon as its rate exists), so every call asks the database — but ECB's rates, the same for everyone and changed
 * once a day, travel and are indexed only when their version moved since this process last read them: the
 * dashboard of someone spending in three currencies otherwise spent most of its time reading and indexing the same
 * ~800 rates on every load (BENCHMARKS.md). The person's own rates are read every time.
 */
@Injectable()
export class ExchangeRatesService {
  private readonly ecb = new LRUCache<string, EcbRates>({
    maxSize: MAX_KEPT_RATES,
    sizeCalculation: (rates) => rates.rows.length + 1,
  });

  constructor(private readonly repository: ExchangeRatesRepository) {}

  /** Rates of `currencies` usable for dates in [from, to]: from MAX_RATE_AGE_DAYS before `from` on. */
  async tableFor(
    userId: string,
    currencies: readonly string[],
    from: string,
    to: string,
  ): Promise<RateTable> {
    return (await this.versionedTableFor(userId, currencies, from, to)).table;
  }

  /**
   * tableFor, with the versions of ECB's rates and of the person's own that the table was built from (null: no
   * rates were needed, only EUR), for a result kept beyond this request and checked against them later.
   */
  async versionedTableFor(
    userId: string,
    currencies: readonly string[],
    from: string,
    to: string,
  ): Promise<VersionedRateTable> {
    const { table, versions } = await this.versionedTableWith(currencies, from, to, async (request) => ({
      rates:
        request &&
        (await this.repository.forDates(userId, request.currencies, from, to, request.knownVersion)),
    }));
    return { table, versions };
  }

  /**
   * versionedTableFor with the rates read by `read`, which runs ratesForDatesQuery for `request` (null: no rates
   * needed, only EUR) inside a statement of its own that reads more: a caller that needs other data at the same time
   * gets it and the rates in one round trip, in one snapshot. ECB's rates are kept per process as in
   * versionedTableFor, and the version check travels in that statement, so a rate imported a second ago counts.
   */
  async versionedTableWith<T extends { rates: RatesForDates | null }>(
    currencies: readonly string[],
    from: string,
    to: string,
    read: (request: RatesRequest | null) => Promise<T>,
  ): Promise<VersionedRateTable & { read: T }> {
    const wanted = currencies.filter((currency) => currency !== 'EUR').sort();
    if (wanted.length === 0) return { read: await read(null), table: buildRateTable([]), versions: null };
    const key = `${wanted.join(',')} ${from} ${to}`;
    const kept = this.ecb.get(key);
    const result = await read({ currencies: wanted, from, to, knownVersion: kept?.version ?? null });
    const rates = result.rates!;
    let ecb = kept;
    if (rates.ecb !== null || !ecb) {
      const rows = rates.ecb ?? [];
      ecb = { version: rates.version, rows, table: buildRateTable(rows) };
      this.ecb.set(key, ecb);
    }
    const versions = { ecb: rates.version, personal: rates.personalVersion };
    if (rates.personal.length === 0) return { read: result, table: ecb.table, versions };
    return { read: result, table: buildRateTable(withOwnRates(ecb.rows, rates.personal)), versions };
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
    const rows = wanted.length === 0 ? [] : await this.repository.latest(userId, wanted);
    const date = rows.reduce<string | null>(
      (newest, row) => (newest && newest > row.date ? newest : row.date),
      null,
    );
    return { table: buildRateTable(rows), date };
  }
}

/** ECB's rates with the person's own in place of ECB's on the same currency and date. */
function withOwnRates(ecb: readonly ExchangeRate[], own: readonly ExchangeRate[]): ExchangeRate[] {
  const replaced = new Set(own.map((rate) => `${rate.currency} ${rate.date}`));
  return [...ecb.filter((rate) => !replaced.has(`${rate.currency} ${rate.date}`)), ...own];
}
