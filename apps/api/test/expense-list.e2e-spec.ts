import { describe, it, expect, beforeAll } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

interface Listed {
  id: string;
  occurredOn: string;
  description: string;
  amountMinor: number;
  merchant: string | null;
  categoryId: string | null;
}

describe('GET /expenses (filters, order, cursor pagination) and GET /expenses/export.csv', () => {
  let api: ReturnType<typeof as>;
  let transport: string;
  const created: Listed[] = [];

  beforeAll(async () => {
    api = as((await newUser('list')).accessToken);
    transport = (await api.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Transport',
    ).id;
    const rows = [
      { amountMinor: 300, occurredOn: '2026-01-10', description: 'Bus ticket', categoryId: transport },
      {
        amountMinor: 4500,
        occurredOn: '2026-01-15',
        description: 'Groceries 50%_off',
        merchant: 'Super\\Mart',
      },
      { amountMinor: 1200, occurredOn: '2026-02-01', description: 'Lunch', merchant: 'Noodle Bar' },
      { amountMinor: 800, occurredOn: '2026-02-01', description: 'Coffee beans', merchant: 'Roastery' },
      { amountMinor: 2500, occurredOn: '2026-02-01', description: 'Train', categoryId: transport },
      { amountMinor: 99000, occurredOn: '2026-03-05', description: 'Laptop', merchant: 'Computer shop' },
      { amountMinor: 650, occurredOn: '2026-03-06', description: 'Cinema', merchant: 'Odeon, "Screen 2"' },
    ];
    // Sequentially, so created_at orders rows that share a date.
    for (const row of rows) created.push((await api.post('/expenses', row)).body);
  });

  const ids = (response: { body: { items: Listed[] } }) =>
    response.body.items.map((item) => item.description);

  it('lists newest first; same-day expenses newest-created first', async () => {
    const response = await api.get('/expenses');
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual([
      'Cinema',
      'Laptop',
      'Train',
      'Coffee beans',
      'Lunch',
      'Groceries 50%_off',
      'Bus ticket',
    ]);
    expect(response.body.nextCursor).toBeNull();
  });

  it('walks every expense exactly once with the cursor, in the same order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { items: Listed[]; nextCursor: string | null } } = await api.get(
        `/expenses?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((item) => item.description));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual([
      'Cinema',
      'Laptop',
      'Train',
      'Coffee beans',
      'Lunch',
      'Groceries 50%_off',
      'Bus ticket',
    ]);
  });

  it('filters by date range, category (or none), amount range and text', async () => {
    expect(ids(await api.get('/expenses?from=2026-02-01&to=2026-02-28'))).toEqual([
      'Train',
      'Coffee beans',
      'Lunch',
    ]);
    expect(ids(await api.get(`/expenses?categoryId=${transport}`))).toEqual(['Train', 'Bus ticket']);
    expect(ids(await api.get('/expenses?categoryId=none&maxAmount=1000'))).toEqual([
      'Cinema',
      'Coffee beans',
    ]);
    expect(ids(await api.get('/expenses?minAmount=1200&maxAmount=4500'))).toEqual([
      'Train',
      'Lunch',
      'Groceries 50%_off',
    ]);
    // Case-insensitive substring of description or merchant.
    expect(ids(await api.get('/expenses?q=NOODLE'))).toEqual(['Lunch']);
    expect(ids(await api.get('/expenses?q=bean'))).toEqual(['Coffee beans']);
  });

  it('matches %, _ and \\ in the search text literally', async () => {
    expect(ids(await api.get(`/expenses?q=${encodeURIComponent('50%_')}`))).toEqual(['Groceries 50%_off']);
    expect(ids(await api.get(`/expenses?q=${encodeURIComponent('%')}`))).toEqual(['Groceries 50%_off']);
    expect(ids(await api.get(`/expenses?q=${encodeURIComponent('_')}`))).toEqual(['Groceries 50%_off']);
    expect(ids(await api.get(`/expenses?q=${encodeURIComponent('r\\M')}`))).toEqual(['Groceries 50%_off']);
  });

  it('validates filters and the page size, naming the parameter', async () => {
    const bad = await api.get(
      '/expenses?from=2026-03-01&to=2026-02-01&limit=101&categoryId=food&orderBy=asc',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      { field: 'categoryId', message: 'must be a UUID' },
      { field: 'limit', message: 'must be at most 100' },
      { field: 'orderBy', message: 'is not an allowed field' },
      { field: 'from', message: 'must not be after to' },
    ]);
    expect((await api.get('/expenses?from=2026-03-01&to=2026-02-01')).body.details).toEqual([
      { field: 'from', message: 'must not be after to' },
    ]);
    expect((await api.get('/expenses?minAmount=1e3')).body.details).toEqual([
      { field: 'minAmount', message: 'must be a whole number of minor units' },
    ]);
    expect((await api.get('/expenses?cursor=bm90LWEtY3Vyc29y')).body.details).toEqual([
      { field: 'cursor', message: 'is not a valid cursor' },
    ]);
  });

  it('exports the filtered expenses as CSV, quoting and defusing cells', async () => {
    const response = await api.get('/expenses/export.csv?from=2026-02-01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="spendwise-expenses-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Date,Description,Merchant,Category,Amount,Currency,Amount in base currency,Base currency,Rates used,' +
        'Not converted because,Tags,Note,Id,Created at',
    );
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual([
      'Cinema',
      'Laptop',
      'Train',
      'Coffee beans',
      'Lunch',
    ]);
    const cinema = created.find((expense) => expense.description === 'Cinema')!;
    expect(lines[1]).toMatch(
      new RegExp(`^2026-03-06,Cinema,"Odeon, ""Screen 2""",,6\\.50,USD,6\\.50,USD,,,,,${cinema.id},`),
    );
    expect(lines[3]).toContain(',Train,,Transport,25.00,USD,25.00,USD,,,');
  });

  it('exports nothing but the header for a user without expenses', async () => {
    const empty = as((await newUser('list-empty')).accessToken);
    const response = await empty.get('/expenses/export.csv');
    expect(response.text.replace(/^\uFEFF/, '')).toBe(
      'Date,Description,Merchant,Category,Amount,Currency,Amount in base currency,Base currency,Rates used,' +
        'Not converted because,Tags,Note,Id,Created at\r\n',
    );
  });
});
