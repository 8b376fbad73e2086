/**
 * Suggested series end to end: expenses as a person records them (a subscription's bank wording changing, a weekly
 * class with no merchant, a shop visited often with different amounts), read back as suggestions; dismissing and
 * accepting; another person's history never shows.
 */
import { addDays, occurrencesBetween, todayIn } from '@spendwise/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

type Api = ReturnType<typeof as>;

/** The 1st of this month and of the `months` before it: dates every month has, all on or before today. */
function firstsOfMonths(today: string, months: number): string[] {
  const start = `${today.slice(0, 7)}-01`;
  const back = occurrencesBetween(
    { schedule: { kind: 'monthly', every: 1, day: 1 }, startOn: '2000-01-01' },
    '2000-01-01',
    start,
  ).map((occurrence) => occurrence.on);
  return back.slice(-(months + 1));
}

async function record(api: Api, expenses: Array<Record<string, unknown>>): Promise<void> {
  for (const expense of expenses) {
    const created = await api.post('/expenses', expense);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
}

describe('/recurring/suggestions', () => {
  let api: Api;
  let today: string;
  let categoryId: string;

  beforeAll(async () => {
    api = as((await newUser('suggestions')).accessToken);
    today = todayIn((await api.get('/me')).body.timeZone);
    categoryId = (await api.get('/categories')).body.items[0].id;
    const months = firstsOfMonths(today, 3);
    await record(api, [
      // A subscription: same merchant and amount on the 1st, the bank's description changing each month.
      ...months.map((occurredOn, i) => ({
        amountMinor: 1599,
        occurredOn,
        description: `NETFLIX.COM ${1000 + i}`,
        merchant: 'Netflix',
        ...(i === months.length - 1 && { categoryId }),
      })),
      // A weekly class without a merchant: its description names it.
      ...[-14, -7, 0].map((days) => ({
        amountMinor: 1200,
        occurredOn: addDays(today, days),
        description: 'Yoga class',
      })),
      // Groceries at one shop every week, a different amount each time: not one repeated expense.
      ...[-21, -14, -7, 0].map((days, i) => ({
        amountMinor: 4000 + i * 137,
        occurredOn: addDays(today, days),
        description: 'Groceries',
        merchant: 'Corner Shop',
      })),
      // A refund repeated weekly (cashback, say) is money back, never a series to suggest.
      ...[-14, -7, 0].map((days) => ({
        amountMinor: -300,
        occurredOn: addDays(today, days),
        description: 'Cashback',
      })),
      // Twice is not yet a habit.
      ...[-35, -5].map((days) => ({
        amountMinor: 999,
        occurredOn: addDays(today, days),
        description: 'Magazine',
      })),
    ]);
  });

  it('suggests the monthly subscription and the weekly class, each with its next date, and nothing else', async () => {
    const { status, body } = await api.get('/recurring/suggestions');
    expect(status).toBe(200);
    const months = firstsOfMonths(today, 3);
    expect(body.items).toEqual([
      {
        key: expect.stringMatching(/^[0-9a-f]{64}$/),
        description: `NETFLIX.COM ${1003}`,
        merchant: 'Netflix',
        amountMinor: 1599,
        currency: 'USD',
        categoryId,
        schedule: { kind: 'monthly', every: 1, day: 1 },
        startOn: occurrencesBetween(
          { schedule: { kind: 'monthly', every: 1, day: 1 }, startOn: months[0]! },
          addDays(today, 1),
          addDays(today, 40),
        )[0]!.on,
        seen: 4,
        firstOn: months[0],
        lastOn: months[3],
      },
      {
        key: expect.stringMatching(/^[0-9a-f]{64}$/),
        description: 'Yoga class',
        merchant: null,
        amountMinor: 1200,
        currency: 'USD',
        categoryId: null,
        schedule: { kind: 'weeks', every: 1 },
        startOn: addDays(today, 7),
        seen: 3,
        firstOn: addDays(today, -14),
        lastOn: today,
      },
    ]);
  });

  it('accepting one is creating its series: it then stops being suggested, and nothing is recorded twice', async () => {
    const before = (await api.get('/recurring/suggestions')).body.items;
    const yoga = before.find((item: { description: string }) => item.description === 'Yoga class');
    const expensesBefore = (await api.get('/expenses?limit=100')).body.items.length;
    const { key: _key, seen: _seen, firstOn: _first, lastOn: _last, ...series } = yoga;
    const created = await api.post('/recurring', series);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ nextOn: addDays(today, 7), occurrences: [] });
    expect((await api.get('/expenses?limit=100')).body.items).toHaveLength(expensesBefore);
    const after = (await api.get('/recurring/suggestions')).body.items;
    expect(after.map((item: { description: string }) => item.description)).toEqual(['NETFLIX.COM 1003']);
  });

  it('dismisses one for good (again is fine); unknown keys are 404, malformed ones 400 naming the key', async () => {
    const [netflix] = (await api.get('/recurring/suggestions')).body.items;
    expect((await api.post(`/recurring/suggestions/${netflix.key}/dismiss`)).status).toBe(204);
    expect((await api.post(`/recurring/suggestions/${netflix.key}/dismiss`)).status).toBe(204);
    expect((await api.get('/recurring/suggestions')).body.items).toEqual([]);

    const unknown = await api.post(`/recurring/suggestions/${'0'.repeat(64)}/dismiss`);
    expect(unknown.status).toBe(404);
    const malformed = await api.post('/recurring/suggestions/netflix/dismiss');
    expect(malformed.status).toBe(400);
    expect(malformed.body.details).toEqual([
      { field: 'key', message: 'must be a suggestion key (64 hexadecimal characters)' },
    ]);

    // The same merchant at a new price is a new habit: suggested again once it repeats.
    await record(
      api,
      [-14, -7, 0].map((days) => ({
        amountMinor: 1799,
        occurredOn: addDays(today, days),
        description: 'Netflix',
        merchant: 'Netflix',
      })),
    );
    expect((await api.get('/recurring/suggestions')).body.items).toMatchObject([
      { merchant: 'Netflix', amountMinor: 1799, schedule: { kind: 'weeks', every: 1 } },
    ]);
  });

  it("never shows another person's habits, nor lets them dismiss one", async () => {
    const other = as((await newUser('suggestions-other')).accessToken);
    expect((await other.get('/recurring/suggestions')).body).toEqual({ items: [] });
    const [mine] = (await api.get('/recurring/suggestions')).body.items;
    expect((await other.post(`/recurring/suggestions/${mine.key}/dismiss`)).status).toBe(404);
    expect((await api.get('/recurring/suggestions')).body.items).toHaveLength(1);
  });
});
