/**
 * No connection (issue 21), on a phone: an expense saved offline is kept on the device, the state is on screen, and
 * it is saved once the connection is back; a save whose answer was lost on the way is sent again with its
 * Idempotency-Key and stored once. And a cold start: the app opened (here: reloaded) with no connection at all
 * comes from the service worker and shows the last dashboard kept on the device. Against the real API.
 */
import { expectNoSeriousViolations } from './axe';
import type { BrowserContext, Page } from '@playwright/test';
import {
  addExpenseInDialog,
  expect,
  KEPT_DASHBOARD_KEY,
  PHONE,
  recordExpenses,
  saveScreenshot,
  signIn,
  test,
} from './fixtures';

test.use({ viewport: PHONE });

test('expenses added without a connection are saved once it is back, each exactly once', async ({
  page,
  context,
  account,
}) => {
  await signIn(page, account, '/signin?next=%2Fexpenses');
  const rows = page.getByTestId('expense-row');
  await expect(page.getByText('No expenses yet. Add your first one.')).toBeVisible();

  // The API stores the expense but its answer never arrives (a connection cut mid-response).
  let cutNext = true;
  await page.route('**/expenses', async (route) => {
    if (route.request().method() !== 'POST' || !cutNext) return route.continue();
    cutNext = false;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await addExpenseInDialog(page, '2.50', 'Answer lost');
  await expect(page.getByText('No connection: the expense is kept on this device')).toBeVisible();
  // Sent again at once with the same key: the API answers with the expense it already has.
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('offline-status')).toBeHidden();

  await context.setOffline(true);
  const status = page.getByTestId('offline-status');
  await expect(status).toContainText('You are offline.');
  await addExpenseInDialog(page, '2.50', 'Bus home');
  await expect(status).toContainText('(1 expense waiting)');
  // In the list too, said in words, until it is sent; not among the saved rows yet.
  const waiting = page.getByRole('region', { name: 'Waiting to be saved' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting.getByRole('listitem')).toContainText('Bus home');
  await expect(waiting.getByRole('listitem')).toContainText('Waiting to be saved');
  await expect(rows).toHaveCount(1);
  await saveScreenshot(page, 'offline-waiting-phone');

  await context.setOffline(false);
  await expect(status).toBeHidden();
  await expect(waiting).toBeHidden();
  await expect(rows).toHaveCount(2);
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('list-summary')).toHaveText('Showing 2 of 2 expenses · total $5.00.');
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('opened without a connection, the app shows the kept dashboard read-only and saves a new expense once back', async ({
    page,
    context,
    account,
    stack,
  }) => {
    const today = new Date().toISOString().slice(0, 10);
    await recordExpenses(stack, account, [{ amountMinor: 12_50, occurredOn: today, description: 'Lunch' }]);
    await signIn(page, account, '/signin?next=%2Fdashboard');
    const rows = page.getByTestId('expense-row');
    await expect(rows.filter({ hasText: 'Lunch' })).toHaveCount(1);
    // Online, the page left what a cold start needs: the worker in control, the shells cached (the last step, after
    // the scripts: public/sw.js), the dashboard kept.
    await expect
      .poll(() =>
        page.evaluate(async (keptKey) => {
          const shell = await (await caches.open('spendwise-pages-v1')).match('/expenses');
          const kept = localStorage.getItem(keptKey);
          return navigator.serviceWorker.controller !== null && shell !== undefined && kept !== null;
        }, KEPT_DASHBOARD_KEY),
      )
      .toBe(true);

    await goOffline(page, context);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect(page.getByTestId('kept-dashboard-notice')).toContainText(
      'Offline — showing your dashboard as of',
    );
    await expect(rows.filter({ hasText: 'Lunch' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Edit Lunch' })).toBeDisabled();
    await expect(page.getByRole('button', { name: /^Previous month/ })).toBeDisabled();
    await expectNoSeriousViolations(page, 'the kept dashboard, offline');
    await saveScreenshot(page, 'offline-kept-dashboard-phone');

    await addExpenseInDialog(page, '3.20', 'Coffee on the train');
    const status = page.getByTestId('offline-status');
    await expect(status).toContainText('(1 expense waiting)');

    await comeBackOnline(page, context);
    await expect(status).toBeHidden();
    await expect(page.getByTestId('kept-dashboard-notice')).toBeHidden();
    await expect(rows.filter({ hasText: 'Coffee on the train' })).toHaveCount(1);
    await page.reload();
    await expect(rows.filter({ hasText: 'Coffee on the train' })).toHaveCount(1);
    await expect(rows).toHaveCount(2);
  });
});

const DEVICE_OFFLINE = 'e2e:device-offline';

/**
 * Cuts the network and makes the tab report it as an offline device does, reloads included. Chromium 150
 * (150.0.7871.100, Debian) keeps `navigator.onLine` true in a document loaded after Playwright's `setOffline(true)`
 * (measured: true before and after calling it again), although every request fails; a device without a connection
 * starts its pages with `navigator.onLine` false, which is what the cold start here is about. The tab's own flag, in
 * sessionStorage, survives the reload; `onLine` reads it on every document (an init script).
 */
async function goOffline(page: Page, context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    const browsers = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!.get!;
    Object.defineProperty(Navigator.prototype, 'onLine', {
      configurable: true,
      get(this: Navigator) {
        return sessionStorage.getItem(key) === '1' ? false : (browsers.call(this) as boolean);
      },
    });
  }, DEVICE_OFFLINE);
  await context.setOffline(true);
  await page.evaluate((key) => sessionStorage.setItem(key, '1'), DEVICE_OFFLINE);
}

/** The connection back, and the `online` event a device fires with it. */
async function comeBackOnline(page: Page, context: BrowserContext): Promise<void> {
  await context.setOffline(false);
  await page.evaluate((key) => {
    sessionStorage.removeItem(key);
    window.dispatchEvent(new Event('online'));
  }, DEVICE_OFFLINE);
}
