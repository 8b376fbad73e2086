/**
 * Every statement built in a `*.sql.ts` file, written out under `apps/api/sql/` as the SQL PostgreSQL receives, so
 * a change to a query shows in review as a diff of SQL rather than of template literals. The test fails when a
 * snapshot differs from what the code builds (CI never rewrites them); after changing a statement on purpose,
 * `npx vitest run src/sql-snapshots.spec.ts -u` (from apps/api) rewrites them. A new `*.sql.ts` file fails the last
 * test until its statements are listed here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Prisma } from '@spendwise/db';
import {
  claimQuery,
  monthSpendingQuery,
  recipientQuery,
  releaseQuery,
} from './budget-alerts/budget-alerts.sql';
import { budgetPageQuery, categoryPageQuery } from './account-export/account-export.sql';
import { userByCognitoSubQuery } from './auth/user-provisioning.sql';
import { budgetsInMonthQuery } from './budgets/budget-amounts.sql';
import {
  amountsToConvertQuery,
  convertAmountsSql,
  mirrorNewestAmountQuery,
  mirrorNewestAmountsSql,
  ownerForShareQuery,
  ownerOfBudgetForShareQuery,
  setRolloverSql,
  timeZoneQuery,
  upsertAmountSql,
  upsertBudgetQuery,
} from './budgets/budgets.sql';
import {
  dashboardQuery,
  dashboardWithForeignQuery,
  foreignMonthsQuery,
  foreignSpendingQuery,
  foreignSpendingWithRatesQuery,
  keepForeignMonthSql,
} from './dashboard/dashboard.sql';
import { latestRatesQuery, ratesForDatesQuery } from './exchange-rates/exchange-rates.sql';
import { deleteRateSql, listRatesQuery, upsertRateSql } from './exchange-rates/personal-rates.sql';
import {
  changeReturningSql,
  deleteReturningSql,
  fullOfTagsSql,
  lockOwnSql,
  restoreChangedSql,
  restoreDeletedSql,
  undoActionForUpdateQuery,
} from './expenses/expense-actions.sql';
import { summaryGroupsQuery } from './expenses/expense-filters.sql';
import { idempotencyLockSql, insertExpenseSql } from './expenses/expense-insert.sql';
import {
  countRulesSql,
  deleteRuleSql,
  insertWrittenRuleSql,
  knownLearnedTextsSql,
  learnRulesSql,
  listRulesSql,
  matchableRulesSql,
  ruleIdByTextSql,
  ruleTextSql,
  updateRuleSql,
} from './imports/categorisation-rules.sql';
import { deletePresetSql, listPresetsSql, savePresetSql } from './imports/import-presets.sql';
import {
  copyStagingSql,
  createStagingSql,
  deleteImportSql,
  historyCategoriesSql,
  insertChosenExpensesSql,
  insertImportSql,
  learnedChoicesSql,
  listImportsSql,
  markDuplicatesSql,
  markNearMatchesSql,
  previewPageSql,
  setImportCountsSql,
  statusCountsSql,
  userCurrencySql,
} from './imports/imports.sql';
import { expensePageSql } from './expenses/expense-order.sql';
import {
  duePageQuery,
  EVERYONE,
  generateOccurrenceSql,
  markGeneratedThroughSql,
  userScope,
} from './recurring/recurring-generator.sql';
import { coveredHabitsQuery, repeatedExpensesQuery } from './recurring/recurring-suggestions.sql';
import { lockSeriesQuery, recordsAheadQuery, skipOccurrenceQuery } from './recurring/recurring.sql';
import { scheduledSeriesQuery } from './recurring/scheduled.sql';
import { deletePersonalRowsSql, deleteUserSql, PERSONAL_TABLES, preferencesQuery } from './users/users.sql';

const USER = '0192f1c4-0000-7000-8000-000000000001';
const IDS = ['0192f1c4-0000-7000-8000-0000000000a1', '0192f1c4-0000-7000-8000-0000000000a2'];
const CATEGORY = '0192f1c4-0000-7000-8000-0000000000c1';
const SCOPE = { userId: USER, currency: 'EUR', start: '2026-12-01' };
const POSITION = {
  occurredOn: '2026-11-30',
  createdAt: '2026-11-30T08:00:00.000Z',
  id: IDS[0]!,
};
const CHOICES = {
  include: [4, 9],
  exclude: [7],
  categories: new Map([
    [4, CATEGORY],
    [12, null],
  ]),
};
const RULE = { kind: 'equals' as const, text: 'corner shop', categoryId: CATEGORY };
const FILTERS = { q: 'coffee', from: '2026-01-01', to: '2026-12-31', categoryId: CATEGORY, minAmount: 1 };

/** Each statement: the file that builds it, a name for its snapshot, and the statement built from sample values. */
const STATEMENTS: Array<{ file: string; name: string; sql: () => Prisma.Sql }> = [
  {
    file: 'account-export/account-export.sql.ts',
    name: 'category-page-after',
    sql: () => categoryPageQuery(USER, IDS[0]!, 1000),
  },
  {
    file: 'account-export/account-export.sql.ts',
    name: 'budget-page-first',
    sql: () => budgetPageQuery(USER, null, 1000),
  },
  {
    file: 'auth/user-provisioning.sql.ts',
    name: 'user-by-cognito-sub',
    sql: () => userByCognitoSubQuery('cognito-sub-1'),
  },
  { file: 'budget-alerts/budget-alerts.sql.ts', name: 'recipient', sql: () => recipientQuery(USER) },
  {
    file: 'budget-alerts/budget-alerts.sql.ts',
    name: 'month-spending',
    sql: () => monthSpendingQuery(USER, 'EUR', '2026-12-01'),
  },
  {
    file: 'budget-alerts/budget-alerts.sql.ts',
    name: 'claim',
    sql: () => claimQuery(USER, IDS[0]!, '2026-12-01', [80, 100]),
  },
  {
    file: 'budget-alerts/budget-alerts.sql.ts',
    name: 'release',
    sql: () => releaseQuery(IDS[0]!, '2026-12-01', [80]),
  },
  {
    file: 'budgets/budget-amounts.sql.ts',
    name: 'budgets-in-month',
    sql: () => budgetsInMonthQuery(USER, '2026-12'),
  },
  { file: 'budgets/budgets.sql.ts', name: 'time-zone', sql: () => timeZoneQuery(USER) },
  { file: 'budgets/budgets.sql.ts', name: 'owner-for-share', sql: () => ownerForShareQuery(USER) },
  {
    file: 'budgets/budgets.sql.ts',
    name: 'upsert-budget',
    sql: () =>
      upsertBudgetQuery({
        id: IDS[0]!,
        userId: USER,
        categoryId: CATEGORY,
        amountMinor: 50000,
        currency: 'EUR',
        rollover: undefined,
      }),
  },
  {
    file: 'budgets/budgets.sql.ts',
    name: 'owner-of-budget-for-share',
    sql: () => ownerOfBudgetForShareQuery(USER, IDS[0]!),
  },
  { file: 'budgets/budgets.sql.ts', name: 'set-rollover', sql: () => setRolloverSql(IDS[0]!, true) },
  {
    file: 'budgets/budgets.sql.ts',
    name: 'upsert-amount',
    sql: () => upsertAmountSql(IDS[0]!, '2026-12-01', 50000, 'EUR'),
  },
  {
    file: 'budgets/budgets.sql.ts',
    name: 'mirror-newest-amount',
    sql: () => mirrorNewestAmountQuery(IDS[0]!),
  },
  {
    file: 'budgets/budgets.sql.ts',
    name: 'amounts-to-convert',
    sql: () => amountsToConvertQuery(USER, 'EUR'),
  },
  {
    file: 'budgets/budgets.sql.ts',
    name: 'convert-amounts',
    sql: () =>
      convertAmountsSql('EUR', [
        { budgetId: IDS[0]!, fromMonth: '-infinity', amountMinor: 128579 },
        { budgetId: IDS[1]!, fromMonth: '2026-11-01', amountMinor: 34289 },
      ]),
  },
  { file: 'budgets/budgets.sql.ts', name: 'mirror-newest-amounts', sql: () => mirrorNewestAmountsSql(IDS) },
  {
    file: 'dashboard/dashboard.sql.ts',
    name: 'dashboard',
    sql: () => dashboardQuery(SCOPE, { from: '2026-12-05', through: '2026-12-31' }),
  },
  {
    file: 'dashboard/dashboard.sql.ts',
    name: 'foreign-months',
    sql: () => foreignMonthsQuery(SCOPE),
  },
  {
    file: 'dashboard/dashboard.sql.ts',
    name: 'foreign-spending',
    sql: () => foreignSpendingQuery(USER, ['JPY', 'USD'], ['2026-12-01', '2026-03-01']),
  },
  {
    file: 'dashboard/dashboard.sql.ts',
    name: 'foreign-spending-with-rates',
    sql: () =>
      foreignSpendingWithRatesQuery(
        USER,
        ['JPY', 'USD'],
        ['2026-12-01'],
        ratesForDatesQuery(USER, ['JPY', 'USD'], '2026-12-01', '2026-12-31', '41'),
      ),
  },
  {
    file: 'dashboard/dashboard.sql.ts',
    name: 'dashboard-with-foreign',
    sql: () =>
      dashboardWithForeignQuery(
        SCOPE,
        { from: '2026-12-05', through: '2026-12-31' },
        { currencies: ['JPY'], months: ['2026-12-01'] },
        ratesForDatesQuery(USER, ['JPY', 'USD'], '2026-12-01', '2026-12-31', '41'),
      ),
  },
  {
    file: 'dashboard/dashboard.sql.ts',
    name: 'keep-foreign-month',
    sql: () =>
      keepForeignMonthSql(
        USER,
        'USD',
        { ecb: '41', personal: '2' },
        {
          month: '2026-03-01',
          version: 3,
          convertedMinor: 12345,
          notInTotals: [],
        },
      ),
  },
  {
    file: 'exchange-rates/exchange-rates.sql.ts',
    name: 'rates-for-dates',
    sql: () => ratesForDatesQuery(USER, ['EUR', 'USD'], '2026-01-01', '2026-12-31', '41'),
  },
  {
    file: 'exchange-rates/exchange-rates.sql.ts',
    name: 'latest-rates',
    sql: () => latestRatesQuery(USER, ['GBP', 'JPY']),
  },
  { file: 'exchange-rates/personal-rates.sql.ts', name: 'list-rates', sql: () => listRatesQuery(USER) },
  {
    file: 'exchange-rates/personal-rates.sql.ts',
    name: 'upsert-rate',
    sql: () => upsertRateSql(USER, 'ARS', '2026-12-04', '1050.25'),
  },
  {
    file: 'exchange-rates/personal-rates.sql.ts',
    name: 'delete-rate',
    sql: () => deleteRateSql(USER, 'ARS', '2026-12-04'),
  },
  { file: 'expenses/expense-actions.sql.ts', name: 'lock-own', sql: () => lockOwnSql(USER, IDS) },
  {
    file: 'expenses/expense-actions.sql.ts',
    name: 'full-of-tags',
    sql: () => fullOfTagsSql(USER, IDS, 'trip', 20),
  },
  {
    file: 'expenses/expense-actions.sql.ts',
    name: 'delete-returning',
    sql: () => deleteReturningSql(USER, IDS),
  },
  {
    file: 'expenses/expense-actions.sql.ts',
    name: 'change-returning-set-category',
    sql: () => changeReturningSql(USER, IDS, { kind: 'setCategory', categoryId: CATEGORY }),
  },
  {
    file: 'expenses/expense-actions.sql.ts',
    name: 'restore-deleted',
    sql: () => restoreDeletedSql(USER, [{ id: IDS[0] }]),
  },
  {
    file: 'expenses/expense-actions.sql.ts',
    name: 'restore-changed-add-tag',
    sql: () =>
      restoreChangedSql(USER, { kind: 'addTag', tag: 'trip' }, [{ id: IDS[0]!, categoryId: null, tags: [] }]),
  },
  {
    file: 'expenses/expense-actions.sql.ts',
    name: 'undo-action-for-update',
    sql: () => undoActionForUpdateQuery(USER, IDS[0]!),
  },
  {
    file: 'expenses/expense-insert.sql.ts',
    name: 'idempotency-lock',
    sql: () => idempotencyLockSql(USER, 'key-1'),
  },
  {
    file: 'expenses/expense-filters.sql.ts',
    name: 'summary-groups',
    sql: () => summaryGroupsQuery(USER, FILTERS, 'EUR'),
  },
  {
    file: 'expenses/expense-insert.sql.ts',
    name: 'insert-expense',
    sql: () =>
      insertExpenseSql({
        id: IDS[1]!,
        userId: USER,
        input: { amountMinor: 1250, occurredOn: '2026-12-04', description: 'Coffee', merchant: 'Roastery' },
        idempotencyKey: 'key-1',
      }),
  },
  {
    file: 'recurring/recurring-generator.sql.ts',
    name: 'due-page-for-user',
    sql: () => duePageQuery(userScope(USER), IDS[0]!, 500),
  },
  {
    file: 'recurring/recurring-generator.sql.ts',
    name: 'due-page-for-everyone',
    sql: () => duePageQuery(EVERYONE, IDS[0]!, 500),
  },
  {
    file: 'recurring/recurring-generator.sql.ts',
    name: 'mark-generated-through',
    sql: () => markGeneratedThroughSql(IDS[0]!, '2026-12-05'),
  },
  {
    file: 'recurring/recurring-generator.sql.ts',
    name: 'generate-occurrence',
    sql: () => generateOccurrenceSql({ occurrence: IDS[1]!, expense: IDS[0]! }, CATEGORY, '2026-12-05'),
  },
  {
    file: 'recurring/recurring-suggestions.sql.ts',
    name: 'repeated-expenses',
    sql: () => repeatedExpensesQuery(USER, '2026-12-05', 400, 3),
  },
  {
    file: 'recurring/recurring-suggestions.sql.ts',
    name: 'covered-habits',
    sql: () => coveredHabitsQuery(USER, '2026-12-05'),
  },
  {
    file: 'recurring/recurring.sql.ts',
    name: 'skip-occurrence',
    sql: () => skipOccurrenceQuery(IDS[1]!, USER, IDS[0]!, '2026-12-24'),
  },
  { file: 'recurring/recurring.sql.ts', name: 'records-ahead', sql: () => recordsAheadQuery(USER) },
  { file: 'recurring/recurring.sql.ts', name: 'lock-series', sql: () => lockSeriesQuery(USER, IDS[0]!) },
  {
    file: 'recurring/scheduled.sql.ts',
    name: 'scheduled-series',
    sql: () => scheduledSeriesQuery(USER, '2026-12-06', '2026-12-31'),
  },
  { file: 'users/users.sql.ts', name: 'preferences', sql: () => preferencesQuery(USER) },
  { file: 'users/users.sql.ts', name: 'delete-user', sql: () => deleteUserSql(USER) },
  ...PERSONAL_TABLES.map((table) => ({
    file: 'users/users.sql.ts',
    name: `delete-personal-rows-${table}`,
    sql: () => deletePersonalRowsSql(table, USER),
  })),
  ...(
    [
      ['date-desc', null],
      ['date-desc', []],
      ['amount-desc', null],
      ['amount-asc', [false, 'EUR', 1250]],
      ['merchant-asc', [false, 'roastery']],
      ['category-desc', [false, 'groceries']],
    ] as const
  ).map(([order, keys]) => ({
    file: 'expenses/expense-order.sql.ts',
    name: `expense-page-${order}${keys ? '-after' : ''}`,
    sql: () =>
      expensePageSql({
        userId: USER,
        filters: { q: 'coffee' },
        order,
        after: keys ? { ...POSITION, keys: [...keys] } : null,
        limit: 26,
      }),
  })),
  ...(
    [
      ['create-staging', createStagingSql],
      ['copy-staging', copyStagingSql],
      ['mark-duplicates', () => markDuplicatesSql(USER)],
      ['mark-near-matches', () => markNearMatchesSql(USER)],
      ['history-categories', () => historyCategoriesSql(USER)],
      ['status-counts', statusCountsSql],
      ['preview-page', () => previewPageSql(1_000, 1_000)],
      [
        'insert-import',
        () => insertImportSql(IDS[1]!, USER, { filename: 'statement.csv', format: 'csv', read: 50_000 }),
      ],
      ['insert-chosen-expenses', () => insertChosenExpensesSql(IDS[1]!, USER, CHOICES)],
      ['set-import-counts', () => setImportCountsSql(IDS[1]!, 49_990, 10)],
      ['learned-choices', () => learnedChoicesSql(CHOICES)],
      ['list-imports', () => listImportsSql(USER)],
      ['list-one-import', () => listImportsSql(USER, IDS[1]!)],
      ['delete-import', () => deleteImportSql(USER, IDS[1]!)],
      ['user-currency', () => userCurrencySql(USER)],
    ] as const
  ).map(([name, sql]) => ({ file: 'imports/imports.sql.ts', name, sql })),
  ...(
    [
      ['list-presets', () => listPresetsSql(USER)],
      ['save-preset', () => savePresetSql(IDS[0]!, USER, 'Revolut', { delimiter: ',' })],
      ['delete-preset', () => deletePresetSql(USER, IDS[0]!)],
    ] as const
  ).map(([name, sql]) => ({ file: 'imports/import-presets.sql.ts', name, sql })),
  ...(
    [
      ['list-rules', () => listRulesSql(USER)],
      ['insert-written-rule', () => insertWrittenRuleSql(IDS[0]!, USER, RULE)],
      ['rule-text', () => ruleTextSql(USER, IDS[0]!)],
      ['update-rule', () => updateRuleSql(USER, IDS[0]!, { ...RULE, categoryId: null })],
      ['delete-rule', () => deleteRuleSql(USER, IDS[0]!)],
      ['matchable-rules', () => matchableRulesSql(USER)],
      ['rule-id-by-text', () => ruleIdByTextSql(USER, 'contains', 'amazon')],
      ['count-rules', () => countRulesSql(USER)],
      ['known-learned-texts', () => knownLearnedTextsSql(USER, ['corner shop', 'coffee lab'])],
      [
        'learn-rules',
        () => learnRulesSql(USER, [{ id: IDS[1]!, text: 'corner shop', categoryId: CATEGORY }]),
      ],
    ] as const
  ).map(([name, sql]) => ({ file: 'imports/categorisation-rules.sql.ts', name, sql })),
];

