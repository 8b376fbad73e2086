import { Injectable } from '@nestjs/common';
import {
  type CategoryTotal,
  convertMinor,
  type Dashboard,
  type NotInTotals,
  type RateTable,
  type RecentExpense,
  currentMonthIn,
  todayIn,
  type Upcoming,
} from '@spendwise/contracts';
import { LRUCache } from 'lru-cache';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetsService } from '../budgets';
import {
  type ConvertedGroup,
  ExchangeRatesService,
  type ForeignGroup,
  mergeNotInTotals,
  type RateVersions,
  toBaseCurrency,
} from '../exchange-rates';
import { fromExpenseRowJson, toExpense } from '../expenses';
import { restOfMonth, upcomingThisMonth } from '../recurring';
import { UsersService } from '../users';
import { DashboardRepository } from './dashboard.repository';
import { type CategoryTotalRow, type DashboardRow, type MonthScope, type MonthToKeep } from './dashboard.sql';
import { answers, type ForeignNeed, foreignNeedOf } from './foreign-need';

/** People × months whose foreign needs are remembered per process: each a few hundred bytes. */
const MAX_EXPECTED = 10_000;

const UNCATEGORISED = { name: 'Uncategorised', color: '#94a3b8' };

/**
 * Everything the dashboard shows, in one call: the user's preferences (their currency is the base currency every
 * total is in, their time zone decides which month is "this month"), then one statement for all of it
 * (dashboard.sql.ts), then — only when some spending is in another currency — that spending grouped per (currency,
 * day, category) and the rates, in one more statement; or, when the person's previous dashboard of the month needed
 * the same groups and rates (`expected`), in the dashboard's statement itself: one round trip. Sums in the base
 * currency run in PostgreSQL (bigint, returned as numbers); each foreign group is converted at its day's rate
 * (base-currency.ts). A group without a rate is counted apart (`notInTotals`), never at a made-up rate. The other 11
 * months' converted foreign spending is kept (foreign_spending_months) once computed, with the versions of the
 * expenses and rates it came from, and read back only while they all still match: a request converts only the month
 * shown and the months that changed. The same statement reads the person's active series; what they will still spend
 * this month (`upcoming`) is computed from their schedules (recurring/scheduled.ts).
 */
