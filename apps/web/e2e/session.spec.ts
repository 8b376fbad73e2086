/** Sessions: protected pages, coming back after sign-in, silent token refresh, password reset. */
import { LOCAL_STACK_ENV } from '../src/lib/env';
import {
  confirmationCode,
  expect,
  PASSWORD,
  passwordResetCode,
  signIn,
  submitSignUp,
  test,
  uniqueEmail,
} from './fixtures';

test('a protected page sends a signed-out person to sign in, then back where they were going', async ({
  page,
  account,
}) => {
  await page.goto('/expenses?q=coffee');
  await expect(page).toHaveURL('/signin?next=%2Fexpenses%3Fq%3Dcoffee');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/expenses?q=coffee');
  await expect(page.getByLabel('Search')).toHaveValue('coffee');
});

test('a signed-in person skips the sign-in and sign-up pages', async ({ page, account }) => {
  await signIn(page, account);
  await expect(page).toHaveURL('/dashboard');
  await page.goto('/signin');
  await expect(page).toHaveURL('/dashboard');
  await page.goto('/signup');
  await expect(page).toHaveURL('/dashboard');
});

test('an expired access token is refreshed silently on the next page load', async ({
  page,
  context,
  account,
}) => {
  await signIn(page, account);
  await expect(page.getByTestId('current-user')).toContainText(account.email);

  const prefix = `CognitoIdentityServiceProvider.${LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_CLIENT_ID}.`;
  const accessTokenCookie = async () =>
    (await context.cookies()).find(
      (cookie) => cookie.name.startsWith(prefix) && cookie.name.endsWith('.accessToken'),
    );
  const before = await accessTokenCookie();
  expect(before).toBeDefined();
  // Amplify judges expiry by its stored clock drift: two hours of drift make the token look expired.
  const driftCookie = (await context.cookies()).find((cookie) => cookie.name.endsWith('.clockDrift'));
  expect(driftCookie).toBeDefined();
  await context.addCookies([{ ...driftCookie!, value: String(2 * 60 * 60 * 1000) }]);

  await page.reload();
  await expect(page).toHaveURL('/dashboard');
  await expect(page.getByRole('heading', { name: 'Welcome to SpendWise' })).toBeVisible();
  await expect.poll(async () => (await accessTokenCookie())?.value).not.toBe(before!.value);
});

test('Cognito throttling or failing the token refresh signs nobody out', async ({
  page,
  context,
  account,
  stack,
}) => {
  await signIn(page, account);
  await expect(page.getByTestId('current-user')).toContainText(account.email);
  const refreshCookie = async () =>
    (await context.cookies()).find((cookie) => cookie.name.endsWith('.refreshToken'))?.value;
  const refreshToken = await refreshCookie();
  expect(refreshToken).toBeDefined();
  // The access token looks expired (as in the refresh test above), so both the server's session check and the
  // page's API calls must refresh it — and Cognito refuses to answer.
  const driftCookie = (await context.cookies()).find((cookie) => cookie.name.endsWith('.clockDrift'));
  await context.addCookies([{ ...driftCookie!, value: String(2 * 60 * 60 * 1000) }]);
  const refreshes = ['GetTokensFromRefreshToken', 'InitiateAuth'];
  for (const kind of ['throttle', 'internal'] as const) {
    const before = stack.cognito.faultedCalls;
    stack.cognito.injectFault(kind, refreshes);
    try {
      await page.goto('/expenses');
      await expect(page, `${kind}: still on the page, not sent to sign in`).toHaveURL('/expenses');
      await expect
        .poll(() => stack.cognito.faultedCalls, `${kind}: the refresh reached Cognito`)
        .toBeGreaterThan(before);
      expect(await refreshCookie(), `${kind}: the session is kept`).toBe(refreshToken);
    } finally {
      stack.cognito.clearFaults();
    }
  }
  // Cognito answers again: the same session carries on, refreshed.
  await page.goto('/dashboard');
  await expect(page).toHaveURL('/dashboard');
  await expect(page.getByTestId('current-user')).toContainText(account.email);
});

test('forgot password → code → new password → sign in with it', async ({ page, account, stack }) => {
  const newPassword = `${PASSWORD}-new`;
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL('/forgot-password');
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Send reset code' }).click();
  await expect(page).toHaveURL(`/reset-password?email=${encodeURIComponent(account.email)}`);
  await page.getByLabel('Reset code').fill(await passwordResetCode(stack, account.email));
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1/);
  await expect(page.getByRole('status')).toContainText('Your password has been changed');
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/dashboard');
});

test('confirming after a reload (no password in memory) asks the person to sign in', async ({
  page,
  stack,
}) => {
  const email = uniqueEmail('reload');
  await submitSignUp(page, email);
  await expect(page).toHaveURL(/\/confirm-signup\?email=/);
  await page.reload();
  await page.getByLabel('Verification code').fill(await confirmationCode(stack, email));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page).toHaveURL(`/signin?confirmed=1&email=${encodeURIComponent(email)}`);
  await expect(page.getByRole('status')).toContainText('Your email is confirmed');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/dashboard');
});

test('the session cookies end with the refresh token, after sign-in and after a refresh on the server', async ({
  page,
  context,
  account,
}) => {
  // The local stack builds with the default NEXT_PUBLIC_SESSION_DAYS, the emulator's refresh token validity.
  const sessionDays = 30;
  const prefix = `CognitoIdentityServiceProvider.${LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_CLIENT_ID}.`;
  const tokenCookies = async () =>
    (await context.cookies()).filter((cookie) => cookie.name.startsWith(prefix));
  const expectSessionLifetime = async () => {
    const now = Date.now() / 1000;
    const cookies = await tokenCookies();
    expect(cookies.map((cookie) => cookie.name.slice(cookie.name.lastIndexOf('.') + 1)).sort()).toEqual(
      expect.arrayContaining(['accessToken', 'idToken', 'refreshToken']),
    );
    for (const cookie of cookies) {
      // Amplify's default would be 365 days; a session cookie (expires -1) would not survive a browser restart.
      const days = (cookie.expires - now) / 86_400;
      expect(days, `${cookie.name} lifetime in days`).toBeGreaterThan(sessionDays - 1);
      expect(days, `${cookie.name} lifetime in days`).toBeLessThanOrEqual(sessionDays);
      expect(cookie.sameSite, cookie.name).toBe('Lax');
    }
  };

  await signIn(page, account);
  await expect(page.getByTestId('current-user')).toContainText(account.email);
  await expectSessionLifetime();

  // Two hours of clock drift make the access token look expired: the server-side proxy refreshes it and writes
  // the cookies itself (the Next.js adapter's options, not the browser's).
  const accessToken = (await tokenCookies()).find((cookie) => cookie.name.endsWith('.accessToken'))!;
  const driftCookie = (await context.cookies()).find((cookie) => cookie.name.endsWith('.clockDrift'))!;
  await context.addCookies([{ ...driftCookie, value: String(2 * 60 * 60 * 1000) }]);
  await page.reload();
  await expect(page).toHaveURL('/dashboard');
  await expect
    .poll(async () => (await tokenCookies()).find((cookie) => cookie.name.endsWith('.accessToken'))?.value)
    .not.toBe(accessToken.value);
  await expectSessionLifetime();
});
