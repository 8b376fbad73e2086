// The floor rule in eslint.config.mjs fails a deliberate back-up import (a lower floor reaching into a feature)
// and lets the allowed directions through. Linted through the API's real config; each probe borrows the path of
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

  it('lets a lower floor import a lower floor, and a feature import the floors under it', async () => {
    await expect(
      floorErrors(
        'src/auth/auth.guard.ts',
        "import { PrismaService } from '../prisma/prisma.service';\nexport const probe = PrismaService;\n",
      ),
    ).resolves.toEqual([]);
    await expect(
      floorErrors(
        'src/users/users.service.ts',
        "import { AuthModule } from '../auth/auth.module';\nexport const probe = AuthModule;\n",
      ),
    ).resolves.toEqual([]);
  });
});