@Injectable()
export class DashboardService {
  /**
   * Per person, base currency and month: what their last dashboard needed read to convert (foreign-need.ts). Holds
   * no figure — only which groups and rates to read with the next dashboard's statement, checked against what that
   * one needs (`answers`) before use — so it can never make an answer stale; bounded, least recently used out.
   */
  private readonly expected = new LRUCache<string, ForeignNeed>({ max: MAX_EXPECTED });

  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly users: UsersService,
    private readonly rates: ExchangeRatesService,
    private readonly budgets: BudgetsService,
  ) {}

  async forMonth(user: AuthenticatedUser, requestedMonth?: string): Promise<Dashboard> {
    const { currency, timeZone } = await this.users.preferencesOf(user);
    const now = new Date();
    const today = todayIn(timeZone, now);
    const month = requestedMonth ?? currentMonthIn(timeZone, now);
    const scope: MonthScope = { userId: user.id, currency, start: `${month}-01` };
    // What this person's previous dashboard of the month needed read for its foreign spending: when there was some,
    // it is read with the dashboard's statement, in one round trip, and used if it answers what this one needs.
    const expectedKey = `${user.id} ${currency} ${month}`;
    const expected = this.expected.get(expectedKey);
    const { parts, foreign: read } = await this.read(scope, restOfMonth(today), expected);
    const recentRows = (parts.recent ?? []).map((expense) => toExpense(fromExpenseRowJson(expense)));
    const foreignMonths = parts.foreignMonths ?? [];
    const kept = foreignMonths.filter((entry) => entry.convertedMinor !== null);
    const need = foreignNeedOf(
      currency,
      foreignMonths.filter((entry) => entry.convertedMinor === null),
      recentRows,
    );
    if (need && need.months.length > 0) this.expected.set(expectedKey, need);
    else this.expected.delete(expectedKey);
    const [{ groups, rates, versions, rateVersions }, available] = await Promise.all([
      read && answers(expected!, need) ? read : this.foreignSpending(scope, need),
      this.availableOfRolling(user, month, parts.anyRollover),
    ]);
    const byMonth = convertedByMonth(groups, currency, rates);
    const converted = [...byMonth.values()].flatMap((entry) => entry.converted);
    const notInTotals = mergeNotInTotals([
      ...kept.map((entry) => entry.notInTotals ?? []),
      ...[...byMonth.values()].map((entry) => entry.notInTotals),
    ]);
    if (rateVersions) await this.keep(scope, month, byMonth, versions, rateVersions);

    const monthly = addTo(
      (parts.monthly ?? []).map((entry) => ({ key: entry.month, totalMinor: Number(entry.totalMinor) })),
      converted,
      (group) => group.date.slice(0, 7),
    );
    for (const entry of monthly) {
      const keptMonth = kept.find((candidate) => candidate.month === entry.key);
      if (keptMonth) entry.totalMinor += Number(keptMonth.convertedMinor);
    }
    const daily = addTo(
      (parts.daily ?? []).map((day) => ({ key: day.date, totalMinor: Number(day.totalMinor) })),
      converted,
      (group) => group.date,
    );
    const inMonth = converted.filter((group) => group.date.startsWith(month));
    const upcoming = upcomingThisMonth(parts.scheduled ?? [], today);
    const scheduled = scheduledByCategory(upcoming, currency, month);
    const totalMinor = monthly.at(-1)?.totalMinor ?? 0;
    const previousTotalMinor = monthly.at(-2)?.totalMinor ?? 0;
    const overallBudget = available.has(null) ? available.get(null)! : parts.overallBudgetMinor;
    return {
      month,
      currency,
      timeZone,
      totalMinor,
      previousTotalMinor,
      change: {
        amountMinor: totalMinor - previousTotalMinor,
        // A change relative to a month that refunds took below zero has no meaningful percent (its sign flips).
        percent:
          previousTotalMinor > 0 ? percentOf(totalMinor - previousTotalMinor, previousTotalMinor) : null,
      },
      overallBudget: {
        budgetMinor: overallBudget,
        percentUsed: percentOfAvailable(totalMinor, overallBudget),
        scheduledMinor: [...scheduled.values()].reduce((sum, amount) => sum + amount, 0),
      },
      byCategory: categoryTotals(withAvailable(parts.byCategory ?? [], available), inMonth, scheduled),
      daily: daily.map(({ key, totalMinor: dayTotal }) => ({ date: key, totalMinor: dayTotal })),
      monthly: monthly.map(({ key, totalMinor: monthTotal }) => ({ month: key, totalMinor: monthTotal })),
      recent: recentRows.map((expense): RecentExpense => {
        const conversion = convertMinor(
          expense.amountMinor,
          expense.currency,
          currency,
          expense.occurredOn,
          rates,
        );
        return { ...expense, baseAmountMinor: conversion.ok ? conversion.amountMinor : null };
      }),
      notInTotals,
      upcoming,
    };
  }

  /**
   * The month's available amount (its own amount plus what carried into it) of each budget that rolls over, by
   * category (null: the overall budget) — the figures GET /budgets gives — so the dashboard's progress and warnings
   * count against what the budgets page shows. No query unless a budget rolls over.
   */
  private async availableOfRolling(
    user: AuthenticatedUser,
    month: string,
    anyRollover: boolean,
  ): Promise<Map<string | null, number>> {
    if (!anyRollover) return new Map();
    const { items } = await this.budgets.list(user, month);
    return new Map(
      items.filter((budget) => budget.rollover).map((budget) => [budget.categoryId, budget.availableMinor]),
    );
  }

  /**
   * The dashboard's statement; with `expected` (months to convert), the groups and rates it names read in the same
   * statement (dashboardWithForeignQuery), ECB's rates through the per-process cache as everywhere.
   */
  private async read(
    scope: MonthScope,
    upcoming: { from: string; through: string },
    expected: ForeignNeed | undefined,
  ): Promise<{ parts: DashboardRow; foreign: ForeignSpending | null }> {
    if (!expected) return { parts: await this.dashboard.month(scope, upcoming), foreign: null };
    const { read, table, versions } = await this.rates.versionedTableWith(
      expected.rateCurrencies,
      expected.from,
      expected.to,
      async (request) => {
        const both = await this.dashboard.monthWithForeign(scope, upcoming, expected, request);
        return { ...both, rates: both.foreign.rates };
      },
    );
    return {
      parts: read.parts,
      foreign: {
        groups: read.foreign.groups,
        rates: table,
        versions: read.foreign.versions,
        rateVersions: versions,
      },
    };
  }

  /**
   * The spending `need` names (the person's months with foreign spending whose conversion is not kept) grouped for
   * conversion with each month's expenses version, and the rates that convert it and the recent expenses with their
   * versions: one statement (foreignSpendingWithRatesQuery; only the rates when no month needs its groups), none
   * when nothing needs converting.
   */
  private async foreignSpending(scope: MonthScope, need: ForeignNeed | null): Promise<ForeignSpending> {
    if (!need) return { groups: [], rates: { byCurrency: new Map() }, versions: {}, rateVersions: null };
    const { currencies, months, rateCurrencies, from, to } = need;
    if (months.length === 0) {
      const { table, versions: rateVersions } = await this.rates.versionedTableFor(
        scope.userId,
        rateCurrencies,
        from,
        to,
      );
      return { groups: [], rates: table, versions: {}, rateVersions };
    }
    const {
      read,
      table,
      versions: rateVersions,
    } = await this.rates.versionedTableWith(rateCurrencies, from, to, (request) =>
      this.dashboard.foreignGroups(scope.userId, currencies, months, request),
    );
    return { groups: read.groups, rates: table, versions: read.versions, rateVersions };
  }

  /**
   * Keeps the months just converted other than the one shown (whose figures are converted per request), stamped with
   * the versions their groups and rates were read at: a figure computed from older data than the stamps say is never
   * written, and a kept one is read back only while every stamp still matches (foreignMonthsQuery).
   */
  private async keep(
    scope: MonthScope,
    shown: string,
    byMonth: ReadonlyMap<string, MonthConversion>,
    versions: Readonly<Record<string, number>>,
    rates: RateVersions,
  ): Promise<void> {
    const months: MonthToKeep[] = [];
    for (const [month, conversion] of byMonth) {
      if (month === shown) continue;
      months.push({
        month: `${month}-01`,
        version: versions[month] ?? 0,
        convertedMinor: conversion.converted.reduce((sum, group) => sum + group.amountMinor, 0),
        notInTotals: conversion.notInTotals,
      });
    }
    if (months.length > 0)
      await this.dashboard.keepForeignMonths(scope.userId, scope.currency, rates, months);
  }
}

