/**
 * The floor: the API's own dashboard and list SQL (imported from its build, so the two can never drift apart),
 * sent straight through `pg` with no HTTP, auth, validation or Prisma in between.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { currentMonthIn, todayIn } from '@spendwise/contracts/schedule';
import { API_BUILD_DIR } from './api-build.js';

const require = createRequire(import.meta.url);
const db = require('@spendwise/db');
export const { Prisma, queryRows } = db;
/**
 * The API's two pools (createPgPools: its connection settings, the dashboard's statements on generic plans), for the
 * floor and the bare reference too, so all three meet PostgreSQL the same way.
 */
export const pgPools = ({ databaseUrl, poolMax }) =>
  db.createPgPools({ databaseUrl, poolMax: Number(poolMax) });
// Loaded on first use: the API build exists only once buildApi() has run.
export const apiModule = (file) => require(path.join(API_BUILD_DIR, file));
const apiExports = (file) => new Proxy({}, { get: (_, name) => apiModule(file)[name] });
const dashboardSql = apiExports('dashboard/dashboard.sql.js');
const ratesSql = apiExports('exchange-rates/exchange-rates.sql.js');
const filtersSql = apiExports('expenses/expense-filters.sql.js');
const orderSql = apiExports('expenses/expense-order.sql.js');
const insertSql = apiExports('expenses/expense-insert.sql.js');
const uuidV7 = () => apiModule('prisma/uuid-v7.js').uuidV7();
// The rest of this month where the user is: the window the dashboard reads recurring series for ("upcoming").
const restOfMonthIn = (timeZone) =>
  apiModule('recurring/scheduled.js').restOfMonth(todayIn(timeZone, new Date()));

// Each floor query takes `pools` (pgPools) and sends its statement on the pool the API would.
const run = (pools, sql) => pools.pool.query(sql.text, sql.values);
// The dashboard's reads go as the API sends them: named prepared statements (DashboardRepository, preparedRowsOf).
const runPrepared = async (pools, sql) => ({
  rows: await queryRows(pools.preparedPool, sql, { prepared: true }),
});

/**
 * What DashboardService.forMonth sends for the current month once it knows the user's preferences: one statement,
 * and when it names months in other currencies without a kept conversion (and the month shown), their groups with
 * the rates (foreignSpendingWithRatesQuery) — in that same statement (dashboardWithForeignQuery) when the previous
 * call needed the same groups, as the API remembers per process, else in a second one. ECB's rates are sent only when
 * their version moved past the one this floor last read, as the API keeps them per process (the recent expenses'
 * dates, which may widen the API's range, are left out; so is the write keeping months, made once per month changed).
 */
export function dashboardQuery({ userId, currency = 'USD', timeZone = 'UTC' }) {
  let knownVersion = null;
  let expected = null;
  const ratesFor = (need) => monthRatesQuery(userId, currency, need, knownVersion);
  return async (pools) => {
    const scope = { userId, currency, start: `${currentMonthIn(timeZone)}-01` };
    const upcoming = restOfMonthIn(timeZone);
    const { rows } = await runPrepared(
      pools,
      expected
        ? dashboardSql.dashboardWithForeignQuery(scope, upcoming, expected, ratesFor(expected))
        : dashboardSql.dashboardQuery(scope, upcoming),
    );
    const need = monthsToConvert(rows[0].foreignMonths);
    const answered = expected && sameNeed(expected, need);
    expected = need.months.length > 0 ? need : null;
    if (answered) {
      knownVersion = rows[0].version;
      return;
    }
    if (!expected) return;
    const { rows: read } = await runPrepared(
      pools,
      dashboardSql.foreignSpendingWithRatesQuery(userId, need.currencies, need.months, ratesFor(need)),
    );
    knownVersion = read[0].version;
  };
}

/** ratesForDatesQuery for `currency` and those of `need`, over the whole months of `need`. */
function monthRatesQuery(userId, currency, { currencies, months }, knownVersion) {
  const wanted = [...new Set([currency, ...currencies])].filter((code) => code !== 'EUR').sort();
  const [year, month] = months.at(-1).split('-').map(Number);
  const to = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return ratesSql.ratesForDatesQuery(userId, wanted, months[0], to, knownVersion);
}

const sameNeed = (a, b) =>
  a.months.join() === b.months.join() && b.currencies.every((currency) => a.currencies.includes(currency));

/** The currencies and first days of the months of foreignMonthsQuery's rows that are not kept converted. */
function monthsToConvert(foreignMonths) {
  const toConvert = (foreignMonths ?? []).filter((entry) => entry.convertedMinor === null);
  return {
    currencies: [...new Set(toConvert.flatMap((entry) => entry.currencies))].sort(),
    months: toConvert.map((entry) => `${entry.month}-01`),
  };
}

