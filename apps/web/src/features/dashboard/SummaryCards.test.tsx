// @vitest-environment jsdom
import type { Dashboard } from '@spendwise/contracts';
import { render, screen } from '@/test/render';
import { describe, expect, it } from 'vitest';
import { SummaryCards } from './SummaryCards';

function dashboard(totalMinor: number, budgetMinor: number): Dashboard {
  return {
    month: '2026-12',
    currency: 'USD',
    timeZone: 'UTC',
    totalMinor,
    previousTotalMinor: 0,
    change: { amountMinor: totalMinor, percent: null },
    overallBudget: { budgetMinor, percentUsed: (totalMinor / budgetMinor) * 100, scheduledMinor: 0 },
    byCategory: [],
    daily: [],
    monthly: [],
    recent: [],
    notInTotals: [],
    upcoming: { from: '2026-12-05', through: '2026-12-31', items: [], totals: [] },
  };
}

describe('SummaryCards: the overall budget', () => {
  it('says what is left while under budget', () => {
    render(<SummaryCards dashboard={dashboard(120_00, 150_00)} locale="en-US" />);
    expect(screen.getByTestId('budget-left').textContent).toBe('$30.00 left');
  });

  it('says by how much when over budget, never "$0.00 left"', () => {
    render(<SummaryCards dashboard={dashboard(180_00, 150_00)} locale="en-US" />);
    expect(screen.getByTestId('budget-left').textContent).toBe('$30.00 over');
    expect(screen.getByText(/over budget/)).toBeTruthy();
  });
});

describe('SummaryCards in German', () => {
  it('words the cards in German and formats amounts and months the German way', () => {
    render(
      <SummaryCards dashboard={{ ...dashboard(1_234_56, 1_500_00), currency: 'EUR' }} locale="de-DE" />,
      {
        locale: 'de',
      },
    );
    expect(screen.getByRole('heading', { name: 'Ausgegeben im Dezember 2026' })).toBeTruthy();
    expect(screen.getByTestId('month-total').textContent).toBe('1.234,56\u00a0€');
    expect(screen.getByTestId('budget-left').textContent).toBe('265,44\u00a0€ übrig');
    expect(screen.getByText(/^1\.234,56\s€ mehr als letzten Monat$/)).toBeTruthy();
  });
});
