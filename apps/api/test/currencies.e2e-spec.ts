import { describe, it, expect } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

/** Money in currencies with 0, 2 and 3 decimals, by ISO 4217 — not by the runtime's Intl data. */
describe('currencies and their ISO 4217 minor units', () => {
  it('records JPY, BHD and LBP expenses and exports each with its own ISO decimals', async () => {
    const api = as((await newUser('iso-units')).accessToken);
    for (const [currency, amountMinor] of [
      ['JPY', 1500],
      ['BHD', 1234],
      // Intl (CLDR) shows LBP without decimals; ISO 4217 gives it 2, so 150000 minor units are LBP 1,500.00.
      ['LBP', 150000],
    ] as const) {
      expect((await api.patch('/me', { currency })).status).toBe(200);
      const created = await api.post('/expenses', {
        amountMinor,
        occurredOn: '2026-04-01',
        description: `In ${currency}`,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ amountMinor, currency });
    }
    const rows = (await api.get('/expenses/export.csv')).text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',').slice(1, 6).join(','));
    expect(rows.sort()).toEqual(['In BHD,,,1.234,BHD', 'In JPY,,,1500,JPY', 'In LBP,,,1500.00,LBP']);
  });

  it('refuses codes that are not current ISO 4217 money, naming the field', async () => {
    const api = as((await newUser('iso-refused')).accessToken);
    for (const currency of ['XAU', 'XDR', 'XTS', 'DEM', 'ABC']) {
      const response = await api.patch('/me', { currency });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        { field: 'currency', message: 'is not a current ISO 4217 currency' },
      ]);
    }
    expect((await api.get('/me')).body.currency).toBe('USD');
  });
});
