/**
 * Bulk actions with undo (issue 21): select rows, move them to a category, undo; select all, delete, reload — the
 * undo is kept on the server, so the toast still offers it — and undo brings every row back. Against the real API.
 */
import { expectNoSeriousViolations } from './axe';
import { expect, PHONE, recordExpenses, saveScreenshot, signIn, test } from './fixtures';

test('select, move and undo; delete all, reload, and undo still brings them back', async ({
  page,
  stack,
  account,
}) => {
  const today = new Date().toISOString().slice(0, 10);
  await recordExpenses(
    stack,
    account,
    ['Taxi', 'Train', 'Coffee', 'Bagel'].map((description, index) => ({
      amountMinor: 500 + index,
      occurredOn: today,
      description,
    })),
  );
  await signIn(page, account, '/signin?next=%2Fexpenses');
  const rows = page.getByTestId('expense-row');
  await expect(rows).toHaveCount(4);

  await page.getByLabel('Select Taxi').check();
  await page.getByLabel('Select Train').check();
  const bar = page.getByRole('region', { name: 'Selected expenses' });
  await expect(bar).toContainText('2 selected');
  await bar.getByLabel('Category').selectOption({ label: 'Transport' });
  await bar.getByRole('button', { name: 'Move', exact: true }).click();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('Changed the category of 2 expenses.');
  await expect(rows.filter({ hasText: 'Taxi' })).toContainText('Transport');
  await expect(bar).toBeHidden();
  await expectNoSeriousViolations(page, '/expenses with the undo toast');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toContainText('Undone: 2 expenses back as they were.');
  await expect(rows.filter({ hasText: 'Taxi' })).toContainText('Uncategorised');

  await page.setViewportSize(PHONE);
  await page.getByLabel('Select all 4 shown').check();
  await expect(bar).toContainText('4 selected');
  await saveScreenshot(page, 'bulk-selection-phone');
  await bar.getByRole('button', { name: 'Delete 4' }).click();
  await expect(toast).toContainText('Deleted 4 expenses.');
  await expect(page.getByText('No expenses yet. Add your first one.')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('undo-toast')).toContainText('Deleted 4 expenses.');
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('undo-toast')).toContainText('Undone: 4 expenses back as they were.');
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('list-summary')).toHaveText('Showing 4 of 4 expenses · total $20.06.');
});
