// @vitest-environment jsdom
import type { Expense } from '@spendwise/contracts';
import { render, screen, within } from '@/test/render';
import { describe, expect, it } from 'vitest';
import { ExpenseList } from './ExpenseList';

type Listed = Expense & { baseAmountMinor?: number | null };

const expense = (overrides: Partial<Listed>): Listed => ({
  id: '0196b0a0-0000-7000-8000-000000000001',
  amountMinor: 5000,
  currency: 'USD',
  occurredOn: '2026-11-03',
  description: 'Jacket',
  merchant: null,
  note: null,
  tags: [],
  categoryId: null,
  createdAt: '2026-11-03T10:00:00.000Z',
  updatedAt: '2026-11-03T10:00:00.000Z',
  ...overrides,
});

function rows(expenses: Listed[], baseCurrency?: string) {
  render(
    <ExpenseList
      label="Expenses"
      expenses={expenses}
      {...(baseCurrency && { baseCurrency })}
      categories={new Map()}
      locale="en-US"
      onEdit={() => {}}
      onDelete={() => {}}
      onMakeRecurring={() => {}}
    />,
  );
  return screen.getAllByTestId('expense-row');
}

describe('ExpenseList: refunds', () => {
  it('labels a refund in words beside its negative amount, and leaves spending unlabelled', () => {
    const [refund, spent] = rows([
      expense({ id: 'r', amountMinor: -2000, description: 'Jacket returned' }),
      expense({ id: 's' }),
    ]);
    expect(refund!.textContent).toContain('\u2212$20.00Refund');
    expect(within(refund!).getByText('Refund')).toBeTruthy();
    expect(spent!.textContent).toContain('$50.00');
    expect(within(spent!).queryByText('Refund')).toBeNull();
  });

  it('offers "Make recurring" for spending only', () => {
    const [refund, spent] = rows([
      expense({ id: 'r', amountMinor: -2000, description: 'Jacket returned' }),
      expense({ id: 's' }),
    ]);
    expect(within(refund!).queryByRole('button', { name: /Make recurring/ })).toBeNull();
    expect(within(spent!).getByRole('button', { name: 'Make recurring: Jacket' })).toBeTruthy();
  });

  it('labels a refund in another currency too, converted amount first', () => {
    const [refund] = rows(
      [expense({ amountMinor: -1001, currency: 'EUR', baseAmountMinor: -1168, description: 'Hotel refund' })],
      'USD',
    );
    const amount = within(refund!).getByTestId('converted-amount');
    expect(amount.textContent).toBe('\u2212$11.68\u2212€10.01Refund');
  });
});
