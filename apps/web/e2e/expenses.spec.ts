/**
 * The expense list (filters, search, paging, CSV export), budgets with their dashboard warnings, categories and
 * settings — each against the real API.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { accessTokenFrom, expect, recordExpenses, signIn, test } from './fixtures';

const today = () => new Date().toISOString().slice(0, 10);
/** The 15th of the month before this one (UTC, the test account's time zone). */
const midLastMonth = () => {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return `${date.toISOString().slice(0, 7)}-15`;
};

async function expenseRows(page: Page) {
  return page.getByRole('list', { name: 'Expenses' }).getByTestId('expense-row');
}

test('the expense list pages, searches, filters and exports CSV', async ({ page, stack, account }) => {
  const expenses = Array.from({ length: 27 }, (_, index) => ({
    amountMinor: 100 + index,
    occurredOn: today(),
    description: index % 9 === 0 ? `Coffee beans ${index}` : `Bus ticket ${index}`,
  }));
  await recordExpenses(stack, account, expenses);
  await signIn(page, account, '/signin?next=%2Fexpenses');
  await expect(page).toHaveURL('/expenses');

  await expect(await expenseRows(page)).toHaveCount(25);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(await expenseRows(page)).toHaveCount(27);
  await expect(page.getByRole('button', { name: 'Load more' })).toBeHidden();

  await page.getByLabel('Search').fill('coffee');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL('/expenses?q=coffee');
  await expect(await expenseRows(page)).toHaveCount(3);

  await page.getByText('More filters').click();
  await page.getByLabel('Minimum (USD)').fill('1.05');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL('/expenses?q=coffee&minAmount=105');
  await expect(await expenseRows(page)).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines.slice(1).join('\n')).toContain('Coffee beans 18');
  expect(lines.slice(1).join('\n')).not.toContain('Bus ticket');

  await page.getByLabel('Minimum (USD)').fill('abc');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByLabel('Minimum (USD)')).toHaveAccessibleDescription(/Minimum: Enter a number/);
});

test("the list's first rows come in the page's HTML, without a call from the browser and without the token", async ({
  page,
  stack,
  account,
}) => {
  await recordExpenses(stack, account, [
    { amountMinor: 450, occurredOn: today(), description: 'Rendered on the server' },
  ]);
  await signIn(page, account, '/signin?next=%2Fexpenses');
  await expect(page).toHaveURL('/expenses');
  await expect(await expenseRows(page)).toHaveCount(1);

  // The document itself holds the row (its request carries the session cookie, like a page load)…
  const html = await (await page.request.get('/expenses')).text();
  expect(html).toContain('Rendered on the server');
  // …and no token: the server used it only to call the API. The search box comes with hydration, so nothing
  // typed into it is lost.
  expect(html).not.toContain(await accessTokenFrom(page));
  expect(html).not.toContain('id="filter-q"');

  // A cold load whose browser cannot reach the API still shows the rows: they did not wait for the browser.
  // The signed-in page is left first: on a busy machine its own late requests could land in the record below.
  await page.goto('about:blank');
  const apiCalls: string[] = [];
  await page.context().route(`${stack.urls.api}/**`, (route) => {
    apiCalls.push(route.request().url());
    return route.abort();
  });
  await page.goto('/expenses');
  await expect(await expenseRows(page)).toHaveCount(1);
  await expect(page.getByText('Rendered on the server')).toBeVisible();
  expect(apiCalls.filter((url) => new URL(url).pathname === '/expenses')).toEqual([]);
});

