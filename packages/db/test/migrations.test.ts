/**
 * The committed migrations, applied through the real Prisma CLI and the offline engine to a real PostgreSQL.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy, runPrismaCli, type PrismaCliResult } from '../cli.mjs';
import { createEmptyDatabase, databaseUrl, query, uniqueDatabaseName } from './support/databases';
import { copyPrismaProject, type PrismaProjectCopy } from './support/prisma-project';

const committedMigrations = async () =>
  (await readdir(path.join(__dirname, '../prisma/migrations'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

const appliedMigrations = async (url: string) =>
  (
    await query<{ migration_name: string }>(
      url,
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    )
  ).map((row) => row.migration_name);

describe('the committed migrations on a database that does not exist yet', () => {
  let url: string;
  let firstDeploy: PrismaCliResult;

  beforeAll(async () => {
    url = databaseUrl(uniqueDatabaseName('deploy'));
    firstDeploy = await runPrismaCli(['migrate', 'deploy'], { databaseUrl: url });
  });

  it('create it and all apply', async () => {
    expect(firstDeploy.code, firstDeploy.stderr).toBe(0);
    expect(firstDeploy.stdout).toContain(`PostgreSQL database ${new URL(url).pathname.slice(1)} created`);
    expect(firstDeploy.stdout).toContain('All migrations have been successfully applied.');
    expect(await appliedMigrations(url)).toEqual(await committedMigrations());
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      '_prisma_migrations',
      'budget_alerts_sent',
      'budget_amounts',
      'budgets',
      'categories',
      'categorisation_rules',
      'exchange_rates',
      'exchange_rates_version',
      'expense_idempotency_tombstones',
      'expense_monthly_totals',
      'expense_undo_actions',
      'expenses',
      'foreign_spending_months',
      'import_presets',
      'imports',
      'personal_exchange_rates',
      'personal_exchange_rates_versions',
      'recurring_occurrences',
      'recurring_series',
      'recurring_suggestion_dismissals',
      'users',
    ]);
  });

  it('a second deploy changes nothing', async () => {
    const before = await query(url, 'SELECT id, finished_at FROM _prisma_migrations ORDER BY id');
    const again = await runPrismaCli(['migrate', 'deploy'], { databaseUrl: url });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('No pending migrations to apply.');
    expect(await query(url, 'SELECT id, finished_at FROM _prisma_migrations ORDER BY id')).toEqual(before);
  });

  it('migrate status is clean', async () => {
    const status = await runPrismaCli(['migrate', 'status'], { databaseUrl: url });
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(status.stdout).toContain('Database schema is up to date!');
  });

  it('enforces what was added by hand: trigram search, one overall budget, sane money and rates', async () => {
    const [user] = await query<{ id: string }>(
      url,
      "INSERT INTO users (id, cognito_sub, email, updated_at) VALUES (gen_random_uuid(), 'sub-1', 'a@example.com', now()) RETURNING id",
    );
    const userId = user!.id;
    const insertExpense = (amount: number, currency = 'USD') =>
      query(
        url,
        `INSERT INTO expenses (id, user_id, amount_minor, currency, occurred_on, description, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, '2026-01-01', 'Coffee', now())`,
        [userId, amount, currency],
      );
    const insertOverallBudget = () =>
      query(
        url,
        "INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, updated_at) VALUES (gen_random_uuid(), $1, NULL, 5000, 'USD', now())",
        [userId],
      );

    await insertExpense(1);
    await insertExpense(1_000_000_000);
    await expect(insertExpense(0)).rejects.toThrow(/expenses_amount_minor_check/);
    await expect(insertExpense(1_000_000_001)).rejects.toThrow(/expenses_amount_minor_check/);
    await expect(insertExpense(1, 'usd')).rejects.toThrow(/expenses_currency_check/);
    await insertOverallBudget();
    await expect(
      query(
        url,
        "INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, updated_at) VALUES (gen_random_uuid(), $1, NULL, 5000, 'eur', now())",
        [userId],
      ),
    ).rejects.toThrow(/budgets_currency_check/);
    await expect(insertOverallBudget()).rejects.toThrow(/budgets_user_category_key/);

    // A person's own exchange rates: the bounds of ECB's table, no EUR, nothing before the euro.
    const insertRate = (currency: string, date: string, rate: string) =>
      query(
        url,
        'INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at) VALUES ($1, $2, $3, $4, now())',
        [userId, currency, date, rate],
      );
    await insertRate('ARS', '2026-01-01', '0.0001');
    await insertRate('ARS', '2026-01-02', '10000000');
    await expect(insertRate('ARS', '2026-01-03', '0')).rejects.toThrow(/personal_exchange_rates_rate_check/);
    await expect(insertRate('ARS', '2026-01-03', '-1')).rejects.toThrow(/personal_exchange_rates_rate_check/);
    await expect(insertRate('ARS', '2026-01-03', '10000000.01')).rejects.toThrow(
      /personal_exchange_rates_rate_check/,
    );
    await expect(insertRate('EUR', '2026-01-03', '1')).rejects.toThrow(
      /personal_exchange_rates_currency_check/,
    );
    await expect(insertRate('ars', '2026-01-03', '1')).rejects.toThrow(
      /personal_exchange_rates_currency_check/,
    );
    await expect(insertRate('ARS', '1999-01-03', '1')).rejects.toThrow(/personal_exchange_rates_date_check/);

    const indexes = await query<{ indexdef: string }>(
      url,
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'expenses' AND indexdef LIKE '%gin_trgm_ops%'",
    );
    expect(indexes.map((i) => i.indexdef).sort()).toEqual([
      expect.stringContaining('USING gin (description gin_trgm_ops)'),
      expect.stringContaining('USING gin (merchant gin_trgm_ops)'),
    ]);
  });
});

describe('the migrations and the schema', () => {
  // `migrate diff --from-migrations` replays the migrations in a throwaway shadow database on this server.
  let url: string;
  beforeAll(async () => {
    url = await createEmptyDatabase('drift');
  });

  it('describe the same database (no drift)', async () => {
    const diff = await runPrismaCli(
      [
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        'prisma/schema.prisma',
        '--exit-code',
      ],
      { databaseUrl: url },
    );
    expect(diff.code, diff.stdout + diff.stderr).toBe(0);
    expect(diff.stdout).toContain('No difference detected.');
  });

  it('differ as soon as the schema changes (the drift check can fail)', async () => {
    const project = await copyPrismaProject({
      editSchema: (schema) =>
        schema.replace('  note           String?', '  note           String?\n  mood String?'),
    });
    try {
      const diff = await runPrismaCli(
        [
          'migrate',
          'diff',
          '--from-migrations',
          'prisma/migrations',
          '--to-schema',
          'prisma/schema.prisma',
          '--script',
          '--exit-code',
        ],
        { databaseUrl: url, cwd: project.dir },
      );
      expect(diff.code, diff.stderr).toBe(2);
      expect(diff.stdout).toContain('ADD COLUMN     "mood" TEXT');
    } finally {
      await project.remove();
    }
  });

  it('leave no shadow database behind', async () => {
    const shadows = await query(
      databaseUrl('postgres'),
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    );
    expect(shadows).toEqual([]);
  });
});

describe('a later migration', () => {
  let project: PrismaProjectCopy;
  afterAll(() => project?.remove());

  it('applies on top of the committed ones', async () => {
    const url = await createEmptyDatabase('later');
    await migrateDeploy(url);
    project = await copyPrismaProject({
      extraMigrations: {
        '29991231000000_add_expense_mood': 'ALTER TABLE "expenses" ADD COLUMN "mood" TEXT;\n',
      },
    });

    const deploy = await runPrismaCli(['migrate', 'deploy'], { databaseUrl: url, cwd: project.dir });

    expect(deploy.code, deploy.stderr).toBe(0);
    expect(deploy.stdout).toContain('29991231000000_add_expense_mood');
    expect(await appliedMigrations(url)).toEqual([
      ...(await committedMigrations()),
      '29991231000000_add_expense_mood',
    ]);
    const columns = await query(
      url,
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'expenses' AND column_name = 'mood'",
    );
    expect(columns).toHaveLength(1);
    const status = await runPrismaCli(['migrate', 'status'], { databaseUrl: url, cwd: project.dir });
    expect(status.stdout).toContain('Database schema is up to date!');
  });
});

describe('a broken migration', () => {
  let project: PrismaProjectCopy;
  afterAll(() => project?.remove());

  it('makes migrateDeploy fail with one line naming the migration and the database reason', async () => {
    project = await copyPrismaProject({
      extraMigrations: {
        '29991231000000_broken':
          'CREATE TABLE "half_done" (id INTEGER);\nALTER TABLE "missing_table" ADD COLUMN "x" INTEGER;\n',
      },
    });
    const url = await createEmptyDatabase('broken');

    const failure = await migrateDeploy(url, { cwd: project.dir }).then(
      () => undefined,
      (error: Error) => error,
    );

    expect(failure?.message).toBe(
      'Migration 29991231000000_broken failed: relation "missing_table" does not exist ' +
        '(fix prisma/migrations/29991231000000_broken/migration.sql)',
    );
    // The committed migrations before it were applied; the broken one left nothing half done.
    expect(await appliedMigrations(url)).toEqual(await committedMigrations());
    expect(
      await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'"),
    ).toEqual([]);
  });
});

describe('migrate dev', () => {
  let project: PrismaProjectCopy;
  afterAll(() => project?.remove());

  it('creates and applies a migration for a schema change, through a shadow database it cleans up', async () => {
    project = await copyPrismaProject({
      editSchema: (schema) =>
        schema.replace('  note           String?', '  note           String?\n  mood String?'),
    });
    const url = await createEmptyDatabase('dev');

    const dev = await runPrismaCli(['migrate', 'dev', '--name', 'add_mood'], {
      databaseUrl: url,
      cwd: project.dir,
    });

    expect(dev.code, dev.stdout + dev.stderr).toBe(0);
    const created = (await readdir(project.migrationsDir)).filter((name) => name.endsWith('_add_mood'));
    expect(created).toHaveLength(1);
    expect(await appliedMigrations(url)).toEqual([...(await committedMigrations()), created[0]]);
    const again = await runPrismaCli(['migrate', 'dev'], { databaseUrl: url, cwd: project.dir });
    expect(again.stdout).toContain('Already in sync');
    const shadows = await query(
      databaseUrl('postgres'),
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    );
    expect(shadows).toEqual([]);
  });
});
