// @vitest-environment jsdom
import type { RecurringSeries, RecurringSuggestion } from '@spendwise/contracts';
import { fireEvent, leakedKeys, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';

const series = (overrides: Partial<RecurringSeries>): RecurringSeries => ({
  id: '0196b0a0-7a8e-7c3a-9d2e-000000000001',
  amountMinor: 120_000,
  currency: 'EUR',
  description: 'Miete',
  merchant: null,
  note: null,
  tags: [],
  categoryId: null,
  schedule: { kind: 'monthly', every: 1, day: 1 },
  startOn: '2026-01-01',
  endOn: null,
  count: null,
  paused: false,
  nextOn: '2027-01-01',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});
const gym: RecurringSuggestion = {
  key: 'gym',
  description: 'FitX',
  merchant: 'FitX',
  amountMinor: 2_999,
  currency: 'EUR',
  categoryId: null,
  schedule: { kind: 'monthlyWeekday', every: 1, weekday: 5, week: -1 },
  startOn: '2026-12-25',
  seen: 4,
  firstOn: '2026-08-28',
  lastOn: '2026-11-27',
};

vi.mock('@/lib/api/queries', () => ({
  useMe: () => ({ data: { currency: 'EUR', timeZone: 'Europe/Berlin' } }),
  useCategories: () => ({ data: { items: [] } }),
  useRecurringSeries: () => ({
    data: {
      items: [
        series({}),
        series({
          id: '0196b0a0-7a8e-7c3a-9d2e-000000000002',
          description: 'Zeitung',
          schedule: { kind: 'weeks', every: 2 },
          paused: true,
        }),
      ],
    },
  }),
  useRecurringSuggestions: () => ({ data: { items: [gym] } }),
  useRecurringMutations: () =>
    Object.fromEntries(
      ['create', 'update', 'skip', 'pause', 'resume', 'end', 'dismissSuggestion'].map((name) => [
        name,
        { isPending: false, mutateAsync: vi.fn() },
      ]),
    ),
}));

const { RecurringView } = await import('./RecurringView');

describe('RecurringView in German', () => {
  it('words the series, the suggestions and the form in German, with no message key showing', async () => {
    const { container } = render(<RecurringView />, { locale: 'de' });
    expect(screen.getByRole('heading', { level: 1, name: 'Wiederkehrend' })).toBeTruthy();
    const rows = screen.getAllByTestId('recurring-row').map((row) => row.textContent);
    expect(rows[0]).toContain('Monatlich am 1. · Nächster Termin am 01.01.2027');
    expect(rows[1]).toContain('Alle 2 Wochen · Pausiert (nächster Termin am 01.01.2027, wenn fortgesetzt)');
    expect(screen.getByRole('button', { name: 'Zeitung fortsetzen' })).toBeTruthy();
    expect(screen.getByTestId('recurring-suggestion').textContent).toContain(
      'Monatlich am letzten Freitag · 4 Mal gesehen, zuletzt am 27.11.2026 · nächster Termin am 25.12.2026',
    );
    // The form loads after the page (next/dynamic): the first import takes a while on a busy machine.
    expect(await screen.findByLabelText('Wiederholung', {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Wiederkehrende Ausgabe hinzufügen' })).toBeTruthy();
    expect(leakedKeys(container)).toEqual([]);
  });

  it('asks before ending a series, in German', () => {
    // jsdom has no modal dialogs: opening one only needs to mark it open.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    render(<RecurringView />, { locale: 'de' });
    fireEvent.click(screen.getByRole('button', { name: 'Miete beenden' }));
    expect(screen.getByText('Diese wiederkehrende Ausgabe beenden?')).toBeTruthy();
    expect(
      screen.getByText(
        /^Miete wiederholt sich nach dem .+ nicht mehr\. Die bereits erfassten Ausgaben bleiben\.$/,
      ),
    ).toBeTruthy();
  });
});