test('a refund recorded in the form lowers the month total and is listed as a refund', async ({
  page,
  stack,
  account,
}) => {
  // Last month only a refund: a month below zero, drawn as a bar under the axis of the 12-month chart.
  await recordExpenses(stack, account, [
    { amountMinor: 5000, occurredOn: today(), description: 'Jacket' },
    { amountMinor: -500, occurredOn: midLastMonth(), description: 'Cashback' },
  ]);
  await signIn(page, account);
  await expect(page.getByTestId('month-total')).toHaveText('$50.00');
  await expect(page.getByTestId('previous-total')).toHaveText('\u2212$5.00');

  await page.getByRole('button', { name: 'Add expense', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add expense' });
  await dialog.getByRole('radio', { name: 'Refund (money back)' }).check();
  await dialog.getByLabel('Amount (USD)').fill('20');
  await dialog.getByLabel('Description').fill('Jacket returned');
  await expectNoSeriousViolations(page, 'the expense form, refund chosen');
  await dialog.getByRole('button', { name: 'Add expense' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('month-total')).toHaveText('$30.00');
  const refund = page
    .getByRole('list', { name: 'Recent expenses' })
    .getByTestId('expense-row')
    .filter({ hasText: 'Jacket returned' });
  await expect(refund).toContainText('\u2212$20.00');
  await expect(refund.getByText('Refund', { exact: true })).toBeVisible();
  const trend = page.getByRole('img', { name: /Monthly spending .* \$25\.00 in total/ });
  await expect(trend).toBeVisible();
  // The axis reaches below zero for last month's bar (compact ticks keep Intl's hyphen).
  await expect(trend.getByText(/^-\$\d+$/)).toBeVisible();
  await expectNoSeriousViolations(page, 'the dashboard with refunds');

  // Editing it shows it as a refund; the Expenses page total follows.
  await page.goto('/expenses');
  const row = (await expenseRows(page)).filter({ hasText: 'Jacket returned' });
  await expect(row.getByText('Refund', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: 'Edit Jacket returned' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit expense' });
  await expect(edit.getByRole('radio', { name: 'Refund (money back)' })).toBeChecked();
  await expect(edit.getByLabel('Amount (USD)')).toHaveValue('20.00');
});

test('budgets warn on the dashboard at 80% and over 100%', async ({ page, stack, account }) => {
  await signIn(page, account);
  await expect(page.getByRole('heading', { name: 'Welcome to SpendWise' })).toBeVisible();
  await page.getByRole('link', { name: 'Budgets' }).click();
  const groceries = page.getByRole('form', { name: 'Groceries budget' });
  await groceries.getByLabel('Groceries').fill('100');
  await groceries.getByRole('button', { name: 'Set' }).click();
  await expect(groceries).toContainText('$100.00 a month');
  const transport = page.getByRole('form', { name: 'Transport budget' });
  await transport.getByLabel('Transport').fill('50');
  await transport.getByRole('button', { name: 'Set' }).click();
  await expect(transport).toContainText('$50.00 a month');

  const categories = (await (
    await page.request.get(`${stack.urls.api}/categories`, {
      headers: { Authorization: `Bearer ${await accessTokenFrom(page)}` },
    })
  ).json()) as { items: Array<{ id: string; name: string }> };
  const idOf = (name: string) => categories.items.find((category) => category.name === name)?.id;
  await recordExpenses(stack, account, [
    { amountMinor: 8500, occurredOn: today(), description: 'Big shop', categoryId: idOf('Groceries') },
    { amountMinor: 6000, occurredOn: today(), description: 'Train pass', categoryId: idOf('Transport') },
  ]);

  await page.getByRole('link', { name: 'Dashboard' }).click();
  const groceriesTotal = page.getByTestId('category-total').filter({ hasText: 'Groceries' });
  await expect(groceriesTotal).toContainText('Close to budget: 85% used');
  await expect(groceriesTotal.getByRole('meter', { name: 'Groceries budget used' })).toHaveAttribute(
    'aria-valuenow',
    '85',
  );
  const transportTotal = page.getByTestId('category-total').filter({ hasText: 'Transport' });
  await expect(transportTotal).toContainText('Over budget by $10.00');
  await expect(page.getByRole('alert').filter({ hasText: 'Budget check' })).toContainText(
    'Over budget: Transport.',
  );
});

test('categories and settings change what the app shows', async ({ page, account }) => {
  await signIn(page, account);
  await page.getByRole('link', { name: 'Categories' }).click();
  const form = page.getByRole('form', { name: 'Add category' });
  await form.getByLabel('Name').fill('Pets');
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByRole('status')).toHaveText('Added “Pets”.');
  await expect(page.getByRole('button', { name: 'Edit Pets' })).toBeVisible();

  await form.getByLabel('Name').fill('pets');
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue('pets');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Display name').fill('Ana Lima');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your settings are saved.' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText('Ana Lima');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: 'Add your first expense' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add expense' });
  await expect(dialog.getByLabel('Amount (EUR)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Deutsch in Settings: <html lang>, the navigation and the heading follow, amounts are formatted the German way,
  // and the choice holds across pages until English is chosen again. (axe runs on these pages in English in
  // accessibility.spec.ts; the markup is the same in German and lang is asserted here, which saves ~5 s of CI.)
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: 'Übersicht' })).toBeVisible();
  await nav.getByRole('link', { name: 'Budgets' }).click();
  const overall = page.getByRole('form', { name: 'Budget für Alle Ausgaben' });
  await overall.getByLabel('Alle Ausgaben').fill('1234,5');
  await expect(overall.getByLabel('Alle Ausgaben')).toHaveAccessibleDescription(/1\.234,50\s€/);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
});
