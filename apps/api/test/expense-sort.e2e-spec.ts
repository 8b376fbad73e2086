import { describe, it, expect, beforeAll } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

interface Listed {
  id: string;
  occurredOn: string;
  amountMinor: number;
  currency: string;
  merchant: string | null;
  categoryId: string | null;
}

type Order = `${'date' | 'amount' | 'merchant' | 'category'}-${'asc' | 'desc'}`;

const ORDERS: Order[] = [
  'date-desc',
  'date-asc',
  'amount-desc',
  'amount-asc',
  'merchant-asc',
  'merchant-desc',
  'category-asc',
  'category-desc',
];

describe('GET /expenses?sort=…&direction=… (sorted keyset pages)', () => {
  let api: ReturnType<typeof as>;
  // In creation order, which is also created_at order: the tie-breaker after the date.
  const created: Listed[] = [];
  const categoryName = new Map<string, string>();

  beforeAll(async () => {
    api = as((await newUser('sort')).accessToken);
    // One-word names, so the test's ordering and the database collation agree without a locale in between.
    for (const name of ['Rent', 'books', 'Zoo']) {
      const category = (await api.post('/categories', { name, color: '#123456' })).body;
      categoryName.set(category.id, name);
    }
    const [rent, books, zoo] = [...categoryName.keys()];
    const rows = [
      { amountMinor: 1200, occurredOn: '2026-02-01', merchant: 'bakery', categoryId: books },
      { amountMinor: 1200, occurredOn: '2026-02-01', merchant: 'Bakery', categoryId: null },
      { amountMinor: 99000, occurredOn: '2026-01-03', merchant: null, categoryId: rent },
      { amountMinor: 300, occurredOn: '2026-03-09', merchant: 'Zest', categoryId: zoo },
      { amountMinor: 4500, occurredOn: '2026-02-01', merchant: 'apple', categoryId: books },
      { amountMinor: 300, occurredOn: '2025-12-31', merchant: null, categoryId: null },
    ];
    // Expenses take the person's currency when recorded: USD (the base at the end), then euros and yen.
    for (const currency of ['EUR', 'JPY', 'USD']) {
      expect((await api.patch('/me', { currency })).status).toBe(200);
      for (const row of rows.slice(0, currency === 'USD' ? 6 : 3)) {
        const response = await api.post('/expenses', {
          ...row,
          description: `${row.merchant ?? 'cash'} ${currency}`,
        });
        expect(response.status).toBe(201);
        created.push(response.body);
      }
    }
  }, 60_000);

  /** What each order promises, written out independently of the SQL. */
  function expected(order: Order): string[] {
    const [sort, direction] = order.split('-') as [string, 'asc' | 'desc'];
    const sign = direction === 'asc' ? 1 : -1;
    const compare = (a: string | number | boolean, b: string | number | boolean) =>
      a < b ? -1 : a > b ? 1 : 0;
    const position = (row: Listed) => created.indexOf(row);
    const newestFirst = (a: Listed, b: Listed) =>
      -compare(a.occurredOn, b.occurredOn) || -compare(position(a), position(b));
    const by: Record<string, (a: Listed, b: Listed) => number> = {
      date: (a, b) => sign * (compare(a.occurredOn, b.occurredOn) || compare(position(a), position(b))),
      amount: (a, b) =>
        compare(a.currency !== 'USD', b.currency !== 'USD') ||
        compare(a.currency, b.currency) ||
        sign * compare(a.amountMinor, b.amountMinor) ||
        newestFirst(a, b),
      merchant: (a, b) =>
        compare(a.merchant === null, b.merchant === null) ||
        sign * compare((a.merchant ?? '').toLowerCase(), (b.merchant ?? '').toLowerCase()) ||
        newestFirst(a, b),
      category: (a, b) =>
        compare(a.categoryId === null, b.categoryId === null) ||
        sign *
          compare(
            (categoryName.get(a.categoryId ?? '') ?? '').toLowerCase(),
            (categoryName.get(b.categoryId ?? '') ?? '').toLowerCase(),
          ) ||
        newestFirst(a, b),
    };
    return [...created].sort(by[sort]).map((row) => row.id);
  }

  /** Every page of the list, two rows at a time, following nextCursor. */
  async function walk(query: string): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await api.get(`/expenses?limit=2&${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const page = response.body as { items: Listed[]; nextCursor: string | null };
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it.each(ORDERS)('walks every expense exactly once in %s order, two per page', async (order) => {
    const [sort, direction] = order.split('-');
    const seen = await walk(`sort=${sort}&direction=${direction}`);
    expect(seen).toHaveLength(created.length);
    expect(seen).toEqual(expected(order));
  });

  it('uses each sort’s natural direction when none is given, and sorts what the filters match', async () => {
    expect(await walk('sort=amount')).toEqual(expected('amount-desc'));
    expect(await walk('sort=merchant')).toEqual(expected('merchant-asc'));
    const books = [...categoryName].find(([, name]) => name === 'books')![0];
    const first = await api.get(`/expenses?sort=amount&direction=asc&categoryId=${books}`);
    expect(first.body.items.map((item: Listed) => [item.currency, item.amountMinor])).toEqual([
      ['USD', 1200],
      ['USD', 4500],
      ['EUR', 1200],
      ['JPY', 1200],
    ]);
  });

  it('refuses an unknown sort or direction, and a cursor of another order, naming the parameter', async () => {
    const badSort = await api.get('/expenses?sort=price');
    expect(badSort.status).toBe(400);
    expect(badSort.body.details).toEqual([
      { field: 'sort', message: 'must be one of date, amount, merchant, category' },
    ]);
    const badDirection = await api.get('/expenses?sort=amount&direction=up');
    expect(badDirection.status).toBe(400);
    expect(badDirection.body.details).toEqual([{ field: 'direction', message: 'must be asc or desc' }]);

    // Written by hand: key values PostgreSQL cannot take (NUL in text, beyond int4) are the client's mistake.
    const written = (order: string, keys: unknown[]) =>
      Buffer.from(
        JSON.stringify(['2026-02-01', '2026-02-01T10:00:00.000Z', created[0]!.id, order, keys]),
      ).toString('base64url');
    for (const [query, cursor] of [
      ['sort=merchant', written('merchant-asc', [false, 'a\u0000b'])],
      ['sort=amount', written('amount-desc', [false, 'USD', 2 ** 31])],
      ['sort=amount', written('amount-desc', [false, 'USD', '1200'])],
    ]) {
      const response = await api.get(`/expenses?${query}&cursor=${cursor}`);
      expect(response.status, cursor).toBe(400);
      expect(response.body.details).toEqual([{ field: 'cursor', message: 'is not a valid cursor' }]);
    }
    // A valid position with any text pages on: the values are parameters, never SQL.
    const quoted = await api.get(
      `/expenses?sort=merchant&cursor=${written('merchant-asc', [false, "a' OR '1'='1"])}`,
    );
    expect(quoted.status).toBe(200);
    const after = "a' or '1'='1";
    expect(quoted.body.items.map((item: Listed) => item.id)).toEqual(
      expected('merchant-asc').filter((id) => {
        const merchant = created.find((row) => row.id === id)!.merchant;
        return merchant === null || merchant.toLowerCase() > after;
      }),
    );

    const amountCursor = (await api.get('/expenses?limit=2&sort=amount')).body.nextCursor;
    for (const query of ['sort=amount&direction=asc', 'sort=merchant', '']) {
      const response = await api.get(`/expenses?limit=2&${query}&cursor=${amountCursor}`);
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ field: 'cursor', message: 'is not a valid cursor' }]);
    }
  });
});
