/**
 * Online, but SpendWise cannot be reached: captive Wi-Fi, a tunnel, in-flight Wi-Fi not paid for. The device says
 * it is online (`navigator.onLine` true) while every request to the API fails without an answer. A cold start of
 * the dashboard then shows the copy kept on this device, read-only, and says SpendWise cannot be reached (not
 * "offline"); an expense added meanwhile waits on the device; and once the API answers again the page comes back
 * live by itself, without a reload, and sends the expense. Against the real API; only the browser's requests to
 * its origin are cut.
 */
import type { Page } from '@playwright/test';
import {
  addExpenseInDialog,
  expect,
  PHONE,
  recordExpenses,
  saveScreenshot,
  signIn,
  test,
  untilDashboardKept,
} from './fixtures';

test.use({ viewport: PHONE });

test('online but without the API, the kept dashboard is shown read-only, and the page comes back live by itself', async ({
  page,
  account,
  stack,
}) => {
  const today = new Date().toISOString().slice(0, 10);
  await recordExpenses(stack, account, [{ amountMinor: 12_50, occurredOn: today, description: 'Lunch' }]);
  await signIn(page, account, '/signin?next=%2Fdashboard');
  const rows = page.getByTestId('expense-row');
  await expect(rows.filter({ hasText: 'Lunch' })).toHaveCount(1);
  await untilDashboardKept(page);

  const apiOrigin = new URL(stack.urls.api).origin;
  const cutApi = await cutOff(page, apiOrigin);
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  const notice = page.getByTestId('kept-dashboard-notice');
  await expect(notice).toContainText('SpendWise can’t be reached right now — showing your dashboard as of');
  await expect(notice).not.toContainText('Offline');
  await expect(page.getByText('Couldn’t load your dashboard')).toBeHidden();
  await expect(page.getByTestId('month-total')).toHaveText('$12.50');
  await expect(page.getByRole('button', { name: 'Edit Lunch' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Previous month/ })).toBeDisabled();
  expect(cutApi.count).toBeGreaterThan(0);
  await saveScreenshot(page, 'api-unreachable-kept-dashboard-phone');

  await addExpenseInDialog(page, '3.20', 'Coffee on the train');
  const status = page.getByTestId('offline-status');
  await expect(status).toContainText('SpendWise can’t be reached right now, although this device is online.');
  await expect(status).toContainText('(1 expense waiting)');
  await expect(rows.filter({ hasText: 'Coffee on the train' })).toHaveCount(0);

  // Meanwhile, recorded elsewhere (another device): only the live dashboard can show it.
  await recordExpenses(stack, account, [{ amountMinor: 20_00, occurredOn: today, description: 'Dinner' }]);

  // The API answers again. The person comes back to the tab (rather than waiting for the probe's next turn).
  await page.unroute(cutApi.matches);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(notice).toBeHidden();
  await expect(status).toBeHidden();
  await expect(rows.filter({ hasText: 'Coffee on the train' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Dinner' })).toHaveCount(1);
  await expect(page.getByTestId('month-total')).toHaveText('$35.70');
  await expect(page.getByRole('button', { name: 'Edit Lunch' })).toBeEnabled();

  await page.reload();
  await expect(page.getByTestId('month-total')).toHaveText('$35.70');
  await expect(rows.filter({ hasText: 'Coffee on the train' })).toHaveCount(1);
});

/**
 * Every request the page makes to the API's origin fails as with no route to it (and nothing else: the page's
 * own server and Cognito still answer). Returns the matcher for unroute, and how many were cut.
 */
async function cutOff(page: Page, origin: string) {
  const cut = { count: 0, matches: (url: URL) => url.origin === origin };
  await page.route(cut.matches, async (route) => {
    cut.count += 1;
    await route.abort('internetdisconnected');
  });
  return cut;
}
