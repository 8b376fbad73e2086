// @vitest-environment jsdom
import { act, render, screen, within } from '@/test/render';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetOffline, keepOffline, useOfflineExpenses } from '@/features/expenses/offline-expenses';
import { WaitingExpenses } from './WaitingExpenses';

function Waiting({ owner }: { owner: string }) {
  return <WaitingExpenses items={useOfflineExpenses(owner)} currency="EUR" locale="de-DE" />;
}

const keep = (owner: string, key: string, description: string, amountMinor: number) =>
  keepOffline({ owner, idempotencyKey: key, input: { amountMinor, occurredOn: '2026-12-05', description } });

describe('WaitingExpenses', () => {
  afterEach(() => window.localStorage.clear());

  it("lists the person's expenses kept on this device, in their currency and locale, until they are sent", () => {
    keep('person-a', 'key-1', 'Bakery', 1250);
    keep('person-b', 'key-2', 'Not mine', 999);
    render(<Waiting owner="person-a" />);

    const section = screen.getByRole('region', { name: 'Waiting to be saved' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toMatch(/Bakery.*12,50\s€.*Waiting to be saved/);
    expect(section.textContent).not.toContain('Not mine');

    // Kept in another tab of this browser, then sent: the list follows the store.
    act(() => keep('person-a', 'key-3', 'Bus', 300));
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
    act(() => {
      forgetOffline('key-1');
      forgetOffline('key-3');
    });
    expect(screen.queryByRole('region', { name: 'Waiting to be saved' })).toBeNull();
  });

  it('shows nothing when nothing waits', () => {
    render(<Waiting owner="person-a" />);
    expect(screen.queryByTestId('waiting-expenses')).toBeNull();
  });
});
