import { describe, expect, it } from 'vitest';
import { alertEmail, type BudgetAlert, TURN_OFF_HINT } from './alert-email';

const ALERT: BudgetAlert = {
  to: 'ana@example.com',
  displayName: 'Ana',
  categoryName: 'Groceries',
  month: '2026-12',
  threshold: 80,
  spentMinor: 41_250,
  availableMinor: 50_000,
  currency: 'EUR',
  uncounted: false,
};

describe('alertEmail', () => {
  it('names the budget and the month, spent against available in the budget currency, and the way out', () => {
    const mail = alertEmail(ALERT);
    expect(mail.to).toBe('ana@example.com');
    expect(mail.subject).toBe('Your "Groceries" budget for December 2026 has passed 80 %');
    expect(mail.text).toContain('Hello Ana,');
    expect(mail.text).toContain('€412.50 of €500.00 available has been spent (82 %): €87.50 left.');
    expect(mail.text).toContain(TURN_OFF_HINT);
    expect(mail.text).not.toContain('exchange rate');
  });

  it('says when the overall budget is used up, by how much, in a currency without minor units', () => {
    const mail = alertEmail({
      ...ALERT,
      displayName: null,
      categoryName: null,
      threshold: 100,
      spentMinor: 61_000,
      availableMinor: 60_000,
      currency: 'JPY',
      uncounted: true,
    });
    expect(mail.subject).toBe('Your overall budget for December 2026 is used up');
    expect(mail.text).toContain('Hello,');
    expect(mail.text).toContain('¥61,000 of ¥60,000 available has been spent (101 %): ¥1,000 over.');
    expect(mail.text).toContain('no exchange rate yet and is not counted');
  });

  it('explains a month that had nothing available', () => {
    const mail = alertEmail({ ...ALERT, threshold: 100, spentMinor: 1_000, availableMinor: -2_500 });
    expect(mail.text).toContain('nothing is available this month');
    expect(mail.text).toContain('-€25.00');
  });
});