/** Foreign spending grouped for conversion, the rates that convert it, and the versions both were read at. */
interface ForeignSpending {
  groups: ForeignGroup[];
  rates: RateTable;
  versions: Record<string, number>;
  rateVersions: RateVersions | null;
}

interface MonthConversion {
  converted: ConvertedGroup[];
  notInTotals: NotInTotals[];
}

/** toBaseCurrency month by month (YYYY-MM), so each month's result can be kept apart. */
function convertedByMonth(
  groups: readonly ForeignGroup[],
  base: string,
  rates: RateTable,
): Map<string, MonthConversion> {
  const inMonth = new Map<string, ForeignGroup[]>();
  for (const group of groups) {
    const month = group.date.slice(0, 7);
    let list = inMonth.get(month);
    if (!list) inMonth.set(month, (list = []));
    list.push(group);
  }
  return new Map([...inMonth].map(([month, list]) => [month, toBaseCurrency(list, base, rates)]));
}

/** Adds each converted group to the entry its key falls on (groups outside the entries' range are not theirs). */
function addTo<T extends { key: string; totalMinor: number }>(
  entries: T[],
  converted: readonly ConvertedGroup[],
  keyOf: (group: ConvertedGroup) => string,
): T[] {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  for (const group of converted) {
    const entry = byKey.get(keyOf(group));
    if (entry) entry.totalMinor += group.amountMinor;
  }
  return entries;
}

