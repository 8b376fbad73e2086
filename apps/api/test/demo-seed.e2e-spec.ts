import { describe, it, expect, afterAll } from 'vitest';
import { seedDemoUser } from '@spendwise/db';
import { claimsOf, newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';

/** The demo data `SEED_DEMO=1 npm run dev` creates (@spendwise/db's seed), as the API serves it. */
describe('a seeded demo user', () => {
  const db = openDatabase();
  afterAll(() => db.$disconnect());

  it('signs in and sees a year of realistic spending on the dashboard and in the list', async () => {
    const { accessToken, email } = await newUser('demo');
    const today = new Date();
    const seeded = await seedDemoUser(db, {
      cognitoSub: claimsOf(accessToken).sub,
      email,
      months: 12,
      seed: 42,
      today,
    });
    expect(seeded.expensesCreated).toBeGreaterThan(100);

    const api = as(accessToken);
    expect((await api.get('/me')).body).toMatchObject({ id: seeded.userId, email });
    const dashboard = (await api.get('/dashboard')).body;
    expect(dashboard.monthly).toHaveLength(12);
    expect(
      dashboard.monthly.filter((month: { totalMinor: number }) => month.totalMinor > 0).length,
    ).toBeGreaterThanOrEqual(11);
    expect(dashboard.byCategory.length).toBeGreaterThan(3);
    expect(dashboard.recent).toHaveLength(5);

    const page = (await api.get('/expenses?limit=100')).body;
    expect(page.items).toHaveLength(100);
    expect(page.nextCursor).not.toBeNull();
    const categories = (await api.get('/categories')).body.items;
    expect(categories).toHaveLength(10);
  });
});
