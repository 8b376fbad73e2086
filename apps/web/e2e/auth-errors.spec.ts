/** What people see when sign-up, confirmation or sign-in goes wrong — each message next to its cause. */
import { confirmationCode, expect, PASSWORD, signIn, submitSignUp, test, uniqueEmail } from './fixtures';

test.describe('sign-up errors', () => {
  test('an email that already has an account', async ({ page, account }) => {
    await submitSignUp(page, account.email);
    await expect(page.getByLabel('Email')).toHaveAccessibleDescription(
      /An account with this email already exists/,
    );
    await expect(page).toHaveURL('/signup');
  });

  test('a weak password is refused with the rules it misses, and typed values stay', async ({ page }) => {
    const email = uniqueEmail('weak');
    await submitSignUp(page, email, { password: 'password' });
    await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(
      /Your password needs: an uppercase letter, a number/,
    );
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await expect(page).toHaveURL('/signup');
  });

  test('passwords that do not match', async ({ page }) => {
    await submitSignUp(page, uniqueEmail('mismatch'), { confirm: `${PASSWORD}x` });
    await expect(page.getByLabel('Confirm password')).toHaveAccessibleDescription(
      /The passwords do not match/,
    );
    await expect(page).toHaveURL('/signup');
  });
});

test('a wrong code is refused; a resent code works and lands on the dashboard', async ({ page, stack }) => {
  const email = uniqueEmail('code');
  await submitSignUp(page, email);
  await expect(page).toHaveURL(/\/confirm-signup\?email=/);
  const firstCode = await confirmationCode(stack, email);

  const wrongCode = firstCode === '000000' ? '111111' : '000000';
  await page.getByLabel('Verification code').fill(wrongCode);
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page.getByLabel('Verification code')).toHaveAccessibleDescription(/That code is not right/);

  await page.getByRole('button', { name: 'Resend code' }).click();
  await expect(page.getByRole('status').filter({ hasText: `We sent a new code to ${email}` })).toBeVisible();
  const newCode = await confirmationCode(stack, email, firstCode);
  await page.getByLabel('Verification code').fill(newCode);
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page).toHaveURL('/dashboard');
});

test('a wrong password is refused without saying which part was wrong', async ({ page, account }) => {
  await signIn(page, { ...account, password: `${account.password}-wrong` });
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Incorrect email or password.');
  await expect(page).toHaveURL('/signin');
  await expect(page.getByLabel('Email')).toHaveValue(account.email);
});
