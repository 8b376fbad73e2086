// The floor rule in eslint.config.mjs fails a deliberate back-up import and lets the allowed directions through.
// Linted through the web app's real config; each probe borrows the path of a real file so that the type-aware
// rules find it in the TypeScript project.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const webDir = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: webDir });

async function floorErrors(asFile: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath: path.join(webDir, asFile) });
  return results
    .flatMap((result) => result.messages)
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

// The first lint builds the TypeScript program (seconds on a busy 2-core machine).
describe('web floors (lint)', { timeout: 120_000 }, () => {
  it('refuses the shared floor importing a feature, by alias or by relative path', async () => {
    await expect(
      floorErrors(
        'src/lib/money.ts',
        "import { ExpenseList } from '@/features/expenses/ExpenseList';\nexport const probe = ExpenseList;\n",
      ),
    ).resolves.toEqual([expect.stringContaining('Imports run one way')]);
    await expect(
      floorErrors(
        'src/components/ui/Alert.tsx',
        "import { BudgetsView } from '../../features/budgets/BudgetsView';\nexport const probe = BudgetsView;\n",
      ),
    ).resolves.toHaveLength(1);
  });

  it('refuses a feature importing a route file', async () => {
    await expect(
      floorErrors(
        'src/features/budgets/BudgetsView.tsx',
        "import Page from '@/app/(app)/dashboard/page';\nexport const probe = Page;\n",
      ),
    ).resolves.toHaveLength(1);
  });

  it('lets routes import features, features import each other and the shared floor', async () => {
    await expect(
      floorErrors(
        'src/app/(app)/budgets/page.tsx',
        "import { BudgetsView } from '@/features/budgets/BudgetsView';\nexport const probe = BudgetsView;\n",
      ),
    ).resolves.toEqual([]);
    await expect(
      floorErrors(
        'src/features/dashboard/DashboardView.tsx',
        "import { ExpenseList } from '@/features/expenses/ExpenseList';\nimport { decimalSeparatorFor } from '@/lib/money';\nexport const probe = [ExpenseList, decimalSeparatorFor];\n",
      ),
    ).resolves.toEqual([]);
  });
});
