// @vitest-environment jsdom
import type { BudgetInMonth } from '@spendwise/contracts';
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentMonthIn } from '@/lib/dates';

const setBudget = vi.fn();
const budgetsOf = vi.fn();
const spendingOf = vi.fn();
vi.mock('next/navigation', () => ({
  useRouter: () => ({ replace: vi.fn() }),
  usePathname: () => '/budgets',
}));
vi.mock('@/lib/api/queries', () => ({
  useMe: () => ({ data: { currency: 'USD', timeZone: 'UTC' } }),
  useCategories: () => ({ data: { items: [] } }),
  useBudgets: (month: string | undefined) => ({ data: { items: budgetsOf(month) } }),
  useBudgetProgress: (month: string | undefined) => ({ data: spendingOf(month) }),
  useBudgetMutations: () => ({ set: { mutateAsync: setBudget }, remove: { mutateAsync: vi.fn() } }),
}));

const { BudgetsView } = await import('./BudgetsView');

const overall = (amountMinor: number, carriedMinor = 0): BudgetInMonth => ({
  id: '00000000-0000-7000-8000-000000000001',
  categoryId: null,
  amountMinor,
  currency: 'USD',
  fromMonth: '2026-01',
  rollover: carriedMinor !== 0,
  carriedMinor,
  availableMinor: amountMinor + carriedMinor,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const dashboard = (totalMinor: number) => ({
  currency: 'USD',
  totalMinor,
  byCategory: [],
  upcoming: { items: [], totals: [] },
});

describe('BudgetsView', () => {
  beforeEach(() => {
    setBudget.mockReset().mockResolvedValue({});
    budgetsOf.mockReset().mockReturnValue([overall(50_000)]);
    spendingOf.mockReset().mockReturnValue(dashboard(51_200));
  });

  it("shows the month's amounts and spending, and changes a budget from that month on", async () => {
    render(<BudgetsView month="2026-02" />);
    expect(budgetsOf).toHaveBeenCalledWith('2026-02');
    expect(spendingOf).toHaveBeenCalledWith('2026-02');
    expect(screen.getByLabelText('Show month')).toHaveProperty('value', '2026-02');
    expect(screen.getByTestId('budget-month-hint').textContent).toBe(
      'Changes apply from February 2026 on; earlier months keep their amounts.',
    );
    // The rows load after the page (next/dynamic): the first import takes a while on a busy machine.
    const spending = await screen.findByTestId('budget-spending', {}, { timeout: 15_000 });
    expect(spending.textContent).toBe('$512.00 spent, $12.00 over');

    fireEvent.change(screen.getByLabelText('All spending'), { target: { value: '600' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() =>
      expect(setBudget).toHaveBeenCalledWith({
        categoryId: null,
        amountMinor: 60_000,
        fromMonth: '2026-02',
        rollover: false,
      }),
    );
  });

  it('without a month shows this month; a first budget set then applies from the beginning, as before', async () => {
    budgetsOf.mockReturnValue([]);
    render(<BudgetsView month={undefined} />);
    expect(screen.getByLabelText('Show month')).toHaveProperty('value', currentMonthIn('UTC'));
    fireEvent.change(await screen.findByLabelText('All spending'), { target: { value: '600' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    await waitFor(() =>
      expect(setBudget).toHaveBeenCalledWith({
        categoryId: null,
        amountMinor: 60_000,
        fromMonth: undefined,
        rollover: false,
      }),
    );
  });

  it('counts spending against the amount plus what carried over, and saves the rollover setting', async () => {
    budgetsOf.mockReturnValue([overall(50_000, 2_000)]);
    render(<BudgetsView month="2026-02" />);
    const spending = await screen.findByTestId('budget-spending', {}, { timeout: 15_000 });
    expect(spending.textContent).toBe('$512.00 spent, $8.00 left');
    expect(screen.getByTestId('budget-carried').textContent).toBe(
      'includes $20.00 carried from January 2026',
    );
    const rollover = screen.getByLabelText('Roll over unspent or overspent amounts');
    expect(rollover).toHaveProperty('checked', true);
    fireEvent.click(rollover);
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() =>
      expect(setBudget).toHaveBeenCalledWith({
        categoryId: null,
        amountMinor: 50_000,
        fromMonth: '2026-02',
        rollover: false,
      }),
    );
  });
});
