/**
 * The everyday list (issue 21): the filtered list says how many expenses it holds and what they add up to across
 * every page; tags show on each row and filter the list; the dashboard's category rows and chart segments open
 * that month's expenses in the category. Against the real API.
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
