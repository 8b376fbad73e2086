// @vitest-environment jsdom
import type { BudgetInMonth } from '@spendwise/contracts';
import { render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '@/test/translate';
import { BudgetRow, budgetLine, carriedLine } from './BudgetRow';

const t = translator('budgets.row');
const de = translator('budgets.row', 'de');

const budget = (overrides: Partial<BudgetInMonth> = {}): BudgetInMonth => ({
  id: '00000000-0000-7000-8000-000000000001',
  categoryId: null,
  amountMinor: 80_000,
  currency: 'USD',
  fromMonth: null,
  rollover: false,
  carriedMinor: 0,
  availableMinor: 80_000,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

describe('BudgetRow', () => {
  it('says from which month a changed amount applies, and nothing when it applies to every month', () => {
    expect(budgetLine(budget(), 'en-US', t)).toBe('$800.00 a month');
    expect(budgetLine(budget({ fromMonth: '2026-12' }), 'en-US', t)).toBe(
      '$800.00 a month from December 2026 on',
    );
    // Intl puts a no-break space before the euro sign.
    expect(budgetLine(budget({ fromMonth: '2027-01', currency: 'EUR' }), 'de-DE', de)).toMatch(
      /^800,00\s€ im Monat ab Januar 2027$/,
    );
  });

  it('says what carried into the month, left over or overspent, and nothing without rollover', () => {
    const rolling = (carriedMinor: number) => budget({ rollover: true, carriedMinor });
    expect(carriedLine(rolling(4_000), '2026-12', 'en-US', t)).toBe(
      'includes $40.00 carried from November 2026',
    );
    expect(carriedLine(rolling(-1_200), '2027-01', 'en-US', t)).toBe('\u2212$12.00 overspent last month');
    expect(carriedLine(rolling(0), '2026-12', 'en-US', t)).toBeNull();
    expect(carriedLine(budget({ carriedMinor: 4_000 }), '2026-12', 'en-US', t)).toBeNull();
    expect(carriedLine({ ...rolling(4_000), currency: 'EUR' }, '2026-12', 'de-DE', de)).toMatch(
      /^inkl\. 40,00\s€ Übertrag aus November 2026$/,
    );
  });

  it("shows the month's spending against the budget, in the danger style when over", () => {
    const props = {
      id: 'overall',
      name: 'Overall',
      currency: 'USD',
      locale: 'en-US',
      budget: budget(),
      month: '2026-12',
      onSave: vi.fn(),
      onRemove: vi.fn(),
    };
    const { rerender } = render(<BudgetRow {...props} />);
    expect(screen.queryByTestId('budget-spending')).toBeNull();
    rerender(<BudgetRow {...props} spending={{ text: '$812.00 spent, $12.00 over', over: true }} />);
    const line = screen.getByTestId('budget-spending');
    expect(line.textContent).toBe('$812.00 spent, $12.00 over');
    expect(line.className).toMatch(/over/);
  });
});
