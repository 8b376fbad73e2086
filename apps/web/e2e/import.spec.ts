/**
 * Import: upload a bank CSV whose dates cannot decide their order → choose it → preview → choose a row's category →
 * import → the rule learned from it is on the Rules page, edited there → the expenses are there → undo → they are
 * gone, against the real API and database.
 */
import { expectNoSeriousViolations } from './axe';
import { expect, signIn, test } from './fixtures';

// 03/04 and 05/06 read either way: the page must ask. The two coffees on one day both stay.
const STATEMENT =
  'Date,Description,Amount\n' +
  '03/04/2026,Corner Coffee,-3.50\n' +
  '03/04/2026,Corner Coffee,-3.50\n' +
  '05/06/2026,Salary,2500.00\n' +
  '05/06/2026,Hardware store,-64.20\n';

test('upload → choose the date order → preview → import → undo', async ({ page, account }) => {
  await signIn(page, account);
  await expect(page).toHaveURL('/dashboard');
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();

  await page.getByLabel(/^File/).setInputFiles({
    name: 'statement.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(STATEMENT),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('group', { name: 'How are the dates written?' })).toContainText('day/month');
  await page.getByLabel('Day first (31/12/2026)').check();
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('table');
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview.getByRole('row', { name: /Salary/ })).toContainText(
    'Money in (skipped; tick to store as a refund)',
  );
  await expect(preview.getByRole('row', { name: /Hardware store/ })).toContainText('2026-06-05');
  // A category chosen for a row is learned as a rule for its merchant.
  await preview.getByLabel('Category of line 5').selectOption({ label: 'Shopping' });
  await expectNoSeriousViolations(page, 'the import preview');
  // The commit's request is held until the page has shown its progress bar, so the bar can be seen at all.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const isCommit = (url: URL) => url.pathname === '/imports';
  await page.route(isCommit, async (route) => {
    if (route.request().method() === 'POST') await released;
    await route.fallback();
  });
  await page.getByRole('button', { name: 'Import 3 expenses' }).click();
  await expect(
    page.getByRole('progressbar', { name: /^(Uploading statement\.csv — \d+ %|Importing 3 rows…)$/ }),
  ).toBeVisible();
  release();
  await expect(page.getByRole('status')).toHaveText(
    'Imported 3 expenses from “statement.csv” (1 rows skipped).',
  );
  await page.unroute(isCommit);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'statement.csv' })).toContainText(
    '3 of 3 expenses',
  );

  await page.getByRole('link', { name: 'categorisation rules' }).click();
  const learned = page.getByRole('row', { name: /hardware store/ });
  await expect(learned).toContainText('Shopping');
  await expect(learned).toContainText('Learned from an import');
  await page.getByRole('button', { name: 'Edit the rule for hardware store' }).click();
  const editing = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Save rule' }) });
  await editing.getByLabel('Category', { exact: true }).selectOption({ label: 'Housing' });
  await editing.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved the rule for “hardware store”.');
  await expect(learned).toContainText('Housing');
  await expect(learned).toContainText('Written by you');
  await expectNoSeriousViolations(page, 'the rules page');

  await page.getByRole('link', { name: 'Expenses' }).click();
  // The rules page also says "hardware store": wait for the expenses before looking for it.
  await expect(page).toHaveURL('/expenses');
  await expect(page.getByText('Hardware store')).toBeVisible();
  await expect(page.getByText('Corner Coffee')).toHaveCount(2);

  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Undo import of statement.csv' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status')).toHaveText('Undid the import of “statement.csv”.');
  await expect(page.getByText('No imports yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Expenses' }).click();
  await expect(page.getByText('Hardware store')).toHaveCount(0);
});

// Revolut's export: no column the page knows as "the date" ("Started Date", "Completed Date").
const REVOLUT_NOVEMBER =
  'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n' +
  'CARD_PAYMENT,Current,2026-11-03 08:15:22,2026-11-04 10:02:11,Pret A Manger,-4.35,0.00,GBP,COMPLETED,1245.65\n' +
  'TOPUP,Current,2026-11-05 12:00:00,2026-11-05 12:00:01,Top-Up by *1234,500.00,0.00,GBP,COMPLETED,1745.65\n' +
  'CARD_PAYMENT,Current,2026-11-07 19:40:05,2026-11-08 09:12:44,Tesco,-23.80,0.00,GBP,COMPLETED,1721.85\n';
// Next month: the bank moved its columns around.
const REVOLUT_DECEMBER =
  'Completed Date,Description,Currency,Amount,Type\n' +
  '2026-12-02 10:00:00,Bookshop,GBP,-18.99,CARD_PAYMENT\n';

test('a bank the page cannot read by itself: choose its date column, save a preset, its next export just reads', async ({
  page,
  account,
}) => {
  await signIn(page, account);
  await expect(page).toHaveURL('/dashboard');
  await page.getByRole('link', { name: 'Import' }).click();
  const upload = async (name: string, text: string) => {
    await page.getByLabel(/^File/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Preview' }).click();
  };

  await upload('revolut-november.csv', REVOLUT_NOVEMBER);
  const columns = page.getByRole('group', { name: 'Columns' });
  await expect(columns).toContainText('Choose the date column: the file does not name it.');
  await expect(page.getByRole('table')).toHaveCount(0);
  await columns
    .getByRole('combobox', { name: 'Date', exact: true })
    .selectOption({ label: 'Completed Date' });
  const preview = page.getByRole('table');
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row', { name: /Tesco/ })).toContainText('2026-11-08');
  await expect(preview.getByRole('row', { name: /Top-Up/ })).toContainText(
    'Money in (skipped; tick to store as a refund)',
  );
  await expectNoSeriousViolations(page, 'the import columns');

  await columns.getByLabel('Save for this bank as').fill('Revolut');
  await columns.getByRole('button', { name: 'Save preset' }).click();
  await expect(columns.getByRole('status')).toContainText('Saved as “Revolut”');
  await expect(page.getByRole('region', { name: 'Your bank presets' })).toContainText('Revolut');
  await page.getByRole('button', { name: 'Import 2 expenses' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Imported 2 expenses from “revolut-november.csv” (1 rows skipped).',
  );

  await upload('revolut-december.csv', REVOLUT_DECEMBER);
  await expect(page.getByRole('group', { name: 'Columns' })).toContainText(
    'Read with your preset “Revolut”.',
  );
  await expect(page.getByRole('table').getByRole('row', { name: /Bookshop/ })).toContainText('2026-12-02');
  await page.getByRole('button', { name: 'Import 1 expenses' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Imported 1 expenses from “revolut-december.csv” (0 rows skipped).',
  );

  await page.getByRole('button', { name: 'Remove preset Revolut' }).click();
  await expect(page.getByRole('region', { name: 'Your bank presets' })).toHaveCount(0);
});
