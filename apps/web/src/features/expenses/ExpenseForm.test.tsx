// @vitest-environment jsdom
import type { Category, CreateExpense } from '@spendwise/contracts';
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, apiErrorFromResponse } from '@/lib/api/errors';
import { ExpenseForm, type ExpenseFormProps } from './ExpenseForm';

const groceries: Category = {
  id: '0196b0a0-7a8e-7c3a-9d2e-3f4a5b6c7d8e',
  name: 'Groceries',
  color: '#16a34a',
  createdAt: '2026-11-01T10:00:00.000Z',
};

function renderForm(overrides: Partial<ExpenseFormProps> = {}) {
  const onSubmit = vi.fn<(input: CreateExpense) => Promise<unknown>>().mockResolvedValue(undefined);
  render(
    <ExpenseForm
      currency="USD"
      locale="en-US"
      defaultDate="2026-11-05"
      categories={[groceries]}
      submitLabel="Add expense"
      onSubmit={onSubmit}
      onCancel={() => {}}
      {...overrides}
    />,
  );
  return { onSubmit: (overrides.onSubmit as typeof onSubmit | undefined) ?? onSubmit };
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Add expense' }));

describe('ExpenseForm', () => {
  it('sends the typed decimal amount as minor units with the other fields', async () => {
    const { onSubmit } = renderForm();
    type('Amount (USD)', '1,234.50');
    type('Description', 'Weekly shop');
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: groceries.id } });
    type('Tags (optional)', 'home, Food');
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      {
        amountMinor: 123450,
        occurredOn: '2026-11-05',
        description: 'Weekly shop',
        merchant: null,
        note: null,
        tags: ['home', 'food'],
        categoryId: groceries.id,
      },
      { another: false },
    );
  });

  it('records a refund: a labelled choice, the amount typed positive and sent negative', async () => {
    const { onSubmit } = renderForm();
    const group = screen.getByRole('group', { name: 'Record' });
    const hint = document.getElementById(group.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toBe('A refund lowers the spending of its category and month.');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Spending' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Refund (money back)' }));
    type('Amount (USD)', '20.00');
    type('Description', 'Jacket returned');
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ amountMinor: -2000, description: 'Jacket returned' });
  });

  it('opens a refund as a refund with its amount positive, and turning it into spending sends it positive', async () => {
    const refund = {
      id: '0196b0a0-0000-7000-8000-000000000001',
      amountMinor: -2000,
      currency: 'USD',
      occurredOn: '2026-11-04',
      description: 'Jacket returned',
      merchant: null,
      note: null,
      tags: [],
      categoryId: null,
      createdAt: '2026-11-04T10:00:00.000Z',
      updatedAt: '2026-11-04T10:00:00.000Z',
    };
    const { onSubmit } = renderForm({ expense: refund, submitLabel: 'Save' });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Refund (money back)' }).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Amount (USD)').value).toBe('20.00');
    fireEvent.click(screen.getByRole('radio', { name: 'Spending' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ amountMinor: 2000 });
  });

  it('saves and empties itself for the next one, keeping the date and category, focus back on the amount', async () => {
    const { onSubmit } = renderForm({ addAnother: true });
    type('Amount (USD)', '4.20');
    type('Date', '2026-11-03');
    type('Description', 'Coffee');
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: groceries.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and add another' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]).toEqual([
      expect.objectContaining({ amountMinor: 420, description: 'Coffee', occurredOn: '2026-11-03' }),
      { another: true },
    ]);
    const amount = screen.getByLabelText<HTMLInputElement>('Amount (USD)');
    await waitFor(() => expect(amount.value).toBe(''));
    expect(screen.getByLabelText<HTMLInputElement>('Description').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Date').value).toBe('2026-11-03');
    expect(screen.getByLabelText<HTMLSelectElement>('Category').value).toBe(groceries.id);
    // reset() writes the emptied values straight to the inputs; the focus follows in the next commit's effect.
    await waitFor(() => expect(document.activeElement).toBe(amount));
  });

  it('starts a duplicate from the original, dated today, and leaves out an amount in another currency', () => {
    const original = {
      id: '0196b0a0-0000-7000-8000-000000000002',
      amountMinor: 999,
      currency: 'USD',
      occurredOn: '2026-09-01',
      description: 'Gym',
      merchant: 'FitCo',
      note: null,
      tags: ['health'],
      categoryId: groceries.id,
      createdAt: '2026-09-01T08:00:00.000Z',
      updatedAt: '2026-09-01T08:00:00.000Z',
    };
    const { unmount } = render(
      <ExpenseForm
        currency="USD"
        locale="en-US"
        defaultDate="2026-11-05"
        categories={[groceries]}
        expense={original}
        duplicate
        submitLabel="Add expense"
        onSubmit={async () => {}}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Amount (USD)').value).toBe('9.99');
    expect(screen.getByLabelText<HTMLInputElement>('Date').value).toBe('2026-11-05');
    expect(screen.getByLabelText<HTMLInputElement>('Merchant (optional)').value).toBe('FitCo');
    unmount();
    renderForm({ expense: { ...original, currency: 'EUR' }, duplicate: true });
    expect(screen.getByLabelText<HTMLInputElement>('Amount (USD)').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Description').value).toBe('Gym');
  });

  it('shows each invalid field inline, tied to its input, and sends nothing', async () => {
    const { onSubmit } = renderForm();
    type('Amount (USD)', '12.345');
    submit();
    const amount = screen.getByLabelText('Amount (USD)');
    await waitFor(() => expect(amount).toHaveProperty('ariaInvalid', 'true'));
    expect(amount.getAttribute('aria-describedby')).toContain('expense-amount-error');
    expect(screen.getByText('"12.345" reads as 12.345, but USD has 2 decimal places').id).toBe(
      'expense-amount-error',
    );
    expect(screen.getByText('Describe the expense')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("puts the API's field errors on the fields and keeps everything typed", async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      apiErrorFromResponse(400, {
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: 'The request is not valid',
        details: [{ field: 'amountMinor', message: 'must be at most 1000000000' }],
        requestId: 'req-1',
      }),
    );
    renderForm({ onSubmit });
    type('Amount (USD)', '99.99');
    type('Description', 'Concert tickets');
    type('Note (optional)', 'Front row');
    submit();
    expect(await screen.findByText('Must be at most 1000000000')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Please fix the fields marked below.');
    expect(screen.getByLabelText<HTMLInputElement>('Amount (USD)').value).toBe('99.99');
    expect(screen.getByLabelText<HTMLInputElement>('Description').value).toBe('Concert tickets');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Note (optional)').value).toBe('Front row');
  });

  it('explains a failed save (API down) above the form and keeps the input for a retry', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(new ApiError('network', 'The SpendWise API could not be reached.'))
      .mockResolvedValueOnce(undefined);
    renderForm({ onSubmit });
    type('Amount (USD)', '4.20');
    type('Description', 'Coffee');
    submit();
    expect((await screen.findByRole('alert')).textContent).toMatch(/can’t reach SpendWise right now/);
    expect(screen.getByLabelText<HTMLInputElement>('Amount (USD)').value).toBe('4.20');
    expect(screen.getByLabelText<HTMLInputElement>('Description').value).toBe('Coffee');

    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]?.[0]).toMatchObject({ amountMinor: 420, description: 'Coffee' });
  });

  it('starts from the expense being edited, amount shown as the person types it', () => {
    renderForm({
      submitLabel: 'Save changes',
      expense: {
        id: '0196b0a0-0000-7000-8000-000000000001',
        amountMinor: 1250,
        currency: 'EUR',
        occurredOn: '2026-10-31',
        description: 'Dinner',
        merchant: 'Trattoria',
        note: null,
        tags: ['friends'],
        categoryId: groceries.id,
        createdAt: '2026-10-31T20:00:00.000Z',
        updatedAt: '2026-10-31T20:00:00.000Z',
      },
      currency: 'EUR',
      locale: 'de-DE',
    });
    expect(screen.getByLabelText<HTMLInputElement>('Amount (EUR)').value).toBe('12,50');
    expect(screen.getByLabelText<HTMLInputElement>('Date').value).toBe('2026-10-31');
    expect(screen.getByLabelText<HTMLInputElement>('Merchant (optional)').value).toBe('Trattoria');
    expect(screen.getByLabelText<HTMLInputElement>('Tags (optional)').value).toBe('friends');
    // Testing Library folds the no-break space before € into a plain one.
    expect(screen.getByText('Reads as 12,50 €')).toBeTruthy();
  });

  it('asks before saving a date far from today, and saves it once the person keeps it', async () => {
    const { onSubmit } = renderForm();
    type('Amount (USD)', '12');
    type('Description', 'Typo year');
    type('Date', '2030-11-05');
    submit();
    await waitFor(() => expect(screen.getByText('Is that the right date?')).toBeTruthy());
    expect(screen.getByText(/Nov 5, 2030 is more than 31 days ahead/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Date'));
    fireEvent.click(screen.getByRole('button', { name: 'Keep Nov 5, 2030 and save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ occurredOn: '2030-11-05' });
  });

  it('does not ask again about the date of an old expense being edited', async () => {
    const { onSubmit } = renderForm({
      submitLabel: 'Save changes',
      expense: {
        id: '0196b0a0-0000-7000-8000-000000000003',
        amountMinor: 500,
        currency: 'USD',
        occurredOn: '2011-03-04',
        description: 'Old receipt',
        merchant: null,
        note: null,
        tags: [],
        categoryId: null,
        createdAt: '2026-10-31T20:00:00.000Z',
        updatedAt: '2026-10-31T20:00:00.000Z',
      },
    });
    type('Description', 'Old receipt, scanned');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  });
});
