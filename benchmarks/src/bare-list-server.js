/**
 * A reference for the list case, run as its own process: the first page the API serves for one user, built with
 * the API's own SQL, mapper and cursor code (from its build), served by a bare `node:http` server through a `pg`
 * pool — no framework, token check, validation, rate limit, request log or ORM. Between it and the raw-SQL floor
 * is what any Node HTTP server costs on this machine; between the API and it, everything else. The benchmark checks
 * that both answer the same bytes.
 *
 * Environment: PORT, DATABASE_URL, USER_ID, PAGE_SIZE, POOL_MAX.
 */
import http from 'node:http';
import pg from 'pg';
import { apiModule, listSql } from './sql-floor.js';

const { toExpense, toIsoDate } = apiModule('expenses/expense.mapper.js');
const { encodeCursor } = apiModule('expenses/expense-cursor.js');

// Prisma reads a DATE as midnight UTC of that day; pg's default is local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (date) => new Date(`${date}T00:00:00.000Z`));

const limit = Number(process.env.PAGE_SIZE);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX) });
const page = listSql({ userId: process.env.USER_ID, limit: limit + 1 });

async function firstPage() {
  const { rows } = await pool.query(page.text, page.values);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({
          occurredOn: toIsoDate(last.occurredOn),
          createdAt: last.createdAt.toISOString(),
          id: last.id,
        })
      : null;
  return JSON.stringify({ items: items.map(toExpense), nextCursor });
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
