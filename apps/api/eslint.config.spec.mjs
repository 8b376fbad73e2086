// The floor rules in eslint.config.mjs fail a deliberate back-up import (a lower floor reaching into a feature)
// and a service reaching the database around its repository, and let the allowed directions through. Linted through the API's real config; each probe borrows the path of
// a real file so that the type-aware rules find it in the TypeScript project.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const apiDir = path.dirname(fileURLToPath(import.meta.url));
const eslint = new ESLint({ cwd: apiDir });

async function floorErrors(asFile, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(apiDir, asFile) });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const PRISMA_SERVICE =
  "import { PrismaService } from '../prisma/prisma.service';\nexport const probe = PrismaService;\n";

// The first lint builds the TypeScript program (seconds on a busy 2-core machine).
describe('API floors (lint)', { timeout: 120_000 }, () => {
  it('refuses identity importing a feature', async () => {
    const errors = await floorErrors(
      'src/auth/auth.guard.ts',
      "import { UsersService } from '../users/users.service';\nexport const probe = UsersService;\n",
    );
    expect(errors).toEqual([expect.stringContaining('must not import a feature')]);
  });

  it('refuses the platform importing a feature, including one no list names yet', async () => {
    const errors = await floorErrors(
      'src/errors/domain-error.ts',
      "import { anything } from '../some-new-feature/thing';\nexport const probe = anything;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('refuses a service importing PrismaService or the Prisma client: only repositories touch the database', async () => {
    await expect(floorErrors('src/budgets/budgets.service.ts', PRISMA_SERVICE)).resolves.toEqual([
      expect.stringContaining('Only repositories'),
    ]);
    await expect(
      floorErrors(
        'src/expenses/expenses.service.ts',
        "import { Prisma } from '@spendwise/db';\nexport const probe = Prisma.sql`SELECT 1`;\n",
      ),
    ).resolves.toEqual([expect.stringContaining('Only repositories')]);
    // Nor may it turn a transaction handle back into a client.
    await expect(
      floorErrors(
        'src/users/users.service.ts',
        "import { clientOf } from '../prisma/transaction';\nexport const probe = clientOf;\n",
      ),
    ).resolves.toEqual([expect.stringContaining('Only repositories')]);
  });

  it('refuses an identity service both a feature and PrismaService (the two rules hold together)', async () => {
    const errors = await floorErrors(
      'src/auth/user-provisioning.service.ts',
      "import { PrismaService } from '../prisma/prisma.service';\nimport { UsersService } from '../users/users.service';\nexport const probe = [PrismaService, UsersService];\n",
    );
    expect(errors).toEqual([
      expect.stringContaining('Only repositories'),
      expect.stringContaining('must not import a feature'),
    ]);
  });

  it('lets a repository and the readiness probe import PrismaService, and no feature service', async () => {
    await expect(floorErrors('src/budgets/budgets.repository.ts', PRISMA_SERVICE)).resolves.toEqual([]);
    await expect(floorErrors('src/auth/user-provisioning.repository.ts', PRISMA_SERVICE)).resolves.toEqual(
      [],
    );
    await expect(floorErrors('src/health/health.service.ts', PRISMA_SERVICE)).resolves.toEqual([]);
    // Every feature has moved its statements into repositories: none is allow-listed any more.
    for (const service of ['imports/imports.service.ts', 'dashboard/dashboard.service.ts']) {
      await expect(floorErrors(`src/${service}`, PRISMA_SERVICE)).resolves.toHaveLength(1);
    }
  });

  it('lets a lower floor import a lower floor, and a feature import the floors under it', async () => {
    await expect(
      floorErrors(
        'src/auth/auth.guard.ts',
        "import { type Tx } from '../prisma/transaction';\nexport type Probe = Tx;\n",
      ),
    ).resolves.toEqual([]);
    await expect(
      floorErrors(
        'src/users/users.service.ts',
        "import { AuthModule } from '../auth/auth.module';\nexport const probe = AuthModule;\n",
      ),
    ).resolves.toEqual([]);
  });

  it("refuses a feature reaching into another's files, and lets it use that feature's public entry", async () => {
    const internal =
      "import { toExpense } from '../expenses/expense.mapper';\nexport const probe = toExpense;\n";
    await expect(floorErrors('src/dashboard/dashboard.service.ts', internal)).resolves.toEqual([
      expect.stringContaining("Another feature's files are its own"),
    ]);
    await expect(floorErrors('src/dashboard/dashboard.repository.ts', internal)).resolves.toHaveLength(1);
    await expect(
      floorErrors(
        'src/dashboard/dashboard.service.ts',
        "import { toExpense } from '../expenses';\nexport const probe = toExpense;\n",
      ),
    ).resolves.toEqual([]);
  });
});
