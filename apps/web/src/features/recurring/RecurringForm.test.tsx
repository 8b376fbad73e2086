// @vitest-environment jsdom
import type { Category, CreateRecurringSeries, Expense } from '@spendwise/contracts';
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { ExpenseList } from '@/features/expenses/ExpenseList';
import { recurringValuesFrom } from '@/features/recurring/recurring-form';
import { RecurringForm } from './RecurringForm';

const housing: Category = {
  id: '0196b0a0-7a8e-7c3a-9d2e-3f4a5b6c7d8e',
  name: 'Housing',
  color: '#2563eb',
  createdAt: '2026-11-01T10:00:00.000Z',
};
const rent: Expense = {
  id: '0196b0a0-7a8e-7c3a-9d2e-000000000001',
  amountMinor: 120_000,
  currency: 'USD',
  occurredOn: '2026-10-31',
  description: 'Rent',
  merchant: 'Landlord Ltd',
  note: 'Flat 2',
  tags: ['home'],
  categoryId: housing.id,
  createdAt: '2026-10-31T09:00:00.000Z',
  updatedAt: '2026-10-31T09:00:00.000Z',
};

describe('Make recurring from an expense', () => {
  it("offers the action on an expense's row", () => {
    const onMakeRecurring = vi.fn();
    render(
      <ExpenseList
        label="Expenses"
        expenses={[rent]}
        categories={new Map([[housing.id, housing]])}
        locale="en-US"
        onEdit={() => {}}
        onDelete={() => {}}
        onMakeRecurring={onMakeRecurring}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Make recurring: Rent' }));
    expect(onMakeRecurring).toHaveBeenCalledWith(rent);
  });

  it('opens the recurring form filled from the expense, monthly on its day, and creates that series', async () => {
    const onSubmit = vi.fn<(input: CreateRecurringSeries) => Promise<unknown>>().mockResolvedValue(undefined);
    const today = '2026-11-10';
    render(
      <RecurringForm
        currency="USD"
        locale="en-US"
        today={today}
        categories={[housing]}
        initial={recurringValuesFrom(rent, { locale: 'en-US', today })}
        onSubmit={onSubmit}
      />,
    );
    const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
    expect(value('Amount (USD)')).toBe('1200.00');
    expect(value('Description')).toBe('Rent');
    expect(value('Category')).toBe(housing.id);
    expect(value('Merchant (optional)')).toBe('Landlord Ltd');
    expect(value('Tags (optional)')).toBe('home');
    expect(value('Note (optional)')).toBe('Flat 2');
    expect(value('Repeats')).toBe('monthly');
    expect(value('Day of the month')).toBe('31');
    expect(value('First date')).toBe('2026-11-30');

    fireEvent.click(screen.getByRole('button', { name: 'Add recurring expense' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      currency: 'USD',
      amountMinor: 120_000,
      description: 'Rent',
      categoryId: housing.id,
      merchant: 'Landlord Ltd',
      note: 'Flat 2',
      tags: ['home'],
      schedule: { kind: 'monthly', every: 1, day: 31 },
      startOn: '2026-11-30',
      endOn: null,
      count: null,
    });
  });
});
