// @vitest-environment jsdom
import type { BudgetInMonth } from '@spendwise/contracts';
import { fireEvent, leakedKeys, render, screen, waitFor } from '@/test/render';
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

  it('is worded in German, with German amounts and months, and no message key showing', async () => {
    budgetsOf.mockReturnValue([overall(50_000, 2_000)]);
    const { container } = render(<BudgetsView month="2026-02" />, { locale: 'de' });
    expect(screen.getByRole('heading', { name: 'Budgets' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Gesamt' })).toBeTruthy();
    expect(screen.getByTestId('budget-month-hint').textContent).toBe(
      'Änderungen gelten ab Februar 2026; frühere Monate behalten ihre Beträge.',
    );
    const spending = await screen.findByTestId('budget-spending', {}, { timeout: 15_000 });
    expect(spending.textContent).toBe('512,00\u00a0$ ausgegeben, 8,00\u00a0$ übrig');
    expect(screen.getByTestId('budget-carried').textContent).toBe(
      'inkl. 20,00\u00a0$ Übertrag aus Januar 2026',
    );
    expect(screen.getByRole('button', { name: 'Ändern' })).toBeTruthy();
    expect(
      screen.getByLabelText('Nicht ausgegebene oder überzogene Beträge in den nächsten Monat übertragen'),
    ).toBeTruthy();
    expect(leakedKeys(container)).toEqual([]);
  });

  it('words an amount it cannot read in German under the field', async () => {
    render(<BudgetsView month="2026-02" />, { locale: 'de' });
    fireEvent.change(await screen.findByLabelText('Alle Ausgaben', {}, { timeout: 15_000 }), {
      target: { value: 'zwölf' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ändern' }));
    expect(await screen.findByText('Gib eine Zahl ein, zum Beispiel 12,50')).toBeTruthy();
    expect(setBudget).not.toHaveBeenCalled();
  });
});
