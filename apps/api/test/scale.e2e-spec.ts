import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { queryRows } from '@spendwise/db';
import { dashboardQuery, dashboardWithForeignQuery, RECENT_COUNT } from '../src/dashboard/dashboard.sql';
import { ratesForDatesQuery } from '../src/exchange-rates';
import { encodeCursor } from '../src/expenses/expense-cursor';
import { expensePageSql, type Position } from '../src/expenses/expense-order.sql';
import { restOfMonth } from '../src/recurring';
import { startApi } from './support/api-process';
import { newUser, type Tokens } from './support/cognito';
import { openDatabase, openDatabaseAndPools } from './support/database';
import { e2eEnv } from './support/e2e-env';
import { as, call } from './support/http';

const EXPENSES = 100_000;

async function medianMs(times: number, run: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

/** Peak resident memory of a process so far, in MB, as the kernel counts it (VmHWM). */
function peakRssMb(pid: number | undefined): number {
  return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/** Three years of expenses, several a day, across the default categories and uncategorised. */
async function seedExpenses(
  db: ReturnType<typeof openDatabase>,
  userId: string,
  count: number,
): Promise<void> {
  await db.$executeRaw`
    WITH categories AS (SELECT array_agg(id ORDER BY name) AS ids FROM categories WHERE user_id = ${userId}::uuid)
    INSERT INTO expenses (id, user_id, category_id, amount_minor, currency, occurred_on, description, merchant, tags,
      created_at, updated_at)
    SELECT gen_random_uuid(), ${userId}::uuid, categories.ids[1 + n % 11], 100 + (n * 7919) % 20000, 'USD',
      DATE '2026-06-30' - (n % 1095),
      (ARRAY['Coffee', 'Groceries', 'Train ticket', 'Lunch', 'Cinema', 'Pharmacy'])[1 + n % 6] || ' #' || n,
      (ARRAY['Roastery', 'Corner Market', 'Rail Co', NULL])[1 + n % 4], ARRAY['scale'],
      now() - n * interval '1 second', now()
    FROM generate_series(1, ${count}) AS n, categories`;
}

describe(`a user with ${EXPENSES.toLocaleString('en')} expenses`, () => {
  const db = openDatabase();
  let api: ReturnType<typeof as>;
  let user: Tokens;
  let userId: string;

  beforeAll(async () => {
    user = await newUser('scale');
    api = as(user.accessToken);
    userId = (await api.get('/me')).body.id;
    await seedExpenses(db, userId, EXPENSES);
    await db.$executeRaw`ANALYZE expenses`;
  }, 60_000);
  afterAll(() => db.$disconnect());

  it('reads a page 99,900 rows deep as it reads the first: the page itself, from an index (keyset pagination)', async () => {
    const [deep] = await db.$queryRaw<Array<{ occurredOn: Date; createdAt: Date; id: string }>>`
      SELECT occurred_on AS "occurredOn", created_at AS "createdAt", id FROM expenses WHERE user_id = ${userId}::uuid
      ORDER BY occurred_on DESC, created_at DESC, id DESC OFFSET 99899 LIMIT 1`;
    const position = {
      occurredOn: deep!.occurredOn.toISOString().slice(0, 10),
      createdAt: deep!.createdAt.toISOString(),
      id: deep!.id,
    };
    const cursor = encodeCursor(position);
    const deepPage = await api.get(`/expenses?limit=100&cursor=${cursor}`);
    expect(deepPage.body.items).toHaveLength(100);
    expect(deepPage.body.nextCursor).toBeNull();

    // The statement the API sends for each page, run: the rows of expenses each reads. An OFFSET, or a sort after
    // reading, would read the 99,900 rows before the deep page.
    const pages: Array<[string, Position | null]> = [
      ['first', null],
      ['deep', { keys: [], ...position }],
    ];
    for (const [page, after] of pages) {
      const sql = expensePageSql({ userId, filters: {}, order: 'date-desc', after, limit: 100 });
      const [{ 'QUERY PLAN': plan }] = await db.$queryRawUnsafe<[{ 'QUERY PLAN': [{ Plan: PlanNode }] }]>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`,
        ...sql.values,
      );
      const reads = expenseReads(plan[0].Plan);
      expect(
        reads.map((read) => read.node),
        page,
      ).toEqual(['Index Scan expenses_user_recent_idx']);
      expect(reads[0]!.rows, page).toBe(100);
    }

    const firstMs = await medianMs(5, () => api.get('/expenses?limit=100'));
    const deepMs = await medianMs(5, () => api.get(`/expenses?limit=100&cursor=${cursor}`));
    console.log(
      `GET /expenses?limit=100 median: first page ${firstMs.toFixed(1)} ms, 99,900 deep ${deepMs.toFixed(1)} ms`,
    );
  });

  it('filters and searches them (figures printed, not asserted)', async () => {
    const searchMs = await medianMs(3, async () => {
      const response = await api.get('/expenses?q=roast&limit=50');
      expect(response.body.items).toHaveLength(50);
    });
    const rangeMs = await medianMs(3, async () => {
      const response = await api.get('/expenses?from=2025-01-01&to=2025-01-31&minAmount=5000&limit=100');
      expect(response.body.items).toHaveLength(100);
      for (const item of response.body.items as Array<{ occurredOn: string; amountMinor: number }>) {
        expect(item.occurredOn.startsWith('2025-01-')).toBe(true);
        expect(item.amountMinor).toBeGreaterThanOrEqual(5000);
      }
    });
    console.log(
      `search median ${searchMs.toFixed(1)} ms, date+amount filter median ${rangeMs.toFixed(1)} ms`,
    );
  });

  it('sorts them by amount, merchant and category, page after page (figures printed, not asserted)', async () => {
    const figures: string[] = [];
    for (const [sort, direction] of [
      ['amount', 'desc'],
      ['merchant', 'asc'],
      ['category', 'desc'],
    ] as const) {
      const first = await api.get(`/expenses?limit=100&sort=${sort}&direction=${direction}`);
      expect(first.body.items).toHaveLength(100);
      const second = await api.get(
        `/expenses?limit=100&sort=${sort}&direction=${direction}&cursor=${first.body.nextCursor}`,
      );
      const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
      expect(new Set(ids).size).toBe(200);
      if (sort === 'amount') {
        const amounts = [...first.body.items, ...second.body.items].map(
          (item: { amountMinor: number }) => item.amountMinor,
        );
        expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      }
      const firstMs = await medianMs(3, () =>
        api.get(`/expenses?limit=100&sort=${sort}&direction=${direction}`),
      );
      figures.push(`${sort}-${direction} first page ${firstMs.toFixed(1)} ms`);
    }
    console.log(`GET /expenses sorted, 100 rows, median of 3: ${figures.join(', ')}`);
  });

  it('computes the dashboard in SQL (figure printed, not asserted)', async () => {
    const dashboardMs = await medianMs(3, async () => {
      const response = await api.get('/dashboard?month=2026-06');
      expect(response.body.monthly).toHaveLength(12);
      expect(response.body.totalMinor).toBeGreaterThan(0);
    });
    console.log(`GET /dashboard median ${dashboardMs.toFixed(1)} ms`);
  });

  it('reads no expense outside the month it shows on the one generic plan the API runs the dashboard on', async () => {
    // The dashboard goes as a prepared statement (preparedRowsOf) on connections that run it on one generic plan,
    // chosen without anyone's values (createPgPools). On this person's 100,000 expenses, each read of expenses must
    // stay within the month shown (the five latest excepted), as a plan for their own values does.
    const scope = { userId, currency: 'USD', start: '2026-06-01' };
    const upcoming = restOfMonth('2026-06-10');
    const statements = {
      dashboard: dashboardQuery(scope, upcoming),
      with_foreign: dashboardWithForeignQuery(
        scope,
        upcoming,
        { currencies: ['EUR'], months: ['2026-06-01'] },
        ratesForDatesQuery(userId, ['EUR', 'USD'], '2026-06-01', '2026-06-30', null),
      ),
    };
    const [{ inMonth }] = await db.$queryRaw<[{ inMonth: number }]>`
      SELECT count(*)::int AS "inMonth" FROM expenses
      WHERE user_id = ${userId}::uuid AND occurred_on >= DATE '2026-06-01' AND occurred_on < DATE '2026-07-01'`;
    const { client, preparedPool } = openDatabaseAndPools();
    try {
      for (const [name, sql] of Object.entries(statements)) {
        // As DashboardRepository sends it; then, on that pool's one connection, how PostgreSQL ran it.
        await queryRows(preparedPool, sql, { prepared: true });
        const connection = await preparedPool.connect();
        try {
          const { rows: prepared } = await connection.query<{
            name: string;
            generic: string;
            custom: string;
          }>(
            `SELECT name, generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements
             WHERE statement = $1`,
            [sql.text],
          );
          expect(
            prepared.map(({ generic, custom }) => ({ generic, custom })),
            name,
          ).toEqual([{ generic: '1', custom: '0' }]);
          // EXPLAIN takes no parameters: the values go as literals, cast to the statement's own parameter types.
          const literal = (value: unknown) =>
            value === null
              ? 'NULL'
              : connection.escapeLiteral(Array.isArray(value) ? `{${value.join(',')}}` : String(value));
          const { rows } = await connection.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
            `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE ${prepared[0]!.name}(${sql.values.map(literal).join(', ')})`,
          );
          const reads = expenseReads(rows[0]!['QUERY PLAN'][0].Plan);
          expect(reads.length, name).toBeGreaterThan(0);
          for (const read of reads) {
            const limit = read.underLimit ? RECENT_COUNT : inMonth;
            expect(
              read.rows,
              `${name}: ${read.node} read ${read.rows} rows (month: ${inMonth})`,
            ).toBeLessThanOrEqual(limit);
          }
        } finally {
          connection.release();
        }
      }
    } finally {
      await Promise.all([client.$disconnect(), preparedPool.end()]);
    }
  });

  it('streams the full CSV export without holding it in memory or being cut off by the request timeout', async () => {
    // A 96 MB heap: enough for the API and a stream of 1,000-row batches, too little for 100,000 rows at once
    // (an export that buffered them was measured to crash this process with "heap out of memory").
    const { databaseUrl, cognitoEndpoint } = e2eEnv();
    const small = await startApi({
      databaseUrl,
      cognitoEndpoint,
      // The export outlives the server-wide request timeout: only its batches are bounded by it.
      env: { NODE_OPTIONS: '--max-old-space-size=96', REQUEST_TIMEOUT_MS: '2000' },
    });
    try {
      const started = performance.now();
      const response = await call('GET', '/expenses/export.csv', {
        token: user.accessToken,
        baseUrl: small.url,
        // Generous: a 2-core machine shared with other work can be slow; this test is about memory, not speed.
        timeoutMs: 100_000,
      });
      const lines = response.text.trimEnd().split('\r\n');
      console.log(
        `export: ${lines.length - 1} rows, ${(response.text.length / 1e6).toFixed(1)} MB in ` +
          `${(performance.now() - started).toFixed(0)} ms from an API with a 96 MB heap; its peak RSS ` +
          `${peakRssMb(small.child.pid).toFixed(0)} MB`,
      );
      expect(response.status).toBe(200);
      expect(lines).toHaveLength(EXPENSES + 1);
      expect(small.child.exitCode).toBeNull();
    } finally {
      await small.stop();
    }
  }, 120_000);

  it('streams the whole account as a zip from the same 96 MB heap, for 20,000 and for 100,000 expenses', async () => {
    const smaller = await newUser('scale-20k');
    const smallerId = (await as(smaller.accessToken).get('/me')).body.id;
    await seedExpenses(db, smallerId, 20_000);
    const { databaseUrl, cognitoEndpoint } = e2eEnv();
    const small = await startApi({
      databaseUrl,
      cognitoEndpoint,
      env: { NODE_OPTIONS: '--max-old-space-size=96', REQUEST_TIMEOUT_MS: '2000' },
    });
    const peakRss = () => peakRssMb(small.child.pid);
    const exportOf = async (token: string, expected: number) => {
      const started = performance.now();
      const response = await fetch(`${small.url}/me/export`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(100_000),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const seconds = (performance.now() - started) / 1000;
      expect(response.status).toBe(200);
      const files = unzipSync(bytes);
      const expenses = JSON.parse(new TextDecoder().decode(files['expenses.json']));
      const csvRows = new TextDecoder().decode(files['expenses.csv']).trimEnd().split('\r\n').length - 1;
      console.log(
        `account zip: ${expenses.length} expenses (JSON) + ${csvRows} (CSV), ${(bytes.length / 1e6).toFixed(1)} MB ` +
          `zipped in ${seconds.toFixed(1)} s; API peak RSS so far ${peakRss().toFixed(0)} MB (96 MB heap)`,
      );
      expect(expenses).toHaveLength(expected);
      expect(csvRows).toBe(expected);
      expect(new Set(expenses.map((expense: { id: string }) => expense.id)).size).toBe(expected);
    };
    try {
      console.log(`API peak RSS before any download: ${peakRss().toFixed(0)} MB`);
      await exportOf(smaller.accessToken, 20_000);
      await exportOf(user.accessToken, EXPENSES);
      expect(small.child.exitCode).toBeNull();
    } finally {
      await small.stop();
    }
  }, 240_000);

  // Last: it changes the base currency. Every expense is then foreign, the worst case for the dashboard: each
  // (day, category) group of 12 months is read and converted (these dates have no rate in the sample file, so all
  // of them are counted apart).
  it('after a currency switch, still reads every expense of 12 months (figure printed, not asserted)', async () => {
    expect((await api.patch('/me', { currency: 'EUR' })).status).toBe(200);
    const [window] = await db.$queryRaw<Array<{ count: number; total: bigint }>>`
      SELECT COUNT(*)::int AS count, SUM(amount_minor) AS total FROM expenses
      WHERE user_id = ${userId}::uuid AND occurred_on BETWEEN DATE '2025-07-01' AND DATE '2026-06-30'`;
    const dashboardMs = await medianMs(3, async () => {
      const response = await api.get('/dashboard?month=2026-06');
      expect(response.body.totalMinor).toBe(0);
      expect(response.body.notInTotals).toMatchObject([
        { currency: 'USD', count: window!.count, amountMinor: Number(window!.total) },
      ]);
    });
    console.log(
      `GET /dashboard with ${window!.count} foreign expenses in 12 months: median ${dashboardMs.toFixed(1)} ms`,
    );
  });
});

/** A node of EXPLAIN (ANALYZE, FORMAT JSON)'s plan, with the fields read here. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Every scan of `expenses` in a plan: rows it read (kept and filtered out, all loops), and whether a Limit stops it. */
function expenseReads(
  node: PlanNode,
  underLimit = false,
): Array<{ node: string; rows: number; underLimit: boolean }> {
  const limited = underLimit || node['Node Type'] === 'Limit';
  const own =
    node['Relation Name'] === 'expenses'
      ? [
          {
            node: `${node['Node Type']} ${node['Index Name'] ?? ''}`.trim(),
            rows:
              ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) *
              (node['Actual Loops'] ?? 1),
            underLimit: limited,
          },
        ]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => expenseReads(child, limited))];
}
