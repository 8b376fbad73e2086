/**
 * Import: upload a bank CSV whose dates cannot decide their order → choose it → preview → import → the expenses
 * are there → undo → they are gone, against the real API and database.
 */
import { expectNoSeriousViolations } from './axe';
import { expect, signIn, test } from './fixtures';

// 03/04 and 05/06 read either way: the page must ask. The two coffees on one day both stay.
const STATEMENT =
  'Date,Description,Amount\n' +
  '03/04/2026,Corner Coffee,-3.50\n' +
  '03/04/2026,Corner Coffee,-3.50\n' +
  '05/06/2026,Salary,2500.00\n' +
  '05/06/2026,Hardware store,-64.20\n';

test('upload → choose the date order → preview → import → undo', async ({ page, account }) => {
  await signIn(page, account);
  await expect(page).toHaveURL('/dashboard');
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();

  await page.getByLabel(/^File/).setInputFiles({
    name: 'statement.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(STATEMENT),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('group', { name: 'How are the dates written?' })).toContainText('day/month');
  await page.getByLabel('Day first (31/12/2026)').check();
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('table');
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview.getByRole('row', { name: /Salary/ })).toContainText(
    'Money in (skipped; tick to store as a refund)',
  );
  await expect(preview.getByRole('row', { name: /Hardware store/ })).toContainText('2026-06-05');
  await expectNoSeriousViolations(page, 'the import preview');
  await page.getByRole('button', { name: 'Import 3 expenses' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Imported 3 expenses from “statement.csv” (1 rows skipped).',
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'statement.csv' })).toContainText(
    '3 of 3 expenses',
  );

  await page.getByRole('link', { name: 'Expenses' }).click();
  await expect(page.getByText('Hardware store')).toBeVisible();
  await expect(page.getByText('Corner Coffee')).toHaveCount(2);

  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Undo import of statement.csv' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status')).toHaveText('Undid the import of “statement.csv”.');
  await expect(page.getByText('No imports yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Expenses' }).click();
  await expect(page.getByText('Hardware store')).toHaveCount(0);
});
