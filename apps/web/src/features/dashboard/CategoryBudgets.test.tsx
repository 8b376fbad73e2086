// @vitest-environment jsdom
import type { CategoryTotal, UpcomingOccurrence } from '@spendwise/contracts';
import { render, screen } from '@/test/render';
import { describe, expect, it } from 'vitest';
import { CategoryBudgets } from './CategoryBudgets';

const HOUSING = '00000000-0000-7000-8000-0000000000a1';
const housing = (overrides: Partial<CategoryTotal> = {}): CategoryTotal => ({
  categoryId: HOUSING,
  name: 'Housing',
  color: '#2563eb',
  totalMinor: 50_000,
  budgetMinor: 100_000,
  percentUsed: 50,
  scheduledMinor: 120_000,
  ...overrides,
});
const rent: UpcomingOccurrence = {
  seriesId: '00000000-0000-7000-8000-000000000001',
  on: '2026-12-31',
  description: 'Rent',
  merchant: null,
  categoryId: HOUSING,
  amountMinor: 120_000,
  currency: 'USD',
};
// In euros: never counted against a budget in dollars.
const music: UpcomingOccurrence = { ...rent, seriesId: 'music', description: 'Music', currency: 'EUR' };

describe('CategoryBudgets: what is still scheduled', () => {
  it('says which occurrence would take a budget over', () => {
    render(
      <CategoryBudgets
        categories={[housing()]}
        upcoming={[rent, music]}
        month="2026-12"
        currency="USD"
        locale="en-US"
      />,
    );
    expect(screen.getByTestId('scheduled-over-budget').textContent).toBe(
      '⚠ $1,200.00 Rent due on the 31st would take Housing over',
    );
  });

  it('says nothing when it fits, or when the month shown has nothing scheduled', () => {
    const { rerender } = render(
      <CategoryBudgets
        categories={[housing({ budgetMinor: 200_000, percentUsed: 25 })]}
        upcoming={[rent]}
        month="2026-12"
        currency="USD"
        locale="en-US"
      />,
    );
    expect(screen.queryByTestId('scheduled-over-budget')).toBeNull();
    rerender(
      <CategoryBudgets
        categories={[housing({ scheduledMinor: 0 })]}
        upcoming={[rent]}
        month="2026-12"
        currency="USD"
        locale="en-US"
      />,
    );
    expect(screen.queryByTestId('scheduled-over-budget')).toBeNull();
  });

  it("links each category to the month's expenses in it", () => {
    render(
      <CategoryBudgets
        categories={[housing()]}
        upcoming={[]}
        month="2026-02"
        currency="USD"
        locale="en-US"
      />,
    );
    const href = screen.getByRole('link', { name: 'Housing' }).getAttribute('href')!;
    expect(Object.fromEntries(new URL(href, 'https://spendwise.test').searchParams)).toEqual({
      categoryId: housing().categoryId,
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('shows a category whose refunds exceed its spending with its negative total and an empty meter', () => {
    render(
      <CategoryBudgets
        categories={[housing({ totalMinor: -1_500, percentUsed: -1.5, scheduledMinor: 0 })]}
        upcoming={[]}
        month="2026-12"
        currency="USD"
        locale="en-US"
      />,
    );
    expect(screen.getByTestId('category-total').textContent).toContain('\u2212$15.00 of $1,000.00');
    const meter = screen.getByRole('meter', { name: 'Housing budget used' });
    expect(meter.getAttribute('aria-valuenow')).toBe('0');
    expect((meter.firstElementChild as HTMLElement).style.width).toBe('0%');
  });
});