/** The statement as sent, its parameters listed above it, with the indentation of the template removed. */
function written(file: string, sql: Prisma.Sql): string {
  const lines = sql.text.split('\n');
  const indents = lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.length - line.trimStart().length);
  const indent = Math.min(...indents, Infinity);
  const body = [
    lines[0]!.trim(),
    ...lines.slice(1).map((line) => line.slice(Number.isFinite(indent) ? indent : 0).trimEnd()),
  ]
    .filter((line, index) => index > 0 || line !== '')
    .join('\n')
    .trim();
  const parameters = sql.values.map((value, index) => `-- $${index + 1} = ${JSON.stringify(value)}`);
  return [
    `-- Built by apps/api/src/${file}; rewritten by src/sql-snapshots.spec.ts (-u).`,
    ...parameters,
    body,
    '',
  ].join('\n');
}

describe('SQL snapshots (apps/api/sql/)', () => {
  it.each(STATEMENTS)('$file: $name', async ({ file, name, sql }) => {
    await expect(written(file, sql())).toMatchFileSnapshot(
      path.join('..', 'sql', path.dirname(file), `${name}.sql`),
    );
  });

  it('covers every *.sql.ts file', () => {
    const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.sql.ts'))
      .map((file) => file.split(path.sep).join('/'))
      .sort();
    expect([...new Set(STATEMENTS.map((statement) => statement.file))].sort()).toEqual(files);
  });
});
