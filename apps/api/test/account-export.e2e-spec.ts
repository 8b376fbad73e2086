import { describe, it, expect, afterAll } from 'vitest';
import { unzipSync } from 'fflate';
import { newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { e2eEnv } from './support/e2e-env';
import { as, call } from './support/http';

/** GET /me/export as raw bytes (the JSON/text helper would mangle a zip). */
async function download(token?: string) {
  const response = await fetch(`${e2eEnv().apiUrl}/me/export`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(30_000),
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The archive's files as text, byte order marks kept (TextDecoder drops them by default). */
function filesOf(bytes: Uint8Array): Record<string, string> {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, utf8.decode(data)]),
  );
}

/**
 * A person with a custom category, an overall and a category budget, an exchange rate of their own, expenses
 * (one with CSV-hostile text) and a recurring series.
 */
async function personWithData(label: string, expenses: number) {
  const person = await newUser(label);
  const api = as(person.accessToken);
  const me = (await api.get('/me')).body;
  await api.patch('/me', { displayName: `Person ${label}`, currency: 'EUR', timeZone: 'Europe/Paris' });
  const category = (await api.post('/categories', { name: `Hobby ${label}`, color: '#123456' })).body;
  await api.put('/budgets', { categoryId: null, amountMinor: 50_000 });
  await api.put('/budgets', { categoryId: category.id, amountMinor: 9_050 });
  expect((await api.put('/me/exchange-rates/ARS/2026-01-12', { rate: '987.6543210001' })).status).toBe(201);
  for (let n = 0; n < expenses; n += 1) {
    const created = await api.post('/expenses', {
      amountMinor: 1000 + n,
      occurredOn: `2026-0${1 + (n % 9)}-1${n % 10}`,
      description: n === 0 ? `=SUM(A1) "${label}", quoted` : `${label} expense ${n}`,
      categoryId: n % 2 ? category.id : null,
      tags: [`tag-${label}`],
    });
    expect(created.status).toBe(201);
  }
  const series = await api.post('/recurring', {
    amountMinor: 4200,
    description: `${label} subscription`,
    schedule: { kind: 'monthlyLastDay' },
    startOn: '2031-01-31',
  });
  expect(series.status).toBe(201);
  const preset = await api.put('/import-presets', {
    name: `${label} bank`,
    mapping: {
      delimiter: ';',
      hasHeader: true,
      dateOrder: 'DMY',
      decimalMark: ',',
      signConvention: 'negativeIsDebit',
      columns: { date: 'Buchungstag', amount: 'Betrag', description: 'Verwendungszweck' },
    },
  });
  expect(preset.status).toBe(201);
  const rule = await api.post('/categorisation-rules', {
    kind: 'equals',
    text: `${label} shop`,
    categoryId: category.id,
  });
  expect(rule.status).toBe(201);
  const imported = await api.post(`/imports?filename=${label}-statement.csv`, undefined, {
    rawBody: `Date,Description,Amount\n2026-03-02,${label} bakery,-4.20\n`,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(imported.status).toBe(201);
  return { ...person, api, id: me.id as string };
}

describe('GET /me/export', () => {
  const db = openDatabase();
  afterAll(() => db.$disconnect());

  it("holds every row of the caller (JSON and CSV) and none of anybody else's", async () => {
    const owner = await personWithData('owner', 12);
    const other = await personWithData('other', 3);

    const { response, bytes } = await download(owner.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="spendwise-export-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = filesOf(bytes);
    expect(Object.keys(files).sort()).toEqual(
      [
        ...['budgets', 'categories', 'exchange-rates', 'expenses', 'profile'].flatMap((name) => [
          `${name}.csv`,
          `${name}.json`,
        ]),
        'recurring.json',
        'imports.json',
        'import-presets.json',
        'categorisation-rules.json',
      ].sort(),
    );
    expect(JSON.parse(files['categorisation-rules.json']!)).toEqual(
      (await owner.api.get('/categorisation-rules')).body.items,
    );
    expect(JSON.parse(files['categorisation-rules.json']!)).toMatchObject([{ text: 'owner shop' }]);
    expect(JSON.parse(files['imports.json']!)).toEqual((await owner.api.get('/imports')).body.items);
    expect(JSON.parse(files['imports.json']!)).toMatchObject([
      { filename: 'owner-statement.csv', format: 'csv', rowsStored: 1, rowsPresent: 1 },
    ]);
    expect(JSON.parse(files['import-presets.json']!)).toEqual(
      (await owner.api.get('/import-presets')).body.items,
    );
    expect(JSON.parse(files['import-presets.json']!)).toMatchObject([{ name: 'owner bank' }]);
    expect(JSON.parse(files['recurring.json']!)).toEqual((await owner.api.get('/recurring')).body.items);
    expect(JSON.parse(files['recurring.json']!)).toMatchObject([{ description: 'owner subscription' }]);

    // JSON: exactly what the API serves the owner, row for row.
    expect(JSON.parse(files['profile.json']!)).toEqual((await owner.api.get('/me')).body);
    expect(JSON.parse(files['categories.json']!)).toEqual(
      expect.arrayContaining((await owner.api.get('/categories')).body.items),
    );
    // The list's carriedMinor/availableMinor are derived for the month asked for (rollover): not stored, not exported.
    const budgets = (await owner.api.get('/budgets')).body.items.map(
      ({ carriedMinor: _carried, availableMinor: _available, ...budget }: Record<string, unknown>) => budget,
    );
    expect(JSON.parse(files['budgets.json']!)).toHaveLength(budgets.length);
    expect(JSON.parse(files['budgets.json']!)).toEqual(expect.arrayContaining(budgets));
    // As recorded: the list's baseAmountMinor is derived at read time (the CSV carries the conversion).
    const expenses = (await owner.api.get('/expenses?limit=100')).body.items.map(
      ({ baseAmountMinor: _derived, ...expense }: { baseAmountMinor: number | null }) => expense,
    );
    expect(JSON.parse(files['expenses.json']!)).toEqual(expenses);
    expect(JSON.parse(files['exchange-rates.json']!)).toEqual(
      (await owner.api.get('/me/exchange-rates')).body.items,
    );
    expect(files['exchange-rates.csv']).toMatch(/\r\nARS,2026-01-12,987\.6543210001,/);

    // …and every row the database holds for the owner, by id.
    const idsIn = async (table: string) =>
      (
        await db.$queryRawUnsafe<Array<{ id: string }>>(
          `SELECT id::text FROM "${table}" WHERE user_id = $1::uuid ORDER BY id`,
          owner.id,
        )
      ).map((row) => row.id);
    for (const table of ['categories', 'budgets', 'expenses']) {
      const exported = JSON.parse(files[`${table}.json`]!).map((row: { id: string }) => row.id);
      expect(exported.sort()).toEqual(await idsIn(table));
      const csvLines = files[`${table}.csv`]!.replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(csvLines).toHaveLength(exported.length + 1);
      for (const id of exported) expect(files[`${table}.csv`]).toContain(id);
    }

    // Amounts: integer minor units with the currency in JSON, decimals in CSV; CSV-hostile text defused.
    expect(JSON.parse(files['budgets.json']!)).toContainEqual(
      expect.objectContaining({ amountMinor: 9_050, currency: 'EUR' }),
    );
    expect(files['budgets.csv']).toContain(',Hobby owner,');
    expect(files['budgets.csv']).toContain(',90.50,EUR,9050,');
    expect(files['budgets.csv']).toMatch(/\r\n[0-9a-f-]{36},Overall,,500\.00,EUR,50000,/);
    expect(files['expenses.csv']).toContain(`"'=SUM(A1) ""owner"", quoted"`);
    expect(files['profile.csv']).toContain(`${owner.email},Person owner,EUR,Europe/Paris,true,true,`);

    // Nothing of the other person: not their ids, email, names or texts.
    const everything = Object.values(files).join('\n');
    const [otherRows] = await db.$queryRaw<Array<{ ids: string[] }>>`
      SELECT array_agg(id::text) AS ids FROM (
        SELECT id FROM categories WHERE user_id = ${other.id}::uuid UNION ALL
        SELECT id FROM budgets WHERE user_id = ${other.id}::uuid UNION ALL
        SELECT id FROM expenses WHERE user_id = ${other.id}::uuid UNION ALL
        SELECT id FROM recurring_series WHERE user_id = ${other.id}::uuid) AS rows`;
    expect(otherRows!.ids.length).toBeGreaterThan(10);
    for (const id of [other.id, ...otherRows!.ids]) expect(everything).not.toContain(id);
    for (const text of [
      other.email,
      'Person other',
      'Hobby other',
      'other expense',
      'tag-other',
      'other subscription',
    ]) {
      expect(everything).not.toContain(text);
    }
  });

  it('gives a person without expenses or budgets empty lists and headers only', async () => {
    const fresh = await newUser('export-fresh');
    const files = filesOf((await download(fresh.accessToken)).bytes);
    expect(JSON.parse(files['expenses.json']!)).toEqual([]);
    expect(JSON.parse(files['budgets.json']!)).toEqual([]);
    expect(JSON.parse(files['recurring.json']!)).toEqual([]);
    expect(JSON.parse(files['imports.json']!)).toEqual([]);
    expect(JSON.parse(files['import-presets.json']!)).toEqual([]);
    expect(JSON.parse(files['categorisation-rules.json']!)).toEqual([]);
    expect(files['expenses.csv']!.split('\r\n')).toEqual([
      '\uFEFFDate,Description,Merchant,Category,Amount,Currency,Amount in base currency,Base currency,' +
        'Rates used,Not converted because,Tags,Note,Id,Created at',
      '',
    ]);
    // The default categories are the person's own rows too.
    expect(JSON.parse(files['categories.json']!).length).toBeGreaterThan(0);
  });

  it('is documented in OpenAPI as a binary zip', async () => {
    const operation = (await call('GET', '/docs-json')).body.paths['/me/export'].get;
    expect(operation.responses['200'].content).toEqual({
      'application/zip': { schema: { type: 'string', format: 'binary' } },
    });
  });

  it('needs a token', async () => {
    const { response } = await download();
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
