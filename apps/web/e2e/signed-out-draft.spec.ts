/**
 * Signed out in another tab mid-form (issue 21): the half-typed expense is not thrown away. Saving sends the
 * person to sign in; after signing in again in the same tab, the form reopens with what they typed, and saves it
 * once. Against the real API and Cognito emulator.
 */
import { expect, signIn, test } from './fixtures';

test('a half-typed expense survives a sign-out in another tab', async ({ page, context, account }) => {
  await signIn(page, account, '/signin?next=%2Fexpenses');
  await page.getByRole('button', { name: 'Add expense' }).click();
  const form = page.getByRole('dialog', { name: 'Add expense' });
  await form.getByLabel('Amount (USD)').fill('18.75');
  await form.getByLabel('Description').fill('Typed before the sign-out');
  await form.getByLabel('Merchant (optional)').fill('Deli');

  // Another tab of the same browser signs out.
  const other = await context.newPage();
  await other.goto('/dashboard');
  await other.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(other).toHaveURL(/\/signin/);
  await other.close();

  await form.getByRole('button', { name: 'Add expense' }).click();
  await expect(page).toHaveURL(/\/signin\?next=%2Fexpenses/);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const restored = page.getByRole('dialog', { name: 'Add expense' });
  await expect(restored).toContainText('Restored the expense you were typing in this tab.');
  await expect(restored.getByLabel('Amount (USD)')).toHaveValue('18.75');
  await expect(restored.getByLabel('Merchant (optional)')).toHaveValue('Deli');
  await restored.getByRole('button', { name: 'Add expense' }).click();
  await expect(restored).toBeHidden();
  await expect(page.getByTestId('expense-row')).toHaveCount(1);
  await expect(page.getByTestId('expense-row')).toContainText('Typed before the sign-out');
  // Saved: nothing is restored on the next visit.
  await page.reload();
  await expect(page.getByTestId('expense-row')).toHaveCount(1);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
