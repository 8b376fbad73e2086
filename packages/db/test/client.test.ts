import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { createPgPools, createPrismaClient, Prisma, type PrismaClient, queryRows } from '../src';
import { createEmptyDatabase } from './support/databases';

describe('createPrismaClient', () => {
  let url: string;
  let prisma: PrismaClient;

  beforeAll(async () => {
    url = await createEmptyDatabase('client');
    await migrateDeploy(url);
    prisma = createPrismaClient({ databaseUrl: url, poolMax: 2, statementTimeoutMs: 500 });
  });
  afterAll(() => prisma?.$disconnect());

  it('round-trips rows through the migrated schema', async () => {
    const created = await prisma.user.create({
      data: {
        cognitoSub: 'sub-roundtrip',
        email: 'roundtrip@example.com',
        expenses: {
          create: {
            amountMinor: 1250,
            currency: 'EUR',
            occurredOn: new Date('2026-03-14T00:00:00Z'),
            description: 'Lunch',
            tags: ['work', 'team'],
          },
        },
      },
    });

    const read = await prisma.user.findUniqueOrThrow({
      where: { cognitoSub: 'sub-roundtrip' },
      include: { expenses: true },
    });

    expect(read.id).toBe(created.id);
    expect(read).toMatchObject({ email: 'roundtrip@example.com', currency: 'USD', timeZone: 'UTC' });
    expect(read.expenses).toEqual([
      expect.objectContaining({
        amountMinor: 1250,
        currency: 'EUR',
        occurredOn: new Date('2026-03-14T00:00:00Z'),
        description: 'Lunch',
        tags: ['work', 'team'],
        categoryId: null,
      }),
    ]);
  });

  it('reports unique violations as Prisma errors the API can map', async () => {
    await prisma.user.create({ data: { cognitoSub: 'sub-twice', email: 'twice@example.com' } });
    const duplicate = prisma.user.create({ data: { cognitoSub: 'sub-twice', email: 'twice@example.com' } });
    await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
  });

  it('has PostgreSQL cancel a statement that runs past statementTimeoutMs', async () => {
    const started = Date.now();
    await expect(prisma.$queryRaw`SELECT pg_sleep(5)`).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("keeps a new connection's heap between statements instead of page-faulting it in again each time", async () => {
    // Like the dashboard's statement: a few hundred KB in small pieces (20 sorts), run between small statements.
    const sorts = Array.from(
      { length: 20 },
      (_, index) =>
        `(SELECT json_agg(x ORDER BY x DESC) FROM generate_series(1, ${100 + index}) x) AS s${index}`,
    );
    const statement = `SELECT ${sorts.join(', ')}`;
    // Minor page faults of the server process behind a connection (the test's PostgreSQL runs on this machine).
    const faultsOf = (pid: number) =>
      Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[7]);
    const faultsPerRound = async (query: (sql: string) => Promise<unknown>, pid: number) => {
      const round = async () => {
        await query(statement);
        await query('SELECT 1');
      };
      for (let warm = 0; warm < 5; warm++) await round();
      const before = faultsOf(pid);
      for (let measured = 0; measured < 20; measured++) await round();
      return (faultsOf(pid) - before) / 20;
    };

    // Without the connection set-up, glibc returns the memory after each statement: the control shows the effect
    // is real on this machine, so the assertion below cannot pass by accident.
    const plain = new pg.Client({ connectionString: url });
    await plain.connect();
    try {
      const { rows } = await plain.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(await faultsPerRound((sql) => plain.query(sql), rows[0]!.pid)).toBeGreaterThan(50);
    } finally {
      await plain.end();
    }

    const pooled = createPrismaClient({ databaseUrl: url, poolMax: 1 });
    try {
      const [{ pid }] = await pooled.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
      expect(await faultsPerRound((sql) => pooled.$queryRawUnsafe(sql), pid)).toBeLessThan(10);
    } finally {
      await pooled.$disconnect();
    }
  });
});

describe('createPgPools', () => {
  let url: string;

  beforeAll(async () => {
    url = await createEmptyDatabase('pg_pools');
  });

  it('splits one budget of connections between the two pools', async () => {
    for (const [poolMax, main, prepared] of [
      [2, 1, 1],
      [3, 2, 1],
      [10, 7, 3],
      [30, 20, 10],
    ] as const) {
      const pools = createPgPools({ databaseUrl: url, poolMax });
      try {
        expect([pools.pool.options.max, pools.preparedPool.options.max], `poolMax ${poolMax}`).toEqual([
          main,
          prepared,
        ]);
      } finally {
        await Promise.all([pools.pool.end(), pools.preparedPool.end()]);
      }
    }
    expect(() => createPgPools({ databaseUrl: url, poolMax: 1 })).toThrow(/at least 2/);
  });

  it('runs prepared statements on their one generic plan from the first call, and plans the rest per call', async () => {
    // poolMax 3: one prepared connection, so every statement below meets the same server process.
    const { pool, preparedPool } = createPgPools({ databaseUrl: url, poolMax: 3 });
    const plansOf = (on: typeof pool) =>
      queryRows<Array<{ genericPlans: bigint; customPlans: bigint }>>(
        on,
        Prisma.sql`SELECT generic_plans AS "genericPlans", custom_plans AS "customPlans" FROM pg_prepared_statements`,
      );
    const statement = Prisma.sql`SELECT count(*)::int AS n FROM generate_series(1, ${5}::int) s WHERE s > ${1}::int`;
    try {
      const [onPrepared] = await queryRows<[{ mode: string; app: string }]>(
        preparedPool,
        Prisma.sql`SELECT current_setting('plan_cache_mode') AS mode, current_setting('application_name') AS app`,
      );
      expect(onPrepared).toEqual({ mode: 'force_generic_plan', app: 'spendwise-prepared' });
      const [onMain] = await queryRows<[{ mode: string }]>(
        pool,
        Prisma.sql`SELECT current_setting('plan_cache_mode') AS mode`,
      );
      expect(onMain.mode).toBe('auto');

      expect(await queryRows(preparedPool, statement, { prepared: true })).toEqual([{ n: 4 }]);
      expect(await plansOf(preparedPool)).toEqual([{ genericPlans: 1n, customPlans: 0n }]);
      // The same statement on the other pool: PostgreSQL's default, a custom plan for its first five calls.
      await queryRows(pool, statement, { prepared: true });
      const onOther = await queryRows<Array<{ customPlans: bigint }>>(
        pool,
        Prisma.sql`SELECT custom_plans AS "customPlans" FROM pg_prepared_statements`,
      );
      expect(onOther.map((row) => row.customPlans)).toContain(1n);
    } finally {
      await Promise.all([pool.end(), preparedPool.end()]);
    }
  });
});
