/**
 * The everyday list (issue 21): the filtered list says how many expenses it holds and what they add up to across
 * every page; tags show on each row and filter the list; the dashboard's category rows and chart segments open
 * that month's expenses in the category; the list sorts by amount (and back), across pages. Against the real API.
 */
import { expectNoSeriousViolations } from './axe';
import { expect, recordExpenses, saveScreenshot, signIn, test } from './fixtures';

test('totals of the filtered list, tags that filter, and the dashboard leading into the list', async ({
  page,
  stack,
  account,
}) => {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0))
    .toISOString()
    .slice(0, 10);
  // 30 groceries (more than a page) and two work lunches, all today.
  await recordExpenses(stack, account, [
    ...Array.from({ length: 30 }, (_, index) => ({
      amountMinor: 1000 + index,
      occurredOn: today,
      description: `Groceries ${index + 1}`,
    })),
    { amountMinor: 1250, occurredOn: today, description: 'Team lunch', tags: ['work', 'food'] },
    { amountMinor: 2250, occurredOn: today, description: 'Client lunch', tags: ['Work'] },
  ]);
  await signIn(page, account, '/signin?next=%2Fexpenses');

  // 25 shown of 32, the total over all of them: 30 × $10 + (0+…+29) cents + $12.50 + $22.50.
  const summary = page.getByTestId('list-summary');
  await expect(summary).toHaveText('Showing 25 of 32 expenses · total $339.35.');

  const lunch = page.getByTestId('expense-row').filter({ hasText: 'Team lunch' });
  await expect(lunch.getByRole('link')).toHaveText(['#work', '#food']);
  await lunch.getByRole('link', { name: 'Expenses tagged work' }).click();
  await expect(page).toHaveURL('/expenses?tag=work');
  await expect(page.getByTestId('expense-row')).toHaveCount(2);
  await expect(summary).toHaveText('Showing 2 of 2 expenses · total $35.00.');
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('work');
  await expectNoSeriousViolations(page, '/expenses filtered by a tag');
  await saveScreenshot(page, 'daily-list-tag');

  // Sorted: the largest first, kept with the filter in the URL (a reload or a shared link shows the same),
  // and "Load more" continues in that order.
  await page.getByLabel('Sort by').selectOption({ label: 'Largest amount first' });
  await expect(page).toHaveURL('/expenses?tag=work&sort=amount');
  await expect(page.getByTestId('expense-row').first()).toContainText('Client lunch');
  await page.getByLabel('Sort by').selectOption({ label: 'Newest first' });
  await expect(page).toHaveURL('/expenses?tag=work');
  await page.goto('/expenses?sort=amount&direction=asc');
  await expect(page.getByLabel('Sort by')).toHaveValue('amount-asc');
  const rows = page.getByTestId('expense-row');
  await expect(rows.first()).toContainText('Groceries 1');
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(rows).toHaveCount(32);
  // 30 groceries at $10.00–$10.29, then $12.50 and $22.50: smallest first across both pages.
  await expect(rows.nth(29)).toContainText('Groceries 30');
  await expect(rows.nth(30)).toContainText('Team lunch');
  await expect(rows.nth(31)).toContainText('Client lunch');
  await saveScreenshot(page, 'daily-list-sorted');

  // From the dashboard: the category's row opens this month's expenses in it.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page
    .getByRole('list', { name: 'Spending by category' })
    .getByRole('link', { name: 'Uncategorised' })
    .click();
  await expect(page).toHaveURL(`/expenses?from=${month}-01&to=${lastDay}&categoryId=none`);
  await expect(summary).toHaveText('Showing 25 of 32 expenses · total $339.35.');

  // A segment of the chart leads to the same place.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  // A donut: its centre is the hole, so click on the ring, just inside its right edge.
  const segment = page.locator('.recharts-pie-sector path').first();
  const box = (await segment.boundingBox())!;
  await segment.click({ position: { x: box.width - 8, y: box.height / 2 } });
  await expect(page).toHaveURL(`/expenses?from=${month}-01&to=${lastDay}&categoryId=none`);
});
