// @vitest-environment jsdom
import { leakedKeys, render, screen } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/api/queries', () => ({
  usePersonalRates: () => ({
    isPending: false,
    isError: false,
    data: { items: [{ currency: 'ARS', date: '2026-11-02', rate: '1234.5' }] },
  }),
  usePersonalRateMutations: () => ({ set: {}, remove: { isPending: false } }),
}));

const { ExchangeRates } = await import('./ExchangeRates');

describe('ExchangeRates in German', () => {
  it('words the section, the form and the list in German, with no message key showing', () => {
    const { container } = render(<ExchangeRates locale="de-DE" />, { locale: 'de' });
    expect(screen.getByRole('heading', { name: 'Wechselkurse' })).toBeTruthy();
    expect(screen.getByLabelText('Kurs für')).toBeTruthy();
    expect(screen.getByLabelText('USD je 1 EUR')).toBeTruthy();
    expect(screen.getByText('2026-11-02: 1 EUR = 1234.5 ARS')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ARS-Kurs vom 2026-11-02 entfernen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kurs speichern' })).toBeTruthy();
    expect(leakedKeys(container)).toEqual([]);
  });
});