/**
 * What is still scheduled in the month shown, per category (null: uncategorised), in the dashboard's currency only:
 * a budget is in that currency, and an amount still to come is never converted. Empty unless `month` is the
 * current one (upcoming covers only the rest of it).
 */
function scheduledByCategory(
  upcoming: Upcoming,
  currency: string,
  month: string,
): Map<string | null, number> {
  const byCategory = new Map<string | null, number>();
  if (!upcoming.through.startsWith(month)) return byCategory;
  for (const item of upcoming.items) {
    if (item.currency !== currency) continue;
    byCategory.set(item.categoryId, (byCategory.get(item.categoryId) ?? 0) + item.amountMinor);
  }
  return byCategory;
}

/** The base-currency rows with the month's converted groups added, largest first again. */
function categoryTotals(
  rows: CategoryTotalRow[],
  inMonth: readonly ConvertedGroup[],
  scheduled: ReadonlyMap<string | null, number>,
): CategoryTotal[] {
  const totals = rows.map(toCategoryTotalParts);
  const byId = new Map(totals.map((total) => [total.categoryId, total]));
  for (const group of inMonth) {
    let total = byId.get(group.categoryId);
    // Uncategorised spending only in other currencies has no base-currency row yet.
    if (!total) {
      total = { categoryId: null, ...UNCATEGORISED, totalMinor: 0, budgetMinor: null };
      byId.set(null, total);
      totals.push(total);
    }
    total.totalMinor += group.amountMinor;
  }
  // A stable sort: equal totals keep the SQL's order by name.
  return totals
    .sort((a, b) => b.totalMinor - a.totalMinor)
    .map((total) => ({
      ...total,
      percentUsed: percentOfAvailable(total.totalMinor, total.budgetMinor),
      scheduledMinor: scheduled.get(total.categoryId) ?? 0,
    }));
}

function toCategoryTotalParts(row: CategoryTotalRow): Omit<CategoryTotal, 'percentUsed' | 'scheduledMinor'> {
  return {
    categoryId: row.categoryId,
    name: row.name ?? UNCATEGORISED.name,
    color: row.color ?? UNCATEGORISED.color,
    totalMinor: Number(row.totalMinor),
    budgetMinor: row.budgetMinor,
  };
}

/** The category rows with a rolling budget's available amount in place of its own amount. */
function withAvailable(
  rows: CategoryTotalRow[],
  available: ReadonlyMap<string | null, number>,
): CategoryTotalRow[] {
  return rows.map((row) =>
    row.categoryId !== null && available.has(row.categoryId)
      ? { ...row, budgetMinor: available.get(row.categoryId)! }
      : row,
  );
}

/**
 * percentOf against what a budget has available: an overspend carried over can leave nothing (or less than nothing)
 * available, and then the budget is used up — 100, so it reads as over by (spent − available) — rather than a
 * percentage of a negative amount.
 */
function percentOfAvailable(part: number, whole: number | null): number | null {
  return whole !== null && whole <= 0 ? 100 : percentOf(part, whole);
}

/** part / whole × 100 to one decimal; null when there is nothing to compare with. */
function percentOf(part: number, whole: number | null): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 1000) / 10;
}
