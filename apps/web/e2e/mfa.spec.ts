/**
 * Two-step verification (TOTP) end to end, in Chromium against the local stack: sign up, set up an authenticator
 * app from Settings → Security (the test is the app: it reads the key off the page and computes RFC 6238 codes
 * with otplib, as a phone would), sign out, sign in → asked for a code → a wrong code is refused with a message →
 * the right one reaches the dashboard; then turn it off after the password, and sign in without a code.
 * Every request is recorded: no password, code or key may appear in any URL.
 */
import { expectNoSeriousViolations } from './axe';
import {
  PASSWORD,
  authenticatorApp,
  confirmationCode,
  expect,
  signIn,
  submitSignUp,
  test,
  uniqueEmail,
} from './fixtures';

test('TOTP: set up, asked for at sign-in (a wrong code refused), turned off after the password', async ({
  page,
  context,
  stack,
}) => {
  test.setTimeout(180_000);
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const typed: string[] = [PASSWORD];
  const email = uniqueEmail('mfa');

  await submitSignUp(page, email);
  await expect(page).toHaveURL(/\/confirm-signup\?email=/);
  await page.getByLabel('Verification code').fill(await confirmationCode(stack, email));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page).toHaveURL('/dashboard');

  // Set up: QR code and key on the page; the key feeds the "app".
  await page.goto('/settings');
  await expect(page.getByText('Off. Turn it on')).toBeVisible();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const qr = page.getByRole('img', { name: 'QR code to add SpendWise to your authenticator app' });
  await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/);
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{52}$/);
  await expectNoSeriousViolations(page, 'settings, setting up an authenticator app');
  typed.push(secret);
  const app = authenticatorApp(secret);

  const setUp = page.getByRole('form', { name: 'Confirm authenticator app' });
  await expect(setUp).toHaveAttribute('method', 'post');
  const wrongAtSetUp = app.wrongCode();
  typed.push(wrongAtSetUp);
  await setUp.getByLabel('Code from the app').fill(wrongAtSetUp);
  await setUp.getByRole('button', { name: 'Turn on' }).click();
  await expect(setUp.getByText('That code is not right.')).toBeVisible();
  const setUpCode = app.freshCode();
  typed.push(setUpCode);
  await setUp.getByLabel('Code from the app').fill(setUpCode);
  await setUp.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('Two-step verification is on.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);

  // Sign in: the password, then the code.
  await signIn(page, { email, password: PASSWORD });
  await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.locator('form')).toHaveAttribute('method', 'post');
  await expectNoSeriousViolations(page, 'sign-in, code step');
  const wrongAtSignIn = app.wrongCode();
  typed.push(wrongAtSignIn);
  await page.getByLabel('Authentication code').fill(wrongAtSignIn);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(
    page.getByText('That code is not right. Enter the 6-digit code your authenticator app shows now.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  const signInCode = app.freshCode();
  typed.push(signInCode);
  await page.getByLabel('Authentication code').fill(signInCode);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL('/dashboard');

  // Turn off: the password first (a wrong one is refused), then no code at sign-in.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Turn off two-step verification' }).click();
  const turnOff = page.getByRole('form', { name: 'Turn off two-step verification' });
  await expect(turnOff).toHaveAttribute('method', 'post');
  const wrongPassword = 'Not-my-password-1';
  typed.push(wrongPassword);
  await turnOff.getByLabel('Password').fill(wrongPassword);
  await turnOff.getByRole('button', { name: 'Turn off' }).click();
  await expect(turnOff.getByText('That is not your password.')).toBeVisible();
  await turnOff.getByLabel('Password').fill(PASSWORD);
  await turnOff.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByText('Two-step verification is off.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, { email, password: PASSWORD });
  await expect(page).toHaveURL('/dashboard');

  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) {
    for (const secretValue of typed) {
      expect(url, `a credential in ${url}`).not.toContain(secretValue);
      expect(url, `a credential in ${url}`).not.toContain(encodeURIComponent(secretValue));
    }
  }
});
