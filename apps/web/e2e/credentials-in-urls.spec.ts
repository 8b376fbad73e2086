/**
 * No credential ever travels in a URL (where server logs, proxies and the browser history keep it). Every
 * request the browser makes is recorded — page loads, scripts, calls to Cognito and the API — through each
 * account journey, and no URL may hold a password or an emailed code:
 *
 * - with the page's JavaScript running normally (sign-up → confirm → sign-out → sign-in → forgot → reset → sign-in);
 * - with the page's JavaScript held back (slow network, or a dev server refusing its own scripts): typing, Enter
 *   and a click on the submit button must send nothing at all, and the page must work once the scripts arrive;
 * - with JavaScript off altogether.
 *
 * Before CredentialForm, a submit before hydration sent `GET /signin?email=…&password=…`.
 */
import type { Page, Route } from '@playwright/test';
import {
  confirmationCode,
  expect,
  expectNoSecretIn,
  PASSWORD,
  passwordResetCode,
  recordUrls,
  submitSignUp,
  test,
  uniqueEmail,
} from './fixtures';

const AUTH_PAGES = [
  { path: '/signup', submit: 'Create account' },
  { path: '/signin', submit: 'Sign in' },
  { path: '/confirm-signup?email=held%40example.com', submit: 'Confirm and continue' },
  { path: '/forgot-password', submit: 'Send reset code' },
  { path: '/reset-password?email=held%40example.com', submit: 'Set new password' },
];
// Shaped like real credentials (a password that meets the policy, a 6-digit code), to be typed into every field.
const HELD_PASSWORD = 'Held-back-Secret-7';
const HELD_CODE = '864209';

/** Types a credential into every visible field of the page's form, then tries every way to submit it. */
async function tryToSubmit(page: Page, submit: string): Promise<void> {
  const form = page.locator('form');
  await expect(form).toHaveAttribute('method', 'post');
  for (const input of await form.locator('input:not([type=hidden])').all()) {
    const type = await input.getAttribute('type');
    const mode = await input.getAttribute('inputmode');
    await input.fill(type === 'email' ? 'held@example.com' : mode === 'numeric' ? HELD_CODE : HELD_PASSWORD);
  }
  const button = page.getByRole('button', { name: submit });
  await expect(button).toBeDisabled();
  await form.locator('input:not([type=hidden])').last().press('Enter');
  await button.click({ force: true });
  // A native submit would navigate: give it the time a same-origin round trip takes here, then check none did.
  await page.waitForTimeout(300);
}

test('every account journey, scripts running: no password or code in any URL', async ({
  page,
  context,
  stack,
}) => {
  const urls = recordUrls(context);
  const email = uniqueEmail('urls');
  const newPassword = `${PASSWORD}-new`;

  await submitSignUp(page, email);
  await expect(page).toHaveURL(/\/confirm-signup\?email=/);
  const code = await confirmationCode(stack, email);
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page).toHaveURL('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // The sign-in page has an Email field too: fill only once the reset page has replaced it (a fill that lands on
  // the outgoing page leaves the reset form empty — seen under load).
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset code' }).click();
  await expect(page).toHaveURL(/\/reset-password\?email=/);
  const resetCode = await passwordResetCode(stack, email);
  await page.getByLabel('Reset code').fill(resetCode);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/dashboard');

  expectNoSecretIn(urls, [PASSWORD, newPassword, code, resetCode]);
  console.log(`[figures] ${test.info().title}: ${urls.length} requests, none with a credential`);
});

test('scripts held back: typing, Enter and a click send nothing, and the form works once they arrive', async ({
  page,
  context,
}) => {
  const urls = recordUrls(context);
  let held: Route[] = [];
  let holding = true;
  // The scripts only: stylesheets live in the same folder, and holding them would hold the whole page.
  await context.route('**/_next/static/chunks/**/*.js', (route) =>
    holding ? void held.push(route) : route.continue(),
  );
  for (const { path, submit } of AUTH_PAGES) {
    holding = true;
    // Not 'domcontentloaded': the held scripts delay it. The server-rendered form is there as soon as it is parsed.
    await page.goto(path, { waitUntil: 'commit' });
    await page.locator('form').waitFor();
    await tryToSubmit(page, submit);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);

    holding = false;
    await Promise.all(held.map((route) => route.continue()));
    held = [];
    await expect(page.getByRole('button', { name: submit })).toBeEnabled();
  }
  expectNoSecretIn(urls, [HELD_PASSWORD, HELD_CODE]);
  // Every page load sent its document request and nothing else: no native submission (GET or POST) happened.
  const documents = urls.filter((url) => AUTH_PAGES.some(({ path }) => url.endsWith(path)));
  expect(documents).toHaveLength(AUTH_PAGES.length);
});

test('JavaScript off: no auth form can be submitted at all', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const urls = recordUrls(context);
    const page = await context.newPage();
    const methods: string[] = [];
    page.on('request', (request) => methods.push(`${request.method()} ${request.url()}`));
    for (const { path, submit } of AUTH_PAGES) {
      await page.goto(path);
      await tryToSubmit(page, submit);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
    }
    expectNoSecretIn(urls, [HELD_PASSWORD, HELD_CODE]);
    expect(methods.filter((line) => !line.startsWith('GET '))).toEqual([]);
  } finally {
    await context.close();
  }
});
