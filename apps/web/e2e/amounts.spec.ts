/**
 * Amounts typed the way people type them, in browsers set to different languages: "12,50" is 12.50 in an
 * English-language browser and in a German one (never 1,250), the amount that will be saved is shown before
 * saving, and what cannot be read one way only is refused with its readings — for expenses and budgets alike.
 * A new person's currency follows the browser's region (en-US → USD, de-DE and fr-FR → EUR). A German browser
 * gets the app in German (Accept-Language); a French one, a language the app does not speak, in English.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/** The first visit sets the currency from the browser; wait for it before typing amounts in it. */
async function expectBrowserCurrency(page: Page, currency: string, german = false) {
  const [note, says] = german
    ? ['Aus diesem Browser übernommen', `Deine Währung ist ${currency}`]
    : ['From this browser', `your currency is ${currency}`];
  await expect(page.getByRole('status').filter({ hasText: note })).toContainText(says);
}

for (const { locale, currency, reading, shown, budgetReading, budgetShown, words, recurring } of [
  {
    locale: 'en-US',
    words: {
      addFirst: 'Add your first expense',
      add: 'Add expense',
      amount: 'Amount',
      description: 'Description',
      budgets: 'Budgets',
      overallForm: 'All spending budget',
      overall: 'All spending',
      set: 'Set',
    },
    currency: 'USD',
    reading: /^Reads as \$12\.50$/,
    shown: /^\$12\.50$/,
    budgetReading: /^Reads as \$1,500\.75$/,
    budgetShown: '$1,500.75 a month',
    recurring: null,
  },
  {
    locale: 'de-DE',
    words: {
      addFirst: 'Erste Ausgabe hinzufügen',
      add: 'Ausgabe hinzufügen',
      amount: 'Betrag',
      description: 'Beschreibung',
      budgets: 'Budgets',
      overallForm: 'Budget für Alle Ausgaben',
      overall: 'Alle Ausgaben',
      set: 'Festlegen',
    },
    currency: 'EUR',
    reading: /^Erkannt als 12,50\s€$/,
    shown: /^12,50\s€$/,
    budgetReading: /^Erkannt als 1\.500,75\s€$/,
    budgetShown: /1\.500,75\s€ im Monat/,
    // The recurring page in German too: its heading, the add form and a refusal worded in German.
    recurring: {
      link: 'Wiederkehrend',
      heading: 'Wiederkehrende Ausgabe hinzufügen',
      repeats: 'Wiederholung',
      monthly: 'Monatlich an einem Tag',
      amount: 'Betrag (EUR)',
      refusal: /Gib eine Zahl ein, zum Beispiel 12,50/,
    },
  },
]) {
  test.describe(`a ${locale} browser`, () => {
    test.use({ locale });

    test('"12,50" is saved as 12.50, shown as such before saving, on a page in its language', async ({
      page,
      account,
    }) => {
      await signIn(page, account);
      if (currency !== 'USD') await expectBrowserCurrency(page, currency, locale === 'de-DE');
      await page.getByRole('button', { name: words.addFirst }).click();
      const dialog = page.getByRole('dialog', { name: words.add });
      const amount = dialog.getByLabel(`${words.amount} (${currency})`);
      await amount.fill('12,50');
      await expect(amount).toHaveAccessibleDescription(reading);
      await dialog.getByLabel(words.description).fill('Market');
      await dialog.getByRole('button', { name: words.add }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('month-total')).toHaveText(shown);

      await page.getByRole('link', { name: words.budgets }).click();
      const overall = page.getByRole('form', { name: words.overallForm });
      const budget = overall.getByLabel(words.overall);
      await budget.fill('1.500,75');
      await expect(budget).toHaveAccessibleDescription(budgetReading);
      await overall.getByRole('button', { name: words.set }).click();
      await expect(overall).toContainText(budgetShown);

      if (!recurring) return;
      await page.getByRole('link', { name: recurring.link, exact: true }).click();
      await expect(page.getByRole('heading', { name: recurring.heading })).toBeVisible();
      const form = page.getByRole('form', { name: recurring.heading });
      await expect(form.getByLabel(recurring.repeats)).toHaveValue('monthly');
      await expect(form.getByLabel(recurring.repeats).locator('option:checked')).toHaveText(
        recurring.monthly,
      );
      await form.getByLabel(recurring.amount).fill('zwölf');
      await form.getByRole('button', { name: recurring.heading }).click();
      await expect(form.getByLabel(recurring.amount)).toHaveAccessibleDescription(recurring.refusal);
    });
  });
}

test.describe('a fr-FR browser', () => {
  test.use({ locale: 'fr-FR' });

  test('an amount that reads two ways is refused, with both readings, and nothing is saved', async ({
    page,
    account,
  }) => {
    await signIn(page, account);
    await expectBrowserCurrency(page, 'EUR');
    await page.getByRole('button', { name: 'Add your first expense' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add expense' });
    await dialog.getByLabel('Amount (EUR)').fill('1.234');
    await dialog.getByLabel('Description').fill('Laptop');
    await dialog.getByRole('button', { name: 'Add expense' }).click();
    await expect(dialog.getByLabel('Amount (EUR)')).toHaveAccessibleDescription(
      /"1\.234" is ambiguous: it could be 1,234 or 1\s234\. Type 1,234 or 1234/,
    );
    await dialog.getByLabel('Amount (EUR)').fill('1234');
    await expect(dialog.getByLabel('Amount (EUR)')).toHaveAccessibleDescription(/Reads as 1\s234,00\s€/);
    await dialog.getByRole('button', { name: 'Add expense' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('month-total')).toHaveText(/^1\s234,00\s€$/);
  });
});

test('a JPY and a BHD expense take their own decimals: none for yen, three for dinars', async ({
  page,
  account,
}) => {
  await signIn(page, account);
  const addExpense = async (currency: string, typed: string, reading: RegExp, description: string) => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Currency').selectOption(currency);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your settings are saved.' })).toBeVisible();
    await page.getByRole('link', { name: 'Expenses' }).click();
    await page.getByRole('button', { name: 'Add expense' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add expense' });
    const amount = dialog.getByLabel(`Amount (${currency})`);
    await amount.fill(typed);
    await expect(amount).toHaveAccessibleDescription(reading);
    await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', { name: 'Add expense' }).click();
    await expect(dialog).toBeHidden();
  };

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Currency').selectOption('JPY');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('link', { name: 'Expenses' }).click();
  await page.getByRole('button', { name: 'Add expense' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add expense' });
  await dialog.getByLabel('Amount (JPY)').fill('15.5');
  await dialog.getByLabel('Description').fill('Ramen');
  await dialog.getByRole('button', { name: 'Add expense' }).click();
  await expect(dialog.getByLabel('Amount (JPY)')).toHaveAccessibleDescription(
    /"15\.5" reads as 15\.5, but JPY has no decimal places/,
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await addExpense('JPY', '1,500', /^Reads as ¥1,500$/, 'Ramen');
  await addExpense('BHD', '1.234', /^Reads as BHD\s1\.234$/, 'Tea');
  const list = page.getByRole('list', { name: 'Expenses' });
  await expect(list.getByTestId('expense-row').filter({ hasText: 'Ramen' })).toContainText('¥1,500');
  await expect(list.getByTestId('expense-row').filter({ hasText: 'Tea' })).toContainText(/BHD\s1\.234/);
});
