/**
 * A reference for the list case, run as its own process: the first page the API serves for one user, built with
 * the API's own SQL, mapper and cursor code (from its build), served by a bare `node:http` server through a `pg`
 * pool — no framework, token check, validation, rate limit, request log or ORM. Like the API it reads the person's
 * base currency and, when the page holds other currencies, their rates, and converts each expense. Between it and the raw-SQL floor
 * is what any Node HTTP server costs on this machine; between the API and it, everything else. The benchmark checks
 * that both answer the same bytes.
 *
 * Environment: PORT, DATABASE_URL, USER_ID, PAGE_SIZE, POOL_MAX.
 */
import http from 'node:http';
import pg from 'pg';
import { buildRateTable } from '@spendwise/contracts';
import { apiModule, listSql } from './sql-floor.js';

const { toExpense, toIsoDate, toListedExpense } = apiModule('expenses/expense.mapper.js');
const { ratesForDatesQuery } = apiModule('exchange-rates/exchange-rates.sql.js');
const { encodeCursor } = apiModule('expenses/expense-cursor.js');

// Prisma reads a DATE as midnight UTC of that day; pg's default is local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (date) => new Date(`${date}T00:00:00.000Z`));

const limit = Number(process.env.PAGE_SIZE);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX) });
const page = listSql({ userId: process.env.USER_ID, limit: limit + 1 });

async function firstPage() {
  const [{ rows }, base] = await Promise.all([
    pool.query(page.text, page.values),
    pool.query('SELECT currency FROM users WHERE id = $1::uuid', [process.env.USER_ID]),
  ]);
  const items = rows.slice(0, limit);
  const expenses = items.map(toExpense);
  const baseCurrency = base.rows[0].currency;
  const rates = await ratesFor(baseCurrency, expenses);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({
          occurredOn: toIsoDate(last.occurredOn),
          createdAt: last.createdAt.toISOString(),
          id: last.id,
        })
      : null;
  const listed = expenses.map((expense) => toListedExpense(expense, baseCurrency, rates));
  return JSON.stringify({ items: listed, baseCurrency, nextCursor });
}

/** ECB's rates kept as ExchangeRatesService keeps them: per (currencies, from, to), at a version of the table. */
const keptEcbRates = new Map();

/** ExchangeRatesService.forExpenses: no query when every expense is in the base currency. */
async function ratesFor(baseCurrency, expenses) {
  const foreign = expenses.filter((expense) => expense.currency !== baseCurrency);
  if (foreign.length === 0) return buildRateTable([]);
  const dates = foreign.map((expense) => expense.occurredOn).sort();
  const currencies = [...new Set([baseCurrency, ...foreign.map((expense) => expense.currency)])]
    .filter((currency) => currency !== 'EUR')
    .sort();
  const key = `${currencies.join(',')} ${dates[0]} ${dates.at(-1)}`;
  const kept = keptEcbRates.get(key);
  const sql = ratesForDatesQuery(
    process.env.USER_ID,
    currencies,
    dates[0],
    dates.at(-1),
    kept?.version ?? null,
  );
  const [read] = (await pool.query(sql.text, sql.values)).rows;
  let ecb = kept;
  if (read.ecb !== null || !ecb) {
    const rows = read.ecb ?? [];
    ecb = { version: read.version, rows, table: buildRateTable(rows) };
    keptEcbRates.set(key, ecb);
  }
  // The benchmark's person has no rates of their own; the API would merge them in here.
  return read.personal.length === 0 ? ecb.table : buildRateTable([...ecb.rows, ...read.personal]);
}

const server = http.createServer((_request, response) => {
  firstPage().then(
    (body) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(body);
    },
    (error) => {
      response.writeHead(500).end(String(error.message));
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => pool.end()));
