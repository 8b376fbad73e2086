// @vitest-environment jsdom
import type { Upcoming, UpcomingOccurrence } from '@spendwise/contracts';
import { render, screen, within } from '@/test/render';
import { describe, expect, it } from 'vitest';
import { UpcomingCard } from './UpcomingCard';

const item = (overrides: Partial<UpcomingOccurrence>): UpcomingOccurrence => ({
  seriesId: '00000000-0000-7000-8000-000000000001',
  on: '2026-12-31',
  description: 'Rent',
  merchant: null,
  categoryId: null,
  amountMinor: 120_000,
  currency: 'USD',
  ...overrides,
});

const upcoming = (items: UpcomingOccurrence[], totals: Upcoming['totals']): Upcoming => ({
  from: '2026-12-05',
  through: '2026-12-31',
  items,
  totals,
});

describe('UpcomingCard', () => {
  it('lists each occurrence with its date, description and amount, then the total', () => {
    render(
      <UpcomingCard
        upcoming={upcoming(
          [
            item({ on: '2026-12-15', description: 'Gym', amountMinor: 4_000, seriesId: 'a' }),
            item({ seriesId: 'b' }),
          ],
          [{ currency: 'USD', amountMinor: 124_000, count: 2 }],
        )}
        locale="en-US"
      />,
    );
    const rows = screen.getAllByTestId('upcoming-item').map((row) => row.textContent);
    expect(rows).toEqual(['Dec 15, 2026Gym$40.00', 'Dec 31, 2026Rent$1,200.00']);
    expect(screen.getByTestId('upcoming-total').textContent).toBe('Total (2 expenses)$1,240.00');
  });

  it('gives one total per currency, never one sum across currencies', () => {
    render(
      <UpcomingCard
        upcoming={upcoming(
          [
            item({ seriesId: 'a' }),
            item({ seriesId: 'b', description: 'Music', currency: 'EUR', amountMinor: 1_099 }),
          ],
          [
            { currency: 'EUR', amountMinor: 1_099, count: 1 },
            { currency: 'USD', amountMinor: 120_000, count: 1 },
          ],
        )}
        locale="en-US"
      />,
    );
    expect(screen.getAllByTestId('upcoming-total').map((total) => total.textContent)).toEqual([
      'Total in EUR (1 expense)€10.99',
      'Total in USD (1 expense)$1,200.00',
    ]);
  });

  it('says when nothing else is scheduled this month', () => {
    render(<UpcomingCard upcoming={upcoming([], [])} locale="en-US" />);
    const card = screen.getByRole('region', { name: 'Upcoming this month' });
    expect(within(card).getByText(/Nothing else scheduled in December 2026/)).toBeTruthy();
    expect(screen.queryAllByTestId('upcoming-item')).toEqual([]);
  });
});
