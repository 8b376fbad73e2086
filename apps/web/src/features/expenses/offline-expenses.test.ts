// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetOffline, keepOffline, offlineExpensesOf } from './offline-expenses';

const input = { amountMinor: 450, occurredOn: '2026-12-05', description: 'Bus' };

describe('expenses kept offline', () => {
  afterEach(() => window.localStorage.clear());

  it('keeps each expense once per Idempotency-Key, for its owner only, until forgotten', () => {
    keepOffline({ owner: 'a', idempotencyKey: 'k1', input });
    keepOffline({ owner: 'a', idempotencyKey: 'k1', input: { ...input, amountMinor: 500 } });
    keepOffline({ owner: 'b', idempotencyKey: 'k2', input });
    expect(offlineExpensesOf('a')).toHaveLength(1);
    expect(offlineExpensesOf('a')[0]).toMatchObject({ idempotencyKey: 'k1', input: { amountMinor: 500 } });
    expect(offlineExpensesOf('b')).toHaveLength(1);
    forgetOffline('k1');
    expect(offlineExpensesOf('a')).toEqual([]);
    expect(offlineExpensesOf('b')).toHaveLength(1);
  });

  it('reads a damaged store as empty rather than failing', () => {
    window.localStorage.setItem('spendwise:offline-expenses', '{oops');
    expect(offlineExpensesOf('a')).toEqual([]);
  });
});
