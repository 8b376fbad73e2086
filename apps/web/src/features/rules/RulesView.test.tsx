// @vitest-environment jsdom
import { leakedKeys, render, screen, within } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';

const GROCERIES = '0190a000-0000-7000-8000-000000000001';
vi.mock('@/lib/api/queries', () => ({
  useCategories: () => ({
    isPending: false,
    data: { items: [{ id: GROCERIES, name: 'Lebensmittel', color: '#16a34a', createdAt: '2026-01-01' }] },
  }),
  useCategorisationRules: () => ({
    isPending: false,
    isError: false,
    data: {
      items: [
        { id: 'r1', kind: 'contains', text: 'rewe', categoryId: GROCERIES, source: 'learned' },
        { id: 'r2', kind: 'equals', text: 'edeka', categoryId: GROCERIES, source: 'written' },
      ],
    },
  }),
  useCategorisationRuleMutations: () => ({ create: {}, update: {}, remove: {} }),
}));

const { RulesView } = await import('./RulesView');

describe('RulesView in German', () => {
  it('words the page, the table and the form in German, with no message key showing', () => {
    const { container } = render(<RulesView />, { locale: 'de' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kategorisierungsregeln' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'importierst' }).getAttribute('href')).toBe('/import');
    const rows = screen.getAllByRole('row').map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(rows.slice(1).map((cells) => cells.slice(0, 4))).toEqual([
      ['enthält', 'rewe', 'Lebensmittel', 'Aus einem Import gelernt'],
      ['ist genau', 'edeka', 'Lebensmittel', 'Von dir geschrieben'],
    ]);
    expect(screen.getByRole('button', { name: 'Regel für rewe entfernen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Regel hinzufügen' })).toBeTruthy();
    expect(screen.getByLabelText('Händler (oder Beschreibung)')).toBeTruthy();
    expect(leakedKeys(container)).toEqual([]);
  });
});
