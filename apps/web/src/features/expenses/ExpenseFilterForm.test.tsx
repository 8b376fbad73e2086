// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { filtersToQuery } from '@/lib/expense-filter-query';
import { ExpenseFilterForm } from './ExpenseFilterForm';

function renderForm(filters: Record<string, unknown>, options: { locale?: 'en' | 'de' } = {}) {
  const onApply = vi.fn();
  render(
    <ExpenseFilterForm
      filters={filters}
      currency="USD"
      locale={options.locale === 'de' ? 'de-DE' : 'en-US'}
      categories={[]}
      onApply={onApply}
    />,
    options,
  );
  return onApply;
}

describe('ExpenseFilterForm: refunds only', () => {
  it('applies at once with one click, as the API amount bound the URL carries, keeping the other filters', async () => {
    const onApply = renderForm({ q: 'jacket' });
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: 'Refunds only' });
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(onApply).toHaveBeenCalledTimes(1));
    const applied = onApply.mock.calls[0]![0];
    expect(applied).toEqual({ q: 'jacket', maxAmount: -1 });
    expect(filtersToQuery(applied).toString()).toBe('q=jacket&maxAmount=-1');
  });

  it('shows as on for a refunds-only URL, leaves the amount fields empty, and turns off with one click', async () => {
    const onApply = renderForm({ maxAmount: -1, tag: 'clothes' });
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: 'Refunds only' });
    expect(toggle.checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Maximum (USD)').value).toBe('');
    fireEvent.click(toggle);
    await waitFor(() => expect(onApply.mock.lastCall?.[0]).toEqual({ tag: 'clothes' }));
  });

  it('is worded in German', () => {
    renderForm({}, { locale: 'de' });
    expect(screen.getByRole('switch', { name: 'Nur Erstattungen' })).toBeTruthy();
    expect(screen.getByText('Zurückerhaltenes Geld, etwa für Rücksendungen')).toBeTruthy();
  });
});

describe('ExpenseFilterForm: amount refusals in the page language', () => {
  it('words the parser’s refusal in German under the field', async () => {
    const onApply = renderForm({}, { locale: 'de' });
    fireEvent.change(screen.getByLabelText('Höchstens (USD)'), { target: { value: '1,234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anwenden' }));
    expect(
      await screen.findByText('Höchstens: „1,234“ wird als 1,234 gelesen, aber USD hat 2 Nachkommastellen'),
    ).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
  });
});
