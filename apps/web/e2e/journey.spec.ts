/**
 * The journey a new person takes: sign up, confirm, see their dashboard, record, change and remove an expense,
 * sign out — with screenshots of the key pages at desktop and phone width.
 */
import {
  DESKTOP,
  PASSWORD,
  PHONE,
  confirmationCode,
  expect,
  saveScreenshot,
  test,
  uniqueEmail,
} from './fixtures';

test('sign up, confirm, track an expense end to end, and sign out', async ({ page, stack }) => {
  const email = uniqueEmail('journey');

  await test.step('sign up → /confirm-signup?email=…', async () => {
    await page.goto('/signup');
    await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    await page.getByLabel('Email').fill(email);
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('correct');
    // The pool's policy is shown as the person types.
    await expect(page.getByRole('listitem').filter({ hasText: 'A lowercase letter' })).toContainText(
      '(done)',
    );
    await expect(page.getByRole('listitem').filter({ hasText: 'An uppercase letter' })).toContainText(
      '(not yet)',
    );
    await password.fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await saveScreenshot(page, 'signup-desktop');
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'signup-phone');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(
      (url) => url.pathname === '/confirm-signup' && url.searchParams.get('email') === email,
    );
  });

  await test.step('the emailed code confirms the account and signs the person in', async () => {
    await expect(page.getByText(`We sent a 6-digit code to ${email}`)).toBeVisible();
    await saveScreenshot(page, 'confirm-signup-desktop');
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'confirm-signup-phone');
    await page.setViewportSize(DESKTOP);
    await page.getByLabel('Verification code').fill(await confirmationCode(stack, email));
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await expect(page).toHaveURL('/dashboard');
    await expect(page.getByTestId('current-user')).toContainText(email);
    await expect(page.getByRole('heading', { name: 'Welcome to SpendWise' })).toBeVisible();
  });

  await test.step('adding an expense updates the totals and the charts', async () => {
    await page.getByRole('button', { name: 'Add your first expense' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add expense' });
    await dialog.getByLabel('Amount (USD)').fill('12.50');
    await dialog.getByLabel('Description').fill('Farmers market');
    await dialog.getByLabel('Category').selectOption({ label: 'Groceries' });
    await dialog.getByRole('button', { name: 'Add expense' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Expense added.' })).toBeVisible();
    await expect(page.getByTestId('month-total')).toHaveText('$12.50');
    await expect(page.getByTestId('category-total').filter({ hasText: 'Groceries' })).toContainText('$12.50');
    await expect(page.getByRole('list', { name: 'Recent expenses' })).toContainText('Farmers market');
    await expect(page.getByRole('img', { name: /largest is Groceries at \$12\.50/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Daily spending .* with \$12\.50/ })).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await saveScreenshot(page, 'dashboard-desktop');
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'dashboard-phone');
    await page.setViewportSize(DESKTOP);
  });

  await test.step('a reload keeps the session and the data', async () => {
    await page.reload();
    await expect(page).toHaveURL('/dashboard');
    await expect(page.getByTestId('month-total')).toHaveText('$12.50');
  });

  await test.step('editing the expense changes the totals', async () => {
    await page.getByRole('button', { name: 'Edit Farmers market' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit expense' });
    await expect(dialog.getByLabel('Amount (USD)')).toHaveValue('12.50');
    await dialog.getByLabel('Amount (USD)').fill('20');
    await dialog.getByLabel('Description').fill('Farmers market and bakery');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('month-total')).toHaveText('$20.00');
    await expect(page.getByRole('list', { name: 'Recent expenses' })).toContainText(
      'Farmers market and bakery',
    );
  });

  await test.step('deleting the expense empties the dashboard again', async () => {
    await page.getByRole('button', { name: 'Delete Farmers market and bakery' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete expense?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Welcome to SpendWise' })).toBeVisible();
  });

  await test.step('after signing out, the dashboard sends the person to sign in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/signin');
    await page.goto('/dashboard');
    await expect(page).toHaveURL('/signin?next=%2Fdashboard');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});
