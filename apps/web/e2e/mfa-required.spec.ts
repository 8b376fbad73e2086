/**
 * Required two-step verification end to end, in Chromium against the local stack: the emulator's pool is switched
 * to MFA ON (Cognito's SetUserPoolMfaConfig) and put back to OPTIONAL afterwards, also on failure, so other specs
 * see the production setting. A new person signs up; signing in asks them to set up an authenticator app (Cognito's
 * MFA_SETUP, Amplify's CONTINUE_SIGN_IN_WITH_TOTP_SETUP) with a QR code and key; a wrong code is refused, the right
 * one reaches the dashboard. Settings refuses to turn it off, saying why. Signing in again asks for a code.
 * Every request is recorded: no password, code or key may appear in any URL.
 */
import { expectNoSeriousViolations } from './axe';
import {
  PASSWORD,
  authenticatorApp,
  confirmationCode,
  expect,
  expectNoSecretIn,
  recordUrls,
  setPoolMfa,
  signIn,
  submitSignUp,
  test,
  uniqueEmail,
} from './fixtures';

test('MFA required: set up an app at first sign-in (a wrong code refused), cannot turn it off, asked for a code next time', async ({
  page,
  context,
  stack,
}) => {
  test.setTimeout(180_000);
  const urls = recordUrls(context);
  const typed: string[] = [PASSWORD];
  const email = uniqueEmail('mfa-required');

  await setPoolMfa(stack, 'ON');
  try {
    await submitSignUp(page, email);
    await expect(page).toHaveURL(/\/confirm-signup\?email=/);
    await page.getByLabel('Verification code').fill(await confirmationCode(stack, email));
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    // No tokens before an app is set up, so the confirmation cannot sign in by itself: the person signs in.
    await expect(page).toHaveURL(/\/signin/);

    await signIn(page, { email, password: PASSWORD });
    await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    const qr = page.getByRole('img', { name: 'QR code to add SpendWise to your authenticator app' });
    await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/);
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{52}$/);
    typed.push(secret);
    await expect(page.locator('form')).toHaveAttribute('method', 'post');
    await expectNoSeriousViolations(page, 'sign-in, setting up an authenticator app');
    const app = authenticatorApp(secret);

    const wrongAtSetUp = app.wrongCode();
    typed.push(wrongAtSetUp);
    await page.getByLabel('Authentication code').fill(wrongAtSetUp);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(
      page.getByText('That code is not right. Enter the 6-digit code your authenticator app shows now.'),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    const setUpCode = app.freshCode();
    typed.push(setUpCode);
    await page.getByLabel('Authentication code').fill(setUpCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL('/dashboard');

    // Settings: on, and turning it off is refused after the (right) password, with the reason.
    await page.goto('/settings');
    await expect(page.getByText('On. Signing in asks for a code')).toBeVisible();
    await page.getByRole('button', { name: 'Turn off two-step verification' }).click();
    const turnOff = page.getByRole('form', { name: 'Turn off two-step verification' });
    await turnOff.getByLabel('Password').fill(PASSWORD);
    await turnOff.getByRole('button', { name: 'Turn off' }).click();
    await expect(
      page.getByText('Two-step verification is required for SpendWise accounts, so it cannot be turned off.'),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/signin/);
    await signIn(page, { email, password: PASSWORD });
    await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
    await expect(page.getByTestId('totp-secret')).toHaveCount(0);
    const signInCode = app.freshCode();
    typed.push(signInCode);
    await page.getByLabel('Authentication code').fill(signInCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL('/dashboard');
  } finally {
    await setPoolMfa(stack, 'OPTIONAL');
  }

  expectNoSecretIn(urls, typed);
});
