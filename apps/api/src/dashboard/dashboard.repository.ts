import { Injectable } from '@nestjs/common';
import {
  type ForeignGroup,
  type RatesForDates,
  ratesForDatesQuery,
  type RatesRequest,
  type RateVersions,
} from '../exchange-rates';
import { PrismaService } from '../prisma/prisma.service';
import { preparedRowsOf, rowsOf, type Tx } from '../prisma/transaction';
import {
  dashboardQuery,
  type DashboardRow,
  dashboardWithForeignQuery,
  foreignSpendingQuery,
  foreignSpendingWithRatesQuery,
  keepForeignMonthSql,
  type MonthScope,
  type MonthToKeep,
} from './dashboard.sql';

/**
 * The dashboard's statements (dashboard.sql.ts). Its reads go as named prepared statements (preparedRowsOf): each is
 * one of a few fixed texts, and PostgreSQL spends longer planning them than running them for most people
 * (BENCHMARKS.md, "The dashboard as a prepared statement").
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Everything of one month but the foreign groups; `upcoming` is the window the active series are read for. */
  async month(
    scope: MonthScope,
    upcoming: { from: string; through: string },
    tx?: Tx,
  ): Promise<DashboardRow> {
    // A SELECT without FROM: always exactly one row.
    const [row] = await preparedRowsOf<[DashboardRow]>(this.prisma, dashboardQuery(scope, upcoming), tx);
    return row;
  }

  /**
   * Spending in `currencies` in the months starting on `months`, per (currency, day, category), for the service to
   * convert, and the expenses version of each of those months (YYYY-MM → version; absent: 0); with `rates`, the
   * rates it asks for read in the same statement (foreignSpendingWithRatesQuery), else `rates` null.
   */
  async foreignGroups(
    userId: string,
    currencies: readonly string[],
    months: readonly string[],
    rates: RatesRequest | null,
    tx?: Tx,
  ): Promise<ForeignRead> {
    const sql = rates
      ? foreignSpendingWithRatesQuery(userId, currencies, months, ratesSql(userId, rates))
      : foreignSpendingQuery(userId, currencies, months);
    // A SELECT without FROM (and one row of exchange_rates_version): always exactly one row (each part null when
    // nothing matched).
    const [row] = await preparedRowsOf<[ForeignRow]>(this.prisma, sql, tx);
    return foreignReadOf(row, rates);
  }

  /**
   * month() and foreignGroups() in one statement (dashboardWithForeignQuery): for a person whose dashboard is
   * expected to need exactly these groups and rates.
   */
  async monthWithForeign(
    scope: MonthScope,
    upcoming: { from: string; through: string },
    foreign: { currencies: readonly string[]; months: readonly string[] },
    rates: RatesRequest | null,
    tx?: Tx,
  ): Promise<{ parts: DashboardRow; foreign: ForeignRead }> {
    const sql = dashboardWithForeignQuery(scope, upcoming, foreign, rates && ratesSql(scope.userId, rates));
    const [row] = await preparedRowsOf<[DashboardRow & ForeignRow]>(this.prisma, sql, tx);
    return { parts: row, foreign: foreignReadOf(row, rates) };
  }

  /**
   * Keeps months' converted foreign spending in `base`, stamped with `rates` and each month's version: one statement
   * per month, one after the other (keepForeignMonthSql says why). Rare: only months converted afresh are kept.
   */
  async keepForeignMonths(
    userId: string,
    base: string,
    rates: RateVersions,
    months: readonly MonthToKeep[],
    tx?: Tx,
  ): Promise<void> {
    for (const month of months) {
      await rowsOf<unknown[]>(this.prisma, keepForeignMonthSql(userId, base, rates, month), tx);
    }
  }
}

/** The groups, their months' versions and the rates, as the service uses them. */
export interface ForeignRead {
  groups: ForeignGroup[];
  versions: Record<string, number>;
  rates: RatesForDates | null;
}

/** foreignSpendingQuery's columns, and ratesForDatesQuery's when asked for. */
type ForeignRow = {
  groups: ForeignGroup[] | null;
  versions: Record<string, number> | null;
} & Partial<RatesForDates>;

const ratesSql = (userId: string, rates: RatesRequest) =>
  ratesForDatesQuery(userId, rates.currencies, rates.from, rates.to, rates.knownVersion);

function foreignReadOf(row: ForeignRow, rates: RatesRequest | null): ForeignRead {
  return {
    groups: row.groups ?? [],
    versions: row.versions ?? {},
    rates: rates
      ? {
          version: row.version!,
          personalVersion: row.personalVersion!,
          ecb: row.ecb ?? null,
          personal: row.personal ?? [],
        }
      : null,
  };
}
