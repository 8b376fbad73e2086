/**
 * Recurring expenses (issue 20) in the browser against the real API: a monthly series on the 31st started in a
 * past month records its past dates as expenses at once; its amount changes "this and future" from its latest
 * recorded date (earlier expenses keep theirs); the dashboard lists its next date as upcoming this month; then that
 * date is skipped (no longer upcoming) and the series ended; finally "Make recurring" on its latest expense opens
 * the form filled from it. Then habits found in a person's expenses: one suggestion dismissed, one accepted through
 * the filled form, and that series re-timed before its first date.
 */
import { expectNoSeriousViolations } from './axe';
import { expect, recordExpenses, signIn, test } from './fixtures';

const DESCRIPTION = 'Flat rent';

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** The 31st of a month, or its last day when it is shorter (Playwright's clock and the account are in UTC). */
const thirtyFirstOf = (year: number, month: number) =>
  iso(new Date(Date.UTC(year, month, Math.min(31, new Date(Date.UTC(year, month + 1, 0)).getUTCDate()))));
/** As the page writes a date: "Dec 31, 2026". */
const label = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date));

test('a monthly series on the 31st: past dates become expenses, the future is edited, the next skipped, then it ends', async ({
  page,
  account,
}) => {
  const now = new Date();
  const today = iso(now);
  const start = iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1)));
  // Every month's 31st (or last day) from the start month on: those up to today are already expenses.
  const dates = Array.from({ length: 6 }, (_, i) =>
    thirtyFirstOf(now.getUTCFullYear(), now.getUTCMonth() - 3 + i),
  );
  const past = dates.filter((date) => date <= today);
  const [next, afterNext] = dates.filter((date) => date > today) as [string, string];

  await signIn(page, account, '/signin?next=%2Frecurring');
  await expect(page).toHaveURL('/recurring');
  await expect(page.getByRole('heading', { name: 'Recurring', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing repeats yet.')).toBeVisible();

  const form = page.getByRole('form', { name: 'Add recurring expense' });
  await form.getByLabel('Amount (USD)').fill('1200');
  await form.getByLabel('Description').fill(DESCRIPTION);
  await form.getByLabel('Category').selectOption({ label: 'Housing' });
  await form.getByLabel('First date').fill(start);
  await form.getByLabel('Repeats').selectOption({ label: 'Monthly on a day' });
  await form.getByLabel('Day of the month').fill('31');
  await form.getByRole('button', { name: 'Add recurring expense' }).click();

  const row = page.getByTestId('recurring-row').filter({ hasText: DESCRIPTION });
  await expect(row).toContainText('$1,200.00');
  await expect(row).toContainText(`Monthly on the 31st · Housing · Next on ${label(next)}`);
  await expectNoSeriousViolations(page, '/recurring with a series');

  await page.getByRole('link', { name: 'Expenses', exact: true }).click();
  const expenses = page.getByRole('list', { name: 'Expenses' }).getByTestId('expense-row');
  await expect(expenses.filter({ hasText: DESCRIPTION })).toHaveCount(past.length);
  for (const date of past) await expect(expenses.filter({ hasText: label(date) })).toHaveCount(1);

  // The rent goes up from its latest recorded date on: that expense and every later one change, earlier ones not.
  const raisedFrom = past.at(-1)!;
  await page.getByRole('link', { name: 'Recurring', exact: true }).click();
  await row.getByRole('button', { name: `Edit ${DESCRIPTION}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${DESCRIPTION}` });
  await expect(edit.getByLabel('Amount (USD)')).toHaveValue('1200.00');
  await edit.getByLabel('Occurrence date').fill(raisedFrom);
  await edit.getByRole('radio', { name: /and every one after/ }).check();
  await edit.getByLabel('Amount (USD)').fill('1300');
  await expectNoSeriousViolations(page, 'editing a series');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  // Split at that date: the old series ends the day before, the new one carries the new amount on.
  const rows = page.getByTestId('recurring-row').filter({ hasText: DESCRIPTION });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Ended on' })).toContainText('$1,200.00');
  const current = rows.filter({ hasText: 'Next on' });
  await expect(current).toContainText('$1,300.00');
  await page.getByRole('link', { name: 'Expenses', exact: true }).click();
  for (const date of past) {
    await expect(expenses.filter({ hasText: label(date) })).toContainText(
      date < raisedFrom ? '$1,200.00' : '$1,300.00',
    );
  }

  // The dashboard lists what is still to come this month: the next date, at the new amount, unless today is the
  // month's last day (then the next 31st is next month's and nothing is left).
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const upcoming = page.getByRole('region', { name: 'Upcoming this month' });
  if (next.slice(0, 7) === today.slice(0, 7)) {
    await expect(upcoming.getByTestId('upcoming-item')).toHaveText([`${label(next)}${DESCRIPTION}$1,300.00`]);
    await expect(upcoming.getByTestId('upcoming-total')).toHaveText('Total (1 expense)$1,300.00');
  } else {
    await expect(upcoming).toContainText('Nothing else scheduled');
  }

  await page.getByRole('link', { name: 'Recurring', exact: true }).click();
  await current.getByRole('button', { name: `Skip next ${DESCRIPTION} on ${label(next)}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Skipped ${DESCRIPTION}` })).toBeVisible();
  await expect(current).toContainText(`Next on ${label(afterNext)}`);
  // Skipped, it is no longer upcoming (the one after is next month's).
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(upcoming).toContainText('Nothing else scheduled');
  await page.getByRole('link', { name: 'Recurring', exact: true }).click();

  await current.getByRole('button', { name: `End ${DESCRIPTION}` }).click();
  const dialog = page.getByRole('dialog', { name: 'End this recurring expense?' });
  await expect(dialog).toContainText(`will not repeat after ${label(today)}`);
  await dialog.getByRole('button', { name: 'End', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rows.filter({ hasText: `Ended on ${label(today)}` })).toHaveCount(1);
  await expect(rows.getByRole('button')).toHaveCount(0);

  // Skipping and ending recorded nothing new and removed nothing.
  await page.getByRole('link', { name: 'Expenses', exact: true }).click();
  await expect(expenses.filter({ hasText: DESCRIPTION })).toHaveCount(past.length);

  // Made recurring again from its latest expense: the form opens filled from it, monthly on its day.
  await expenses
    .filter({ hasText: label(past.at(-1)!) })
    .getByRole('button', { name: `Make recurring: ${DESCRIPTION}` })
    .click();
  const again = page.getByRole('dialog', { name: `Make ${DESCRIPTION} recurring` });
  await expect(again.getByLabel('Amount (USD)')).toHaveValue('1300.00');
  await expect(again.getByLabel('Description')).toHaveValue(DESCRIPTION);
  await expect(again.getByLabel('Day of the month')).toHaveValue(past.at(-1)!.slice(8));
  await again.getByRole('button', { name: 'Add recurring expense' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByText(`${DESCRIPTION} now repeats monthly.`)).toBeVisible();
});

test('a habit in the expenses is suggested: one dismissed, one made recurring and then re-timed', async ({
  page,
  account,
  stack,
}) => {
  const now = new Date();
  const today = iso(now);
  const daysAgo = (days: number) => iso(new Date(now.getTime() - days * 86_400_000));
  // The 1st of this month and of the three before, and the next 1st: a subscription billed on the 1st.
  const firsts = [-3, -2, -1, 0].map((i) =>
    iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1))),
  );
  const nextFirst = iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));
  const endOfNextMonth = iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0)));
  await recordExpenses(stack, account, [
    ...firsts.map((occurredOn, i) => ({
      amountMinor: 1599,
      occurredOn,
      description: `STREAMLY*${4410 + i}`,
      merchant: 'Streamly',
    })),
    ...[14, 7, 0].map((days) => ({
      amountMinor: 1500,
      occurredOn: daysAgo(days),
      description: 'Spin class',
    })),
  ]);

  await signIn(page, account, '/signin?next=%2Frecurring');
  const suggestions = page.getByRole('list', { name: 'Suggested recurring expenses' });
  await expect(suggestions.getByTestId('recurring-suggestion')).toHaveCount(2);
  await expect(
    suggestions.getByTestId('recurring-suggestion').filter({ hasText: 'Spin class' }),
  ).toContainText(`Weekly · seen 3 times, last on ${label(today)}`);
  await expectNoSeriousViolations(page, '/recurring with suggestions');

  await page.getByRole('button', { name: 'Dismiss: Spin class' }).click();
  await expect(page.getByText('Spin class will not be suggested again.')).toBeVisible();
  await expect(suggestions.getByTestId('recurring-suggestion')).toHaveCount(1);

  await page.getByRole('button', { name: 'Make recurring: Streamly' }).click();
  const accept = page.getByRole('dialog', { name: 'Make Streamly recurring' });
  await expect(accept.getByLabel('Amount (USD)')).toHaveValue('15.99');
  await expect(accept.getByLabel('Merchant (optional)')).toHaveValue('Streamly');
  await expect(accept.getByLabel('Repeats')).toHaveValue('monthly');
  await expect(accept.getByLabel('Day of the month')).toHaveValue('1');
  await expect(accept.getByLabel('First date')).toHaveValue(nextFirst);
  await accept.getByRole('button', { name: 'Add recurring expense' }).click();
  await expect(accept).toBeHidden();
  // Covered by a series now: no suggestion is left, and nothing already paid was recorded again.
  await expect(suggestions).toBeHidden();
  const row = page.getByTestId('recurring-row').filter({ hasText: 'STREAMLY*4413' });
  await expect(row).toContainText(`$15.99`);
  await expect(row).toContainText(`Monthly on the 1st · Next on ${label(nextFirst)}`);

  // Billed on the last day from now on: nothing is an expense yet, so the series is re-timed from its start.
  await row.getByRole('button', { name: 'Edit STREAMLY*4413' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit STREAMLY*4413' });
  await edit.getByRole('radio', { name: /and every one after/ }).check();
  await edit.getByLabel('Change the schedule').check();
  await expect(edit.getByLabel('From')).toHaveValue(nextFirst);
  await edit.getByLabel('Repeats').selectOption({ label: 'Monthly on the last day' });
  await edit.getByLabel('Tags (optional)').fill('subscriptions');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('recurring-row')).toHaveCount(1);
  await expect(row).toContainText(`Monthly on the last day · Next on ${label(endOfNextMonth)}`);
});
