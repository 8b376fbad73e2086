import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import {
  LIST_ORDERS,
  NEWEST_FIRST,
  orderFromQuery,
  orderKey,
  orderParams,
  orderToQuery,
} from './expense-order';

describe('the expense list order in the URL', () => {
  it('round-trips every offered order through the query string', () => {
    for (const order of LIST_ORDERS) {
      const query = Object.fromEntries(orderToQuery(order));
      expect(orderFromQuery(query)).toEqual({ sort: order.sort, direction: order.direction });
    }
  });

  it('keeps the URL plain for newest first and leaves out a natural direction', () => {
    expect(orderToQuery(NEWEST_FIRST).toString()).toBe('');
    expect(orderToQuery({ sort: 'amount', direction: 'desc' }).toString()).toBe('sort=amount');
    expect(orderToQuery({ sort: 'merchant', direction: 'desc' }).toString()).toBe(
      'sort=merchant&direction=desc',
    );
    expect(orderParams(NEWEST_FIRST)).toEqual({});
    expect(orderParams({ sort: 'category', direction: 'asc' })).toEqual({ sort: 'category' });
  });

  it('falls back to newest first, or to the natural direction, for what the API would refuse', () => {
    expect(orderFromQuery({ sort: 'price' })).toEqual(NEWEST_FIRST);
    expect(orderFromQuery({})).toEqual(NEWEST_FIRST);
    expect(orderFromQuery({ sort: 'amount', direction: 'up' })).toEqual({
      sort: 'amount',
      direction: 'desc',
    });
    expect(orderFromQuery({ sort: 'category' })).toEqual({ sort: 'category', direction: 'asc' });
  });

  it('names each offered order once, and only those, in the messages', () => {
    expect(new Set(LIST_ORDERS.map(orderKey)).size).toBe(LIST_ORDERS.length);
    expect(Object.keys(en.expenses.order).sort()).toEqual(LIST_ORDERS.map(orderKey).sort());
  });
});
