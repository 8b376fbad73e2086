/**
 * Bulk actions with undo (issue 21): select rows, move them to a category, undo; select all, delete, reload — the
 * undo is kept on the server, so the toast still offers it — and undo brings every row back. Then duplicate, "save
 * and add another" and the keyboard shortcuts. Against the real API.
 */
import { expectNoSeriousViolations } from './axe';
import { expect, PHONE, recordExpenses, saveScreenshot, signIn, test } from './fixtures';

test('select, move and undo; delete all, reload, and undo still brings them back', async ({
  page,
  stack,
  account,
}) => {
  const today = new Date().toISOString().slice(0, 10);
  await recordExpenses(
    stack,
    account,
    ['Taxi', 'Train', 'Coffee', 'Bagel'].map((description, index) => ({
      amountMinor: 500 + index,
      occurredOn: today,
      description,
    })),
  );
  await signIn(page, account, '/signin?next=%2Fexpenses');
  const rows = page.getByTestId('expense-row');
  await expect(rows).toHaveCount(4);

  await page.getByLabel('Select Taxi').check();
  await page.getByLabel('Select Train').check();
  const bar = page.getByRole('region', { name: 'Selected expenses' });
  await expect(bar).toContainText('2 selected');
  await bar.getByLabel('Category').selectOption({ label: 'Transport' });
  await bar.getByRole('button', { name: 'Move', exact: true }).click();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('Changed the category of 2 expenses.');
  await expect(rows.filter({ hasText: 'Taxi' })).toContainText('Transport');
  await expect(bar).toBeHidden();
  await expectNoSeriousViolations(page, '/expenses with the undo toast');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toContainText('Undone: 2 expenses back as they were.');
  await expect(rows.filter({ hasText: 'Taxi' })).toContainText('Uncategorised');

  await page.setViewportSize(PHONE);
  await page.getByLabel('Select all 4 shown').check();
  await expect(bar).toContainText('4 selected');
  await saveScreenshot(page, 'bulk-selection-phone');
  await bar.getByRole('button', { name: 'Delete 4' }).click();
  await expect(toast).toContainText('Deleted 4 expenses.');
  await expect(page.getByText('No expenses yet. Add your first one.')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('undo-toast')).toContainText('Deleted 4 expenses.');
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('undo-toast')).toContainText('Undone: 4 expenses back as they were.');
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('list-summary')).toHaveText('Showing 4 of 4 expenses · total $20.06.');

  await page.getByTestId('undo-toast').getByRole('button', { name: 'Dismiss' }).click();

  // Duplicate: the add form filled from Taxi, dated today.
  await page.getByRole('button', { name: 'Duplicate Taxi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate expense' });
  await expect(dialog.getByLabel('Description')).toHaveValue('Taxi');
  await expect(dialog.getByLabel('Amount (USD)')).toHaveValue('5.00');
  await dialog.getByRole('button', { name: 'Add expense' }).click();
  await expect(rows).toHaveCount(5);

  // Save and add another: the form stays, empties, and waits on the amount for the next one.
  await page.getByRole('button', { name: 'Add expense' }).click();
  const add = page.getByRole('dialog', { name: 'Add expense' });
  await add.getByLabel('Amount (USD)').fill('3.10');
  await add.getByLabel('Description').fill('Newspaper');
  await add.getByRole('button', { name: 'Save and add another' }).click();
  await expect(add.getByTestId('added-count')).toHaveText('1 added. The form is ready for the next one.');
  await expect(add.getByLabel('Amount (USD)')).toBeFocused();
  await page.keyboard.type('2.40');
  await add.getByLabel('Description').fill('Gum');
  // A slip of the year is asked about, with the date field ready to correct it.
  await add.getByLabel('Date').fill('2036-01-01');
  await add.getByLabel('Description').press('Enter');
  await expect(add.getByText('Is that the right date?')).toBeVisible();
  await expect(add.getByLabel('Date')).toBeFocused();
  await add.getByLabel('Date').fill(today);
  await add.getByLabel('Description').press('Enter');
  await expect(add).toBeHidden();
  // Saved from the keyboard: focus is back on the button that opened the form, not at the top of the page.
  await expect(page.getByRole('button', { name: 'Add expense' })).toBeFocused();
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId('list-summary')).toHaveText('Showing 7 of 7 expenses · total $30.56.');

  // Keyboard: ? shows the shortcuts; j/k move between rows, e edits the row you are on, n adds, / searches.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Next expense');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('j');
  await expect(rows.nth(0).getByRole('button', { name: /^Edit / })).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const second = rows.nth(1).getByRole('button', { name: /^Edit / });
  await expect(second).toBeFocused();
  await page.keyboard.press('e');
  const edit = page.getByRole('dialog', { name: 'Edit expense' });
  const described = (await second.getAttribute('aria-label'))!.replace(/^Edit /, '');
  await expect(edit.getByLabel('Description')).toHaveValue(described);
  await page.keyboard.press('Escape');
  // The dialog gives focus back to where the person was.
  await expect(second).toBeFocused();
  await page.keyboard.press('n');
  await expect(add).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(add).toBeHidden();
  // The browser announces its own close of a dialog (Escape) with a `close` event a task later, and a busy
  // machine runs that task late: held here for a second, as CI once did, while the next key already came. The
  // late announcement must not shut the dialog that key opened.
  await page.evaluate(() => {
    const holdClose = (event: Event) => {
      if (!event.isTrusted) return;
      event.stopImmediatePropagation();
      setTimeout(() => event.target?.dispatchEvent(new Event('close')), 1000);
    };
    window.addEventListener('close', holdClose, { capture: true });
  });
  await page.keyboard.press('e');
  await expect(edit).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(add).toBeVisible();
  await expect(edit).toBeHidden();
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search')).toBeFocused();
});
