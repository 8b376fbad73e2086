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
});
