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
