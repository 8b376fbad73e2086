/** Settings → Security: change the password while signed in; sign out everywhere (Cognito GlobalSignOut). */
import type { BrowserContext } from '@playwright/test';
import { PASSWORD, expect, signIn, test } from './fixtures';

test('change password: the wrong current one is refused on its field, the new one signs in, the old one not', async ({
  page,
  account,
}) => {
  const newPassword = `${PASSWORD}-changed`;
  await signIn(page, account);
  await expect(page).toHaveURL('/dashboard');
  await page.goto('/settings');
  const form = page.getByRole('form', { name: 'Change password' });
  await expect(form).toHaveAttribute('method', 'post');

  await form.getByLabel('Current password').fill('Not-my-password-1');
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Confirm new password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('That is not your current password.')).toBeVisible();

  await form.getByLabel('Current password').fill(account.password);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed.')).toBeVisible();
  await expect(form.getByLabel('Current password')).toHaveValue('');

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, account);
  await expect(page.getByText('Incorrect email or password.')).toBeVisible();
  await signIn(page, { ...account, password: newPassword });
  await expect(page).toHaveURL('/dashboard');
});

/** Makes Amplify in this browser see its access token as expired, so the next page load must refresh it. */
async function expireAccessToken(context: BrowserContext): Promise<void> {
  const drift = (await context.cookies()).find((cookie) => cookie.name.endsWith('.clockDrift'));
  expect(drift).toBeDefined();
  await context.addCookies([{ ...drift!, value: String(2 * 60 * 60 * 1000) }]);
}

test('sign out everywhere ends the session in this browser and in another one', async ({
  page,
  browser,
  account,
}) => {
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await signIn(otherPage, account);
    await expect(otherPage).toHaveURL('/dashboard');

    await signIn(page, account);
    await expect(page).toHaveURL('/dashboard');
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/signin\?next=%2Fdashboard/);

    // The other browser still holds its cookies; at its next refresh Cognito refuses the revoked refresh token.
    await expireAccessToken(other);
    await otherPage.goto('/expenses');
    await expect(otherPage).toHaveURL(/\/signin\?next=%2Fexpenses/);
  } finally {
    await other.close();
  }
});
