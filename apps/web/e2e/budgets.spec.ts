/**
 * Budgets by month (issue 21): a budget changed while viewing a month applies from that month on, the months before
 * keep their amount, each month shows its own spending against it, and the month stays in the URL; with rollover,
 * a month's overspend comes off the next month's amount. Against the
 * real API, at desktop and phone width (the month picker sits beside the title or wraps under it).
 */
import { shiftMonth } from '@spendwise/contracts';
import { DESKTOP, expect, PHONE, recordExpenses, signIn, test } from './fixtures';

const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(width, () => {
    test.use({ viewport });

    test('changing next month’s budget leaves this month’s as it was', async ({ page, stack, account }) => {
      // The browser and the new account are both on UTC.
      const today = new Date().toISOString().slice(0, 10);
      const thisMonth = today.slice(0, 7);
      const nextMonth = shiftMonth(thisMonth, 1);
      await recordExpenses(stack, account, [{ amountMinor: 51_200, occurredOn: today, description: 'Rent' }]);
      await signIn(page, account, '/signin?next=%2Fbudgets');
      await expect(page).toHaveURL('/budgets');

      const overall = page.getByRole('form', { name: 'All spending budget' });
      await overall.getByLabel('All spending', { exact: true }).fill('500');
      await overall.getByRole('button', { name: 'Set' }).click();
      await expect(overall).toContainText('$500.00 a month');
      await expect(overall.getByTestId('budget-spending')).toHaveText('$512.00 spent, $12.00 over');

      await page.getByRole('button', { name: `Next month, ${monthName(nextMonth)}` }).click();
      await expect(page).toHaveURL(`/budgets?month=${nextMonth}`);
      await expect(page.getByTestId('budget-month-hint')).toHaveText(
        `Changes apply from ${monthName(nextMonth)} on; earlier months keep their amounts.`,
      );
      await expect(overall.getByTestId('budget-spending')).toHaveText('$0.00 spent, $500.00 left');
      await overall.getByLabel('All spending', { exact: true }).fill('600');
      await overall.getByRole('button', { name: 'Update' }).click();
      await expect(overall).toContainText(`$600.00 a month from ${monthName(nextMonth)} on`);

      // A reload keeps the month.
      await page.reload();
      await expect(page.getByLabel('Show month')).toHaveValue(nextMonth);
      await expect(overall).toContainText(`$600.00 a month from ${monthName(nextMonth)} on`);

      await page.getByRole('button', { name: `Previous month, ${monthName(thisMonth)}` }).click();
      await expect(page).toHaveURL(`/budgets?month=${thisMonth}`);
      await expect(overall).toContainText('$500.00 a month');
      await expect(overall).not.toContainText('$600.00');
      await expect(overall.getByTestId('budget-spending')).toHaveText('$512.00 spent, $12.00 over');

      // Rolling over from this month: its $12.00 overspend comes off next month's $600.00.
      await overall.getByLabel('Roll over unspent or overspent amounts').check();
      await overall.getByRole('button', { name: 'Update' }).click();
      await expect(overall).toContainText(`$500.00 a month from ${monthName(thisMonth)} on`);
      await page.getByRole('button', { name: `Next month, ${monthName(nextMonth)}` }).click();
      await expect(overall.getByTestId('budget-carried')).toHaveText('−$12.00 overspent last month');
      await expect(overall.getByTestId('budget-spending')).toHaveText('$0.00 spent, $588.00 left');
      await expect(overall.getByLabel('Roll over unspent or overspent amounts')).toBeChecked();
    });
  });
}
