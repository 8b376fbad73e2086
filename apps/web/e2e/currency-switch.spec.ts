/**
 * A currency switch never hides or relabels money: with expenses in USD and EUR, switching Settings → currency
 * USD → EUR → USD keeps every one in the month's total (converted at the ECB rate of its date), the overall budget
 * is converted (never relabelled), the recent list and the Expenses page show foreign expenses converted with their
 * original amount beside, and an expense no rate converts is visibly counted apart — until the person enters a rate of their own in
 * Settings, where the notice points. Expectations are computed from the ECB file the
 * local stack imports, with the same convertMinor the API uses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildRateTable, convertMinor, type RateTable } from '@spendwise/contracts';
import { parseEcbRates } from '@spendwise/db';
import { formatAmount } from '../src/lib/money';
import { expect, signIn, test } from './fixtures';

const RATES_FILE = path.join(__dirname, '../../../packages/db/rates/sample-eurofxref-hist.xml');
const { rates: fileRates, dates } = parseEcbRates(readFileSync(RATES_FILE, 'utf8'));
const RATES = buildRateTable(fileRates);
// Budgets have no date: they convert at the latest rates on file.
const LATEST = dates.at(-1)!;
// Before the file's first rate (and more than 7 days): no rate converts an expense of this day.
const NO_RATE_DAY = '2026-09-01';

function convert(amountMinor: number, from: string, to: string, date: string, table: RateTable = RATES) {
  const conversion = convertMinor(amountMinor, from, to, date, table);
  if (!conversion.ok) throw new Error(`test data: no rate for ${conversion.currency} on ${date}`);
  return conversion.amountMinor;
}
const usd = (minor: number) => formatAmount(minor, 'USD', 'en-US');
const eur = (minor: number) => formatAmount(minor, 'EUR', 'en-US');

async function switchCurrency(page: Page, currency: string) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Currency').selectOption(currency);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your settings are saved.' })).toBeVisible();
}

async function addExpense(page: Page, currency: string, amount: string, date: string, description: string) {
  await page.getByRole('link', { name: 'Expenses' }).click();
  // The dashboard has an "Add expense" button too: wait for the page the link opens.
  await expect(page.getByRole('heading', { name: 'Expenses', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add expense' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add expense' });
  await dialog.getByLabel(`Amount (${currency})`).fill(amount);
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByLabel('Description').fill(description);
  await dialog.getByRole('button', { name: 'Add expense' }).click();
  await expect(dialog).toBeHidden();
}

async function expectBudget(page: Page, shown: string) {
  await page.getByRole('link', { name: 'Budgets' }).click();
  await expect(page.getByRole('form', { name: 'All spending budget' })).toContainText(`${shown} a month`);
}

async function openDecember(page: Page) {
  await page.goto('/dashboard?month=2026-12');
  return page.getByTestId('month-total');
}

test('switching USD → EUR → USD keeps every total, converts the budget, and counts the unconvertible apart', async ({
  page,
  account,
}) => {
  await signIn(page, account);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  // In USD: a dinner and a monthly budget of $1,000.00.
  await addExpense(page, 'USD', '50.00', '2026-12-01', 'Dinner');
  await page.getByRole('link', { name: 'Budgets' }).click();
  const overall = page.getByRole('form', { name: 'All spending budget' });
  await overall.getByLabel('All spending').fill('1000');
  await overall.getByRole('button', { name: 'Set' }).click();
  await expect(overall).toContainText(`${usd(100000)} a month`);
  await expect(await openDecember(page)).toHaveText(usd(5000));

  // USD → EUR: the dinner still counts, converted; the budget is converted at the latest rate.
  await switchCurrency(page, 'EUR');
  const budgetInEur = convert(100000, 'USD', 'EUR', LATEST);
  await expectBudget(page, eur(budgetInEur));
  await addExpense(page, 'EUR', '20.00', '2026-12-02', 'Cafe');
  await addExpense(page, 'EUR', '10.00', NO_RATE_DAY, 'Old receipt');
  const dinnerInEur = convert(5000, 'USD', 'EUR', '2026-12-01');
  await expect(await openDecember(page)).toHaveText(eur(2000 + dinnerInEur));
  const recent = page.getByRole('list', { name: 'Recent expenses' });
  const dinner = recent.getByTestId('expense-row').filter({ hasText: 'Dinner' });
  await expect(dinner.getByTestId('converted-amount')).toHaveText(`${eur(dinnerInEur)}${usd(5000)}`);
  await expect(page.getByTestId('not-in-totals')).toHaveCount(0);

  // EUR → USD: the euro expenses count, converted; the one dated before any rate is counted apart, visibly.
  await switchCurrency(page, 'USD');
  await expectBudget(page, usd(convert(budgetInEur, 'EUR', 'USD', LATEST)));
  const cafeInUsd = convert(2000, 'EUR', 'USD', '2026-12-02');
  await expect(await openDecember(page)).toHaveText(usd(5000 + cafeInUsd));
  await expect(page.getByTestId('not-in-totals')).toHaveText(
    `1 expense in EUR (${eur(1000)}) not in these totals: no rate for Sep 1`,
  );
  const cafe = page
    .getByRole('list', { name: 'Recent expenses' })
    .getByTestId('expense-row')
    .filter({ hasText: 'Cafe' });
  await expect(cafe.getByTestId('converted-amount')).toHaveText(`${usd(cafeInUsd)}${eur(2000)}`);
  // The Expenses page too: converted beside the original, or "No rate".
  await page.getByRole('link', { name: 'Expenses' }).click();
  const listed = page.getByRole('list', { name: 'Expenses' }).getByTestId('expense-row');
  await expect(listed.filter({ hasText: 'Cafe' }).getByTestId('converted-amount')).toHaveText(
    `${usd(cafeInUsd)}${eur(2000)}`,
  );
  await expect(listed.filter({ hasText: 'Old receipt' }).getByTestId('converted-amount')).toHaveText(
    `No rate${eur(1000)}`,
  );
  await expect(listed.filter({ hasText: 'Dinner' }).getByTestId('converted-amount')).toHaveCount(0);
  await page.goto('/dashboard?month=2026-12');

  // A rate of one's own for that day (Settings, where the notice points): the expense counts at once.
  await page.getByRole('link', { name: 'one you enter in Settings' }).click();
  const rateForm = page.getByRole('form', { name: 'Add an exchange rate' });
  await rateForm.getByLabel('Rate for').selectOption('USD');
  await rateForm.getByLabel('Day').fill(NO_RATE_DAY);
  await rateForm.getByLabel('USD per 1 EUR').fill('1.1');
  await rateForm.getByRole('button', { name: 'Save rate' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `1 EUR = 1.1 USD on ${NO_RATE_DAY}` }),
  ).toBeVisible();
  const withMine = buildRateTable([...fileRates, { currency: 'USD', date: NO_RATE_DAY, rate: '1.1' }]);
  await page.goto('/dashboard?month=2026-09');
  await expect(page.getByTestId('month-total')).toHaveText(
    usd(convert(1000, 'EUR', 'USD', NO_RATE_DAY, withMine)),
  );
  await expect(page.getByTestId('not-in-totals')).toHaveCount(0);
});
