/**
 * Every page passes axe (WCAG 2.x A/AA rules) with no serious or critical violation, in the light and the dark
 * theme, at desktop and phone width.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { PHONE, expect, signIn, test } from './fixtures';

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
}

const SIGNED_OUT_PAGES = [
  { path: '/signup', heading: 'Create your account' },
  { path: '/confirm-signup?email=someone%40example.com', heading: 'Check your email' },
  { path: '/signin', heading: 'Sign in' },
  { path: '/forgot-password', heading: 'Reset your password' },
  { path: '/reset-password?email=someone%40example.com', heading: 'Choose a new password' },
  { path: '/account-deleted', heading: 'Your account has been deleted' },
];

for (const { path, heading } of SIGNED_OUT_PAGES) {
  test(`signed-out page ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await expectNoSeriousViolations(page, `${path} (${theme})`);
    }
  });
}

test('installable: a manifest with icons that Chromium accepts, opening on the dashboard', async ({
  page,
  request,
}) => {
  await page.goto('/signin');
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(manifestUrl!)).json();
  expect(manifest).toMatchObject({ name: 'SpendWise', start_url: '/dashboard', display: 'standalone' });
  for (const icon of manifest.icons.filter((entry: { type: string }) => entry.type === 'image/png')) {
    const served = await request.get(icon.src);
    expect(served.headers()['content-type'], icon.src).toBe('image/png');
    const [width, height] = [(await served.body()).readUInt32BE(16), (await served.body()).readUInt32BE(20)];
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
  // Chromium's own verdict. Playwright's contexts are incognito, which Chromium reports and which is no property
  // of the app; every other error (no manifest, no usable icon, a bad start URL …) would be listed beside it.
  const cdp = await page.context().newCDPSession(page);
  const installabilityErrors = async () =>
    (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
      .map(({ errorId }) => errorId)
      .filter((errorId) => errorId !== 'in-incognito');
  expect(await installabilityErrors()).toEqual([]);
  // Control: the same page without its manifest is not installable, so the check above can fail.
  await page.route('**/manifest.webmanifest', (route) => route.fulfill({ status: 404 }));
  await page.reload();
  expect(await installabilityErrors()).not.toEqual([]);
});

test('inline form errors', async ({ page }) => {
  await page.goto('/signup');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, '/signup with errors');
});

test('signed-in pages, empty and with data', async ({ page, account }) => {
  // Eleven axe runs over full pages: generous on a busy two-core machine.
  test.setTimeout(150_000);
  await signIn(page, account);
  await expect(page.getByRole('heading', { name: 'Welcome to SpendWise' })).toBeVisible();
  await expectNoSeriousViolations(page, 'empty dashboard');

  await page.getByRole('button', { name: 'Add your first expense' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add expense' });
  await expectNoSeriousViolations(page, 'add-expense dialog');
  await dialog.getByLabel('Amount (USD)').fill('48.90');
  await dialog.getByLabel('Description').fill('Groceries for the week');
  await dialog.getByLabel('Category').selectOption({ label: 'Groceries' });
  await dialog.getByRole('button', { name: 'Add expense' }).click();
  await expect(page.getByTestId('month-total')).toHaveText('$48.90');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();

  const pages = [
    { path: '/dashboard', heading: 'Dashboard' },
    { path: '/expenses', heading: 'Expenses' },
    { path: '/budgets', heading: 'Budgets' },
    { path: '/categories', heading: 'Categories' },
    { path: '/settings', heading: 'Settings' },
  ];
  for (const { path, heading } of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.locator('[role="status"] .visually-hidden')).toHaveCount(0);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await expectNoSeriousViolations(page, `${path} (${theme})`);
    }
  }

  await page.setViewportSize(PHONE);
  await page.goto('/dashboard');
  await expect(page.getByTestId('month-total')).toBeVisible();
  await expectNoSeriousViolations(page, '/dashboard at 360 px');

  // The navigation is one row on a phone, nothing scrolls sideways, and "More" opens the rest.
  const nav = page.getByRole('navigation', { name: 'Main' });
  const barLinks = nav.getByRole('link');
  await expect(barLinks).toHaveCount(3);
  const rowHeight = (await barLinks.first().boundingBox())!.height;
  expect((await nav.boundingBox())!.height).toBeLessThan(rowHeight * 1.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const more = nav.getByRole('button', { name: 'More' });
  const [lastInBar, moreBox] = [await barLinks.last().boundingBox(), await more.boundingBox()];
  expect(lastInBar!.x + lastInBar!.width, 'the bar links end before "More"').toBeLessThanOrEqual(moreBox!.x);
  expect(moreBox!.x + moreBox!.width).toBeLessThanOrEqual(PHONE.width);
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousViolations(page, 'the More menu at 360 px');
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'More: Settings' })).toHaveAttribute('aria-expanded', 'false');
  await expect(barLinks).toHaveCount(3);
});
