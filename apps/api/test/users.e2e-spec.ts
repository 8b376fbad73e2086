import { describe, it, expect, afterAll } from 'vitest';
import { DEFAULT_CATEGORIES } from '@spendwise/contracts';
import { claimsOf, newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';

describe('GET/PATCH /me and provisioning on first request', () => {
  const db = openDatabase();
  afterAll(() => db.$disconnect());

  it('creates exactly one user with the ten default categories when first requests race', async () => {
    const { accessToken, email } = await newUser('race');
    const api = as(accessToken);
    const responses = await Promise.all(Array.from({ length: 6 }, () => api.get('/me')));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);

    const sub = claimsOf(accessToken).sub as string;
    const users = await db.user.findMany({ where: { cognitoSub: sub } });
    expect(users).toHaveLength(1);
    expect(users[0]!.email).toBe(email);
    const categories = await db.category.findMany({ where: { userId: users[0]!.id } });
    expect(categories.map((category) => category.name).sort()).toEqual(
      DEFAULT_CATEGORIES.map((category) => category.name).sort(),
    );
  });

  it('returns the profile with the email Cognito holds and the defaults', async () => {
    const { accessToken, email } = await newUser('profile');
    const response = await as(accessToken).get('/me');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: expect.any(String),
      email,
      displayName: null,
      currency: 'USD',
      timeZone: 'UTC',
      preferencesSet: false,
      budgetAlerts: true,
      createdAt: expect.any(String),
    });
  });

  it('turns budget alerts off and on, and nothing else with it', async () => {
    const api = as((await newUser('alerts-switch')).accessToken);
    const before = (await api.get('/me')).body;
    const off = await api.patch('/me', { budgetAlerts: false });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ ...before, budgetAlerts: false });
    expect((await api.get('/me')).body.budgetAlerts).toBe(false);
    expect((await api.patch('/me', { budgetAlerts: true })).body).toEqual(before);
    const refused = await api.patch('/me', { budgetAlerts: 'off' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.details)).toContain('budgetAlerts');
  });

  it('marks currency and time zone as chosen once either is sent, not for a display name', async () => {
    const api = as((await newUser('preferences')).accessToken);
    expect((await api.patch('/me', { displayName: 'Grace' })).body.preferencesSet).toBe(false);
    expect((await api.patch('/me', { timeZone: 'Asia/Tokyo' })).body.preferencesSet).toBe(true);
    expect((await api.get('/me')).body).toMatchObject({ timeZone: 'Asia/Tokyo', preferencesSet: true });
  });

  it('changes display name, currency and time zone', async () => {
    const api = as((await newUser('patch')).accessToken);
    const response = await api.patch('/me', {
      displayName: '  Ada Lovelace ',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      displayName: 'Ada Lovelace',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
    expect((await api.get('/me')).body).toMatchObject({ currency: 'EUR', timeZone: 'Europe/Berlin' });
    expect((await api.patch('/me', { displayName: null })).body.displayName).toBeNull();
  });

  it('rejects an unknown currency or time zone, naming the field', async () => {
    const api = as((await newUser('patch-bad')).accessToken);
    const response = await api.patch('/me', {
      currency: 'XYZ',
      timeZone: 'Mars/Olympus_Mons',
      email: 'x@y.z',
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'currency', message: 'is not a current ISO 4217 currency' },
      { field: 'timeZone', message: 'is not a known IANA time zone (e.g. Europe/Berlin)' },
      { field: 'email', message: 'is not an allowed field' },
    ]);
    expect((await api.patch('/me', {})).body.details).toEqual([
      { field: 'body', message: 'send at least one field to change' },
    ]);
  });
});
