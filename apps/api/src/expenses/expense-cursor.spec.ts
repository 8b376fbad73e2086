import { describe, it, expect } from 'vitest';
import { ValidationFailedError } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './expense-cursor';

describe('expense cursor', () => {
  const position = {
    occurredOn: '2026-03-01',
    createdAt: '2026-03-01T10:11:12.345Z',
    id: '01900000-0000-7000-8000-00000000000a',
  };

  it('round-trips a position through an opaque, URL-safe string', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ ...position, order: 'date-desc', keys: [] });
  });

  it("round-trips another order's position with its key values, and only for that order", () => {
    const cursor = encodeCursor({ ...position, order: 'amount-desc', keys: [false, 'USD', 1250] });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'amount-desc')).toEqual({
      ...position,
      order: 'amount-desc',
      keys: [false, 'USD', 1250],
    });
    // Followed in another order, it would skip or repeat rows.
    for (const order of ['amount-asc', 'date-desc', 'merchant-asc'] as const) {
      expect(() => decodeCursor(cursor, order)).toThrow(ValidationFailedError);
    }
    expect(() => decodeCursor(encodeCursor(position), 'amount-desc')).toThrow(ValidationFailedError);
  });

  it.each([
    ['keys of the wrong types', [false, 'USD', '1250']],
    ['too few keys', [false, 'USD']],
    ['a fractional amount', [false, 'USD', 12.5]],
    ['no key array', 'USD'],
  ])('rejects an amount-order cursor with %s', (_, keys) => {
    const payload = [position.occurredOn, position.createdAt, position.id, 'amount-desc', keys];
    const cursor = Buffer.from(JSON.stringify(payload)).toString('base64url');
    expect(() => decodeCursor(cursor, 'amount-desc')).toThrow(ValidationFailedError);
  });

  it.each([
    'abc',
    Buffer.from('["2026-03-01"]').toString('base64url'),
    Buffer.from('["2026-02-30","2026-03-01T10:11:12.345Z","01900000-0000-7000-8000-00000000000a"]').toString(
      'base64url',
    ),
    Buffer.from('["2026-03-01","yesterday","01900000-0000-7000-8000-00000000000a"]').toString('base64url'),
    Buffer.from('{"occurredOn":"2026-03-01"}').toString('base64url'),
  ])('rejects a cursor that is not a valid position (%s) as a 400 naming `cursor`', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ValidationFailedError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as ValidationFailedError).details).toEqual([
        { field: 'cursor', message: 'is not a valid cursor' },
      ]);
    }
  });
});