/** What ExpensesService.create sends for `input` without an Idempotency-Key or category: one INSERT. */
export function insertQuery({ userId, input }) {
  return (pools) =>
    run(pools, insertSql.insertExpenseSql({ id: uuidV7(), userId, input, idempotencyKey: null }));
}

/**
 * What ExpenseListService.page sends for `filters` in `order` (default newest first) after `cursor` (a decoded
 * position of that order, or null).
 */
export function listSql({ userId, filters = {}, order = 'date-desc', cursor = null, limit }) {
  return orderSql.expensePageSql({
    userId,
    filters,
    order,
    after: cursor ? { keys: [], ...cursor } : null,
    limit,
  });
}

/** EXPLAIN (ANALYZE, BUFFERS) of the list query and the dashboard's aggregates, for the record of why. */
export async function explainPlans(client, { userId, cursor, searchText, limit }) {
  const scope = { userId, currency: 'USD', start: `${currentMonthIn('UTC')}-01` };
  const foreignMonths = dashboardSql.foreignMonthsQuery(scope);
  const { rows: monthRows } = await client.query(foreignMonths.text, foreignMonths.values);
  const { currencies, months } = monthsToConvert(monthRows);
  const statements = {
    monthlyTotals: dashboardSql.monthlyTotalsQuery(scope),
    categoryTotals: dashboardSql.categoryTotalsQuery(scope),
    dailyTotals: dashboardSql.dailyTotalsQuery(scope),
    foreignMonths,
    // In the currencies and months the user has not kept (none in the `usd` dataset: the plan of a statement the
    // API does not send; the whole 12 months before anything was kept).
    foreignSpending: dashboardSql.foreignSpendingQuery(
      userId,
      currencies,
      months.length > 0 ? months : [scope.start],
    ),
    dashboard: dashboardSql.dashboardQuery(scope, restOfMonthIn('UTC')),
    // What a foreign dashboard sends once the previous one needed the same groups (none in the `usd` dataset).
    ...(months.length > 0 && {
      dashboardWithForeign: dashboardSql.dashboardWithForeignQuery(
        scope,
        restOfMonthIn('UTC'),
        { currencies, months },
        monthRatesQuery(userId, 'USD', { currencies, months }, null),
      ),
    }),
    listFirstPage: listSql({ userId, limit }),
    listDeepPage: listSql({ userId, cursor, limit }),
    searchFirstPage: listSql({ userId, filters: { q: searchText }, limit }),
    searchDeepPage: listSql({ userId, filters: { q: searchText }, cursor, limit }),
    amountFirstPage: listSql({ userId, order: 'amount-desc', limit }),
    categoryFirstPage: listSql({ userId, order: 'category-asc', limit }),
  };
  const plans = {};
  for (const [name, sql] of Object.entries(statements)) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    plans[name] = rows.map((row) => row['QUERY PLAN']);
  }
  // The dashboard is a prepared statement the API runs on one generic plan for every person (createPgPools), chosen
  // without their values: the plan it runs, to read beside the plan for the heavy user's own values.
  for (const name of ['dashboard', 'dashboardWithForeign'].filter((key) => statements[key])) {
    const { rows } = await client.query(`EXPLAIN (GENERIC_PLAN) ${statements[name].text}`);
    plans[`${name}Generic`] = rows.map((row) => row['QUERY PLAN']);
  }
  return plans;
}

/**
 * The named statements on one of the floor's prepared connections, and how many of their runs PostgreSQL planned for
 * the values given (custom) or ran on its one plan for any values (generic): whether the dashboard's planning really
 * left the hot path (the pool forces generic plans: custom should read 0).
 */
export async function preparedPlans({ preparedPool }) {
  const { rows } = await preparedPool.query(
    `SELECT name, generic_plans AS "genericPlans", custom_plans AS "customPlans" FROM pg_prepared_statements`,
  );
  return rows.map((row) => ({
    ...row,
    genericPlans: Number(row.genericPlans),
    customPlans: Number(row.customPlans),
  }));
}

/** What ExpenseListService.summary sends for a user in `currency` once it knows their currency: one statement. */
export function summaryQuery({ userId, currency = 'USD', filters = {} }) {
  const sql = filtersSql.summaryGroupsQuery(userId, filters, currency);
  return (pools) => run(pools, sql);
}

export function listQuery(options) {
  const sql = listSql(options);
  return (pools) => run(pools, sql);
}
