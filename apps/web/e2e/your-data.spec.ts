/**
 * Settings → Your data: download everything as a zip, and delete the account (password checked with Cognito first,
 * then the API deletes every row and the Cognito user), against the real API and emulator.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import {
  PASSWORD,
  accessTokenFrom,
  confirmationCode,
  expect,
  expectNoSecretIn,
  recordExpenses,
  recordUrls,
  signIn,
  submitSignUp,
  test,
  uniqueEmail,
} from './fixtures';

const utf8 = new TextDecoder();

test('download your data as a zip; delete the account: a wrong password deletes nothing, the right one everything', async ({
  page,
  stack,
}) => {
  const account = { email: uniqueEmail('your-data'), password: PASSWORD };
  const wrongPassword = `${PASSWORD}-wrong`;
  const urls = recordUrls(page.context());

  await test.step('sign up and confirm', async () => {
    await submitSignUp(page, account.email);
    await expect(page).toHaveURL(/\/confirm-signup\?email=/);
    await page.getByLabel('Verification code').fill(await confirmationCode(stack, account.email));
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await expect(page).toHaveURL('/dashboard');
  });

  await test.step('add a category, a budget for it and expenses', async () => {
    await page.getByRole('link', { name: 'Categories' }).click();
    const form = page.getByRole('form', { name: 'Add category' });
    await form.getByLabel('Name').fill('Pets');
    await form.getByRole('button', { name: 'Add category' }).click();
    await expect(page.getByRole('status')).toHaveText('Added “Pets”.');
    await page.getByRole('link', { name: 'Budgets' }).click();
    const budget = page.getByRole('form', { name: 'Pets budget' });
    await budget.getByLabel('Pets').fill('40');
    await budget.getByRole('button', { name: 'Set' }).click();
    await expect(budget).toContainText('$40.00 a month');
    const categories = (await (
      await page.request.get(`${stack.urls.api}/categories`, {
        headers: { Authorization: `Bearer ${await accessTokenFrom(page)}` },
      })
    ).json()) as { items: Array<{ id: string; name: string }> };
    const pets = categories.items.find((category) => category.name === 'Pets')!.id;
    await recordExpenses(stack, account, [
      { amountMinor: 1250, occurredOn: '2026-11-02', description: 'Cat food', categoryId: pets },
      { amountMinor: 399, occurredOn: '2026-11-03', description: 'Coffee, to go' },
      { amountMinor: 8000, occurredOn: '2026-11-04', description: 'Vet', categoryId: pets },
    ]);
  });

  await test.step('download your data: every row, as JSON and CSV', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    // Budget alert emails turned off: saved at once, and part of the settings the download carries.
    const alerts = page.getByRole('checkbox', { name: 'Email me when a budget passes 80 % and 100 %' });
    await expect(alerts).toBeChecked();
    await alerts.uncheck();
    await expect(page.getByRole('status').filter({ hasText: 'Budget alerts are off.' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download your data' }).click();
    expect((await download).suggestedFilename()).toMatch(/^spendwise-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(await readFile(await (await download).path()));
    const json = (name: string) => JSON.parse(utf8.decode(files[name]));

    expect(json('profile.json')).toMatchObject({ email: account.email, budgetAlerts: false });
    expect(json('categories.json')).toContainEqual(expect.objectContaining({ name: 'Pets' }));
    expect(json('budgets.json')).toEqual([expect.objectContaining({ amountMinor: 4000, currency: 'USD' })]);
    expect(
      json('expenses.json').map((expense: { description: string; amountMinor: number }) => [
        expense.description,
        expense.amountMinor,
      ]),
    ).toEqual([
      ['Vet', 8000],
      ['Coffee, to go', 399],
      ['Cat food', 1250],
    ]);
    const csv = utf8.decode(files['expenses.csv']);
    expect(csv).toContain('2026-11-04,Vet,,Pets,80.00,USD,');
    expect(csv).toContain('2026-11-03,"Coffee, to go",,,3.99,USD,');
    expect(utf8.decode(files['budgets.csv'])).toContain(',Pets,');
  });

  const form = page.getByRole('form', { name: 'Delete account' });
  await test.step('a wrong password or confirmation deletes nothing', async () => {
    await expect(form).toHaveAttribute('method', 'post');
    await form.getByLabel('Your password').fill(account.password);
    await form.getByLabel('Type DELETE to confirm').fill('delete me');
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await expect(form.getByLabel('Type DELETE to confirm')).toHaveAccessibleDescription(
      /Type DELETE to confirm/,
    );

    await form.getByLabel('Your password').fill(wrongPassword);
    await form.getByLabel('Type DELETE to confirm').fill('DELETE');
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await expect(form.getByLabel('Your password')).toHaveAccessibleDescription(
      /That is not your current password/,
    );
    await expect(page).toHaveURL('/settings');
    // Still signed in, with everything in place.
    await page.getByRole('link', { name: 'Expenses' }).click();
    await expect(page.getByRole('list', { name: 'Expenses' }).getByTestId('expense-row')).toHaveCount(3);
  });

  await test.step('the right password deletes the account and signs out', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await form.getByLabel('Your password').fill(account.password);
    await form.getByLabel('Type DELETE to confirm').fill('DELETE');
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page).toHaveURL('/account-deleted');
    await expect(page.getByRole('heading', { name: 'Your account has been deleted' })).toBeVisible();
    expect((await page.context().cookies()).filter((cookie) => cookie.name.endsWith('.accessToken'))).toEqual(
      [],
    );
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/signin\?next=%2Fdashboard/);
    await signIn(page, account);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Incorrect email or password.');
    await expect(page).toHaveURL('/signin');
  });

  // Neither password typed into the delete form ever travelled in a URL.
  expectNoSecretIn(urls, [account.password, wrongPassword]);
});
