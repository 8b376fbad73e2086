/**
 * A new person gets the currency of their browser's region and its IANA time zone, told so once with the way to
 * change them; Settings shows them, and a later visit does not apply them again over the person's choice.
 */
import { expect, signIn, test } from './fixtures';

test.use({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

test('a ja-JP browser in Tokyo starts in JPY and Asia/Tokyo, changeable in Settings', async ({
  page,
  account,
}) => {
  await signIn(page, account);
  const note = page.getByRole('status').filter({ hasText: 'From this browser' });
  await expect(note).toHaveText(
    'From this browser, your currency is JPY and your time zone Asia/Tokyo. Change them in Settings.',
  );
  await note.getByRole('link', { name: 'Change them in Settings' }).click();
  await expect(page).toHaveURL('/settings');
  await expect(page.getByLabel('Currency')).toHaveValue('JPY');
  await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');

  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your settings are saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Currency')).toHaveValue('EUR');
  await expect(page.getByRole('status').filter({ hasText: 'From this browser' })).toHaveCount(0);
});
