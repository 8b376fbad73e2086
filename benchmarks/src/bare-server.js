/**
 * The bare-Node reference, run as its own process: the API's own read services — DashboardService,
 * ExpenseListService and what they call (preferences, ECB's kept rates, SQL, mappers, cursors, conversion) — taken
 * from its build and served by a bare `node:http` server through a `pg` pool, with no framework, token check,
 * validation, rate limit, request log or ORM. Between it and the raw-SQL floor is what any Node server doing this
 * work costs on this machine; between the API and it, everything else. The benchmark checks that both answer the
 * same bytes for every case.
 *
 * Routes: GET /dashboard, GET /expenses?limit=&cursor=&q= and GET /expenses/summary (no filters), for the user named
 * by the `user` query parameter;
 * GET /health for readiness.
 * Environment: PORT, DATABASE_URL, POOL_MAX.
 */
import http from 'node:http';
import { apiModule, pgPools, Prisma, queryRows } from './sql-floor.js';

const { pool, preparedPool } = pgPools({
  databaseUrl: process.env.DATABASE_URL,
  poolMax: process.env.POOL_MAX,
});

/**
 * What the services and repositories use of PrismaService: `pool` and `preparedPool`, which the repositories' reads
 * go through (`rowsOf`, `preparedRowsOf` → `queryRows`, as in the API), and `client.$queryRaw` for the features still on it, called as a tagged
 * template or with a Prisma.sql fragment and answered by the same `queryRows` (the values `$queryRaw` returns,
 * without Prisma's layers: what the API pays for those is part of the API's side of the comparison).
 */
const prisma = {
  pool,
  preparedPool,
  client: {
    $queryRaw: (first, ...values) =>
      queryRows(pool, Array.isArray(first) ? Prisma.sql(first, ...values) : first),
  },
};
const { ExchangeRatesService } = apiModule('exchange-rates/exchange-rates.service.js');
const { ExchangeRatesRepository } = apiModule('exchange-rates/exchange-rates.repository.js');
const { UsersService } = apiModule('users/users.service.js');
const { UsersRepository } = apiModule('users/users.repository.js');
const { ExpenseListService } = apiModule('expenses/expense-list.service.js');
const { ExpensesRepository } = apiModule('expenses/expenses.repository.js');
const { DashboardService } = apiModule('dashboard/dashboard.service.js');
const { DashboardRepository } = apiModule('dashboard/dashboard.repository.js');
const rates = new ExchangeRatesService(new ExchangeRatesRepository(prisma));
// preferencesOf, the one UsersService call these reads make, needs neither provisioning nor budgets.
const users = new UsersService(new UsersRepository(prisma), null, null, null);
const expenses = new ExpenseListService(new ExpensesRepository(prisma), users, rates);
const dashboard = new DashboardService(new DashboardRepository(prisma), users, rates);

/** The query string as the API's validation would hand it over (limit a number; absent parameters absent). */
function listQuery(params) {
  const query = {};
  if (params.has('limit')) query.limit = Number(params.get('limit'));
  if (params.has('cursor')) query.cursor = params.get('cursor');
  for (const name of ['q', 'sort', 'direction']) if (params.has(name)) query[name] = params.get(name);
  return query;
}

function answer(request) {
  const url = new URL(request.url, 'http://bare');
  if (url.pathname === '/health') return Promise.resolve('ok');
  const user = { id: url.searchParams.get('user') };
  if (url.pathname === '/dashboard') return dashboard.forMonth(user);
  if (url.pathname === '/expenses') return expenses.page(user, listQuery(url.searchParams));
  if (url.pathname === '/expenses/summary') return expenses.summary(user, {});
  return Promise.reject(new Error(`no route ${url.pathname}`));
}

const server = http.createServer((request, response) => {
  answer(request).then(
    (body) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    },
    (error) => {
      response.writeHead(500).end(String(error.message));
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => Promise.all([pool.end(), preparedPool.end()])));
