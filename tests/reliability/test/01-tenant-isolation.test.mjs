/**
 * Tenant isolation, exhaustively: every route and method of the API (checked against its own OpenAPI document, so
 * a new route fails here until it is covered) is called with user B's token against user A's resources. Each
 * answer is 404 (as for a resource that does not exist) or 400, or a list/export/dashboard with none of A's data;
 * and the database is byte-for-byte unchanged afterwards.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newUser } from '../lib/cognito.mjs';
import { databaseFingerprint, openDatabase } from '../lib/database.mjs';
import { unzipSync } from 'fflate';
import { client, download } from '../lib/http.mjs';
import { readStack, recordFigures } from '../lib/run-files.mjs';

const stack = readStack();
const db = openDatabase(stack.databaseUrl);
const MISSING_ID = '00000000-0000-7000-8000-000000000000';
let owner;
let ownerToken;
let intruder;
let intruderToken;
let secrets;
let ownerData;
let requestsSent = 0;
let violations = 0;

before(async () => {
  const a = await newUser(stack.cognitoEndpoint, 'owner');
  const b = await newUser(stack.cognitoEndpoint, 'intruder');
  owner = client(stack.apiUrl, a.accessToken);
  ownerToken = a.accessToken;
  intruder = client(stack.apiUrl, b.accessToken);
  intruderToken = b.accessToken;
  await owner.patch('/me', { displayName: 'Owner Secretname' });
  const category = (await owner.post('/categories', { name: 'Secretcat', color: '#123456' })).body;
  const expenses = [];
  for (const day of ['2026-05-05', '2026-05-06']) {
    const response = await owner.post(
      '/expenses',
      {
        amountMinor: 987654,
        occurredOn: day,
        description: 'Secretpurchase',
        merchant: 'Secretshop',
        categoryId: category.id,
        tags: ['secrettag'],
      },
      { headers: { 'idempotency-key': `owner-key-${day}` } },
    );
    assert.equal(response.status, 201, response.text);
    expenses.push(response.body);
  }
  const budget = (await owner.put('/budgets', { categoryId: category.id, amountMinor: 555555 })).body;
  const rate = await owner.put('/me/exchange-rates/ARS/2026-05-05', { rate: '4242.4242' });
  assert.equal(rate.status, 201, rate.text);
  // Described like the expenses (already secrets); starts in the future, so it adds no expense to A's list.
  const series = await owner.post('/recurring', {
    amountMinor: 987654,
    description: 'Secretpurchase',
    merchant: 'Secretshop',
    categoryId: category.id,
    schedule: { kind: 'monthly', day: 31 },
    startOn: '2031-01-31',
  });
  assert.equal(series.status, 201, series.text);
  // Due tomorrow (UTC, A's zone) and only then: A's dashboard lists it as upcoming while tomorrow is this month.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const upcoming = await owner.post('/recurring', {
    amountMinor: 987654,
    description: 'Secretpurchase',
    merchant: 'Secretshop',
    categoryId: category.id,
    schedule: { kind: 'days' },
    startOn: tomorrow,
    count: 1,
  });
  assert.equal(upcoming.status, 201, upcoming.text);
  // A weekly habit up to today: A is suggested a series (GET /recurring/suggestions), B must never see it.
  for (const daysAgo of [14, 7, 0]) {
    const occurredOn = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const habit = { amountMinor: 987654, occurredOn, description: 'Secretpurchase', merchant: 'Secrethabit' };
    assert.equal((await owner.post('/expenses', habit)).status, 201);
  }
  const suggestions = await owner.get('/recurring/suggestions');
  assert.equal(suggestions.body.items?.[0]?.merchant, 'Secrethabit', suggestions.text);
  const imported = await owner.request('POST', '/imports?filename=Secretstatement.csv', {
    rawBody: 'Date,Description,Amount\n2026-05-07,Secretimported,-1231.23\n',
    headers: { 'content-type': 'application/octet-stream' },
  });
  assert.equal(imported.status, 201, imported.text);
  // A's saved CSV mapping, by header names only A's bank writes.
  const preset = await owner.put('/import-presets', {
    name: 'Secretbank',
    mapping: {
      delimiter: ';',
      hasHeader: true,
      dateOrder: null,
      decimalMark: null,
      signConvention: 'negativeIsDebit',
      columns: { date: 'Secretdate', amount: 'Secretamount', description: 'Secretmemo' },
    },
  });
  assert.equal(preset.status, 201, preset.text);
  // A's categorisation rule: it matches A's imported description, so B's preview of that file would show it.
  const rule = await owner.post('/categorisation-rules', {
    kind: 'contains',
    text: 'Secretimported',
    categoryId: category.id,
  });
  assert.equal(rule.status, 201, rule.text);
  const cursor = (await owner.get('/expenses?limit=1')).body.nextCursor;
  assert.ok(cursor, 'owner has a second page');
  const merchantCursor = (await owner.get('/expenses?limit=1&sort=merchant')).body.nextCursor;
  assert.ok(merchantCursor, 'owner has a second page by merchant');
  // An undoable bulk action of A's (POST /expenses/undo/{id}).
  const bulk = await owner.post('/expenses/bulk', {
    ids: [expenses[0].id],
    action: { kind: 'addTag', tag: 'secrettag' },
  });
  assert.equal(bulk.status, 200, bulk.text);
  ownerData = {
    category,
    expense: expenses[0],
    budget,
    cursor,
    merchantCursor,
    undo: bulk.body.undo,
    email: a.email,
    series: series.body,
    upcoming: upcoming.body,
    import: imported.body.import,
    preset: preset.body,
    rule: rule.body,
    suggestion: suggestions.body.items[0],
  };
  secrets = [
    a.email,
    'Secretname',
    'Secretcat',
    'Secretpurchase',
    'Secretshop',
    'secrettag',
    '987654',
    '555555',
    '4242.4242',
    'Secretimported',
    'Secrethabit',
    'Secretbank',
    'Secretdate',
    preset.body.id,
    rule.body.id,
    category.id,
    budget.id,
    series.body.id,
    upcoming.body.id,
    ...expenses.map((e) => e.id),
  ];
  await intruder.get('/me');
});

after(async () => {
  recordFigures('tenant-isolation', { requestsSent, violations });
  await db.end();
});

/** Sends B's request and checks the whole database did not change. */
async function intrude(method, path, body, headers) {
  const before = await databaseFingerprint(db);
  const response = await intruder.request(method, path, { body, headers });
  requestsSent += 1;
  const afterwards = await databaseFingerprint(db);
  if (before !== afterwards) violations += 1;
  assert.equal(afterwards, before, `${method} ${path} changed the database`);
  return response;
}

function assertNoLeak(response, what) {
  // A's undoable action is not in A's zip (it lives a day), so it is checked here only.
  const leaked = [...secrets, ownerData.undo.id].filter((secret) => response.text.includes(secret));
  if (leaked.length) violations += 1;
  assert.deepEqual(leaked, [], `${what} leaked the owner's data`);
}

// Every route with A's ids substituted; what B gets for each.
const byId = (collection, id) => `/${collection}/${id}`;
const ATTACKS = [
  ['GET', () => byId('expenses', ownerData.expense.id), undefined, 404, '/expenses/:id'],
  ['PATCH', () => byId('expenses', ownerData.expense.id), { description: 'Mine now' }, 404, '/expenses/:id'],
  ['DELETE', () => byId('expenses', ownerData.expense.id), undefined, 404, '/expenses/:id'],
  ['PATCH', () => byId('categories', ownerData.category.id), { name: 'Renamed' }, 404, '/categories/:id'],
  ['DELETE', () => byId('categories', ownerData.category.id), undefined, 404, '/categories/:id'],
  ['PATCH', () => byId('budgets', ownerData.budget.id), { amountMinor: 1 }, 404, '/budgets/:id'],
  // A past month's amount (budget_amounts) is the owner's too.
  [
    'PATCH',
    () => byId('budgets', ownerData.budget.id),
    { amountMinor: 1, fromMonth: '2025-01' },
    404,
    '/budgets/:id (fromMonth)',
  ],
  ['DELETE', () => byId('budgets', ownerData.budget.id), undefined, 404, '/budgets/:id'],
  ['GET', () => byId('recurring', ownerData.series.id), undefined, 404, '/recurring/:id'],
  [
    'PATCH',
    () => byId('recurring', ownerData.series.id),
    { scope: 'series', amountMinor: 1 },
    404,
    '/recurring/:id',
  ],
  ['POST', () => `${byId('recurring', ownerData.series.id)}/pause`, undefined, 404, '/recurring/:id/pause'],
  ['POST', () => `${byId('recurring', ownerData.series.id)}/resume`, undefined, 404, '/recurring/:id/resume'],
  [
    'POST',
    () => `${byId('recurring', ownerData.series.id)}/end`,
    { on: '2031-03-31' },
    404,
    '/recurring/:id/end',
  ],
  [
    'POST',
    () => `${byId('recurring', ownerData.series.id)}/occurrences/2031-01-31/skip`,
    undefined,
    404,
    '/recurring/:id/occurrences/:date/skip',
  ],
  [
    'POST',
    () => '/recurring',
    () => ({
      amountMinor: 1,
      description: 'x',
      schedule: { kind: 'days' },
      startOn: '2031-01-01',
      categoryId: ownerData.category.id,
    }),
    400,
    '/recurring (categoryId)',
  ],
  [
    'POST',
    () => `/recurring/suggestions/${ownerData.suggestion.key}/dismiss`,
    undefined,
    404,
    '/recurring/suggestions/:key/dismiss',
  ],
  // A person's rates are addressed by currency and date, not an id: B's DELETE aims at A's pair.
  ['DELETE', () => '/me/exchange-rates/ARS/2026-05-05', undefined, 404, '/me/exchange-rates/:currency/:date'],
  ['DELETE', () => byId('imports', ownerData.import.id), undefined, 404, '/imports/:id'],
  ['DELETE', () => byId('import-presets', ownerData.preset.id), undefined, 404, '/import-presets/:id'],
  [
    'DELETE',
    () => byId('categorisation-rules', ownerData.rule.id),
    undefined,
    404,
    '/categorisation-rules/:id',
  ],
  [
    'PATCH',
    () => byId('categorisation-rules', ownerData.rule.id),
    () => ({ text: 'mine now' }),
    404,
    '/categorisation-rules/:id',
  ],
  [
    'POST',
    () => '/categorisation-rules',
    () => ({ kind: 'equals', text: 'mine', categoryId: ownerData.category.id }),
    400,
    '/categorisation-rules (categoryId)',
  ],
  ['POST', () => `/expenses/undo/${ownerData.undo.id}`, undefined, 404, '/expenses/undo/:id'],
  ...[
    { kind: 'delete' },
    { kind: 'setCategory', categoryId: null },
    { kind: 'addTag', tag: 'mine' },
    { kind: 'removeTag', tag: 'secrettag' },
  ].map((action) => [
    'POST',
    () => '/expenses/bulk',
    () => ({ ids: [ownerData.expense.id], action }),
    404,
    `/expenses/bulk (${action.kind} of A's expense)`,
  ]),
  [
    'POST',
    () => '/expenses',
    () => ({ amountMinor: 1, occurredOn: '2026-05-05', description: 'x', categoryId: ownerData.category.id }),
    400,
    '/expenses (categoryId)',
  ],
  [
    'PUT',
    () => '/budgets',
    () => ({ categoryId: ownerData.category.id, amountMinor: 1 }),
    400,
    '/budgets (categoryId)',
  ],
];

describe("user B cannot read or change user A's resources", () => {
  for (const [method, path, body, status, label] of ATTACKS) {
    it(`${method} ${label} with A's id answers ${status} and changes nothing`, async () => {
      const sentBody = typeof body === 'function' ? body() : body;
      const response = await intrude(method, path(), sentBody);
      assert.equal(response.status, status, response.text);
      assertNoLeak(response, `${method} ${path()}`);
      if (status === 404) {
        // Indistinguishable from a resource that never existed: no existence oracle.
        const missing = await intruder.request(
          method,
          path().replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, MISSING_ID),
          {
            body: sentBody,
          },
        );
        requestsSent += 1;
        assert.deepEqual({ ...missing.body, requestId: '' }, { ...response.body, requestId: '' });
      }
    });
  }

  it("naming A's expense in a bulk action answers what naming a missing one does", async () => {
    const body = (id) => ({ ids: [id], action: { kind: 'delete' } });
    const theirs = await intrude('POST', '/expenses/bulk', body(ownerData.expense.id));
    const missing = await intrude('POST', '/expenses/bulk', body(MISSING_ID));
    assert.equal(theirs.status, 404, theirs.text);
    assert.deepEqual({ ...theirs.body, requestId: '' }, { ...missing.body, requestId: '' });
  });

  it("cannot move its own expenses into A's category in bulk", async () => {
    const own = await intruder.post('/expenses', {
      amountMinor: 5,
      occurredOn: '2026-05-05',
      description: 'own',
    });
    assert.equal(own.status, 201, own.text);
    const response = await intrude('POST', '/expenses/bulk', {
      ids: [own.body.id],
      action: { kind: 'setCategory', categoryId: ownerData.category.id },
    });
    assert.equal(response.status, 400, response.text);
    assertNoLeak(response, 'bulk setCategory');
  });

  it("cannot move its own expense into A's category", async () => {
    const own = await intruder.post('/expenses', {
      amountMinor: 5,
      occurredOn: '2026-05-05',
      description: 'own',
    });
    assert.equal(own.status, 201);
    const response = await intrude('PATCH', `/expenses/${own.body.id}`, {
      categoryId: ownerData.category.id,
    });
    assert.equal(response.status, 400, response.text);
  });

  it("B's rate for A's currency and date is B's own and leaves A's untouched", async () => {
    const ownerRates = async () =>
      (
        await db.query(
          `SELECT r::text FROM personal_exchange_rates r JOIN users u ON u.id = r.user_id
           WHERE u.email = $1 ORDER BY r.currency, r.date`,
          [ownerData.email],
        )
      ).rows;
    const beforeRows = await ownerRates();
    assert.equal(beforeRows.length, 1);
    const response = await intruder.put('/me/exchange-rates/ARS/2026-05-05', { rate: '1.5' });
    requestsSent += 1;
    assert.equal(response.status, 201, response.text);
    assertNoLeak(response, 'PUT /me/exchange-rates');
    assert.deepEqual(await ownerRates(), beforeRows);
    assert.deepEqual(
      (await intruder.get('/me/exchange-rates')).body.items.map((item) => item.rate),
      ['1.5'],
    );
    assert.equal((await intruder.delete('/me/exchange-rates/ARS/2026-05-05')).status, 204);
    assert.deepEqual(await ownerRates(), beforeRows);
  });

  it("B can neither read a file with A's preset (by id or by header) nor replace it by saving under its name", async () => {
    const file = 'Secretdate;Secretmemo;Secretamount\n2026-05-07;Coffee;-3,50\n';
    const upload = (query) =>
      intruder.request('POST', `/imports/preview?filename=bank.csv${query}`, {
        rawBody: file,
        headers: { 'content-type': 'application/octet-stream' },
      });
    const byId = await upload(`&preset=${ownerData.preset.id}`);
    requestsSent += 1;
    assert.equal(byId.status, 400, byId.text);
    assert.deepEqual(byId.body.details, [{ field: 'preset', message: 'is not one of your saved presets' }]);
    assertNoLeak(byId, "preview with A's preset id");
    // The header only A's preset reads: B is asked for the columns (their own file's labels come back), never
    // read with A's preset.
    const byHeader = await upload('');
    requestsSent += 1;
    assert.equal(byHeader.status, 200, byHeader.text);
    assert.equal(byHeader.body.mapping.savedPreset, null);
    assert.deepEqual(byHeader.body.rows, []);
    assert.deepEqual(
      ['Secretbank', ownerData.preset.id].filter((secret) => byHeader.text.includes(secret)),
      [],
      "A's preset leaked into B's preview",
    );
    const before = await databaseFingerprint(db);
    const mine = await intruder.put('/import-presets', {
      name: 'SECRETBANK',
      mapping: ownerData.preset.mapping,
    });
    requestsSent += 1;
    assert.equal(mine.status, 201, "B saving under A's name creates B's own preset");
    assert.notEqual(mine.body.id, ownerData.preset.id);
    assert.notEqual(await databaseFingerprint(db), before);
    assert.deepEqual((await owner.get('/import-presets')).body.items, [ownerData.preset]);
    assert.equal((await intruder.delete(`/import-presets/${mine.body.id}`)).status, 204);
  });

  it("B's preview of A's very file finds nothing of A's: no duplicates, no near matches, no categories", async () => {
    const before = await databaseFingerprint(db);
    const response = await intruder.request('POST', '/imports/preview?filename=copy.csv', {
      rawBody: 'Date,Description,Amount\n2026-05-07,Secretimported,-1231.23\n',
      headers: { 'content-type': 'application/octet-stream' },
    });
    requestsSent += 1;
    assert.equal(await databaseFingerprint(db), before, 'a preview changed the database');
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(
      response.body.rows.map((row) => [row.status, row.match, row.suggestedCategoryId]),
      [['new', null, null]],
    );
    const ids = [ownerData.import.id, ownerData.category.id, ownerData.expense.id, 'Secretstatement'];
    assert.deepEqual(
      ids.filter((id) => response.text.includes(id)),
      [],
      "the preview leaked A's ids",
    );
  });

  it("reusing A's Idempotency-Key creates B's own expense and never replays A's", async () => {
    const ownerRows = async () =>
      (
        await db.query(
          'SELECT e::text FROM expenses e JOIN users u ON u.id = e.user_id WHERE u.email = $1 ORDER BY e.id',
          [ownerData.email],
        )
      ).rows;
    const beforeRows = await ownerRows();
    const response = await intruder.post(
      '/expenses',
      { amountMinor: 7, occurredOn: '2026-05-05', description: 'mine' },
      { headers: { 'idempotency-key': 'owner-key-2026-05-05' } },
    );
    requestsSent += 1;
    assert.equal(response.status, 201, response.text);
    assert.notEqual(response.body.id, ownerData.expense.id);
    assertNoLeak(response, 'idempotent replay');
    assert.deepEqual(await ownerRows(), beforeRows);
  });
});

describe("user B's lists, filters, export and dashboard hold none of A's data", () => {
  const READS = [
    '/me',
    '/me/exchange-rates',
    '/categories',
    '/budgets',
    '/budgets?month=2026-05',
    '/expenses',
    '/expenses?limit=100',
    `/expenses?categoryId=${'CATEGORY'}`,
    '/expenses?q=Secretpurchase',
    '/expenses?q=Secretshop',
    '/expenses?minAmount=987654&maxAmount=987654',
    '/expenses?from=2026-05-05&to=2026-05-06',
    '/expenses?categoryId=none',
    '/expenses/export.csv',
    `/expenses/export.csv?categoryId=${'CATEGORY'}`,
    '/expenses/export.csv?q=Secretpurchase',
    '/expenses?tag=secrettag',
    '/expenses?sort=amount',
    '/expenses?sort=merchant&direction=desc',
    '/expenses?sort=category',
    '/expenses/summary',
    '/expenses/summary?tag=secrettag',
    '/expenses/undo',
    '/dashboard',
    '/dashboard?month=2026-05',
    '/recurring',
    '/recurring/suggestions',
    '/imports',
    '/import-presets',
    '/categorisation-rules',
  ];
  for (const template of READS) {
    it(`GET ${template}`, async () => {
      const path = template.replace('CATEGORY', ownerData.category.id);
      const response = await intrude('GET', path);
      assert.ok([200, 400].includes(response.status), `${path}: ${response.status} ${response.text}`);
      assertNoLeak(response, path);
    });
  }

  it("GET /me/export: B's zip holds none of A's data (A's own zip holds all of it)", async () => {
    // The archive is compressed, so its files are read out of it: the raw bytes would hide a leak.
    const textOf = (bytes) =>
      Object.values(unzipSync(bytes))
        .map((file) => new TextDecoder().decode(file))
        .join('\n');
    const before = await databaseFingerprint(db);
    const response = await download(stack.apiUrl, '/me/export', { token: intruderToken });
    requestsSent += 1;
    assert.equal(await databaseFingerprint(db), before, 'GET /me/export changed the database');
    assert.equal(response.status, 200);
    assertNoLeak({ text: textOf(response.bytes) }, 'GET /me/export');

    const own = await download(stack.apiUrl, '/me/export', { token: ownerToken });
    requestsSent += 1;
    const ownText = textOf(own.bytes);
    assert.deepEqual(
      secrets.filter((secret) => !ownText.includes(secret)),
      [],
      "A's own zip misses A's data, so the check above would see nothing",
    );
  });

  it("A's own dashboard lists A's upcoming series (so B's dashboard above could show a leak)", async () => {
    const { upcoming } = (await owner.get('/dashboard')).body;
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = ownerData.upcoming.startOn;
    const expected = tomorrow.slice(0, 7) === today.slice(0, 7) ? [ownerData.upcoming.id] : [];
    assert.deepEqual(
      upcoming.items.map((item) => item.seriesId),
      expected,
    );
  });

  it("A's page cursor gives B nothing of A's", async () => {
    const response = await intrude('GET', `/expenses?cursor=${ownerData.cursor}`);
    assert.ok([200, 400].includes(response.status), response.text);
    assertNoLeak(response, 'cursor');
  });

  it("A's cursor of the merchant order gives B nothing of A's", async () => {
    const response = await intrude('GET', `/expenses?sort=merchant&cursor=${ownerData.merchantCursor}`);
    assert.ok([200, 400].includes(response.status), response.text);
    assertNoLeak(response, 'merchant cursor');
  });
});

describe('coverage', () => {
  it('every route in the OpenAPI document is attacked above', async () => {
    const spec = (await client(stack.apiUrl).get('/docs-json')).body;
    const covered = new Set([
      'GET /me',
      'PATCH /me',
      // Has no id to aim at another person: 06-account-deletion proves it removes the caller's rows and leaves
      // every other person's byte-identical.
      'DELETE /me',
      'GET /me/export',
      'GET /me/exchange-rates',
      'PUT /me/exchange-rates/{currency}/{date}',
      'DELETE /me/exchange-rates/{currency}/{date}',
      'GET /categories',
      'POST /categories',
      'PATCH /categories/{id}',
      'DELETE /categories/{id}',
      'GET /expenses',
      'POST /expenses',
      'GET /expenses/export.csv',
      'GET /expenses/summary',
      'POST /expenses/bulk',
      'GET /expenses/undo',
      'POST /expenses/undo/{id}',
      'GET /expenses/{id}',
      'PATCH /expenses/{id}',
      'DELETE /expenses/{id}',
      'GET /budgets',
      'PUT /budgets',
      'PATCH /budgets/{id}',
      'DELETE /budgets/{id}',
      'GET /dashboard',
      'GET /recurring',
      'POST /recurring',
      'GET /recurring/{id}',
      'PATCH /recurring/{id}',
      'POST /recurring/{id}/occurrences/{date}/skip',
      'POST /recurring/{id}/pause',
      'POST /recurring/{id}/resume',
      'POST /recurring/{id}/end',
      'GET /recurring/suggestions',
      'POST /recurring/suggestions/{key}/dismiss',
      'GET /health',
      'GET /health/ready',
      'POST /imports/preview',
      'POST /imports',
      'GET /imports',
      'DELETE /imports/{id}',
      'GET /import-presets',
      'PUT /import-presets',
      'DELETE /import-presets/{id}',
      'GET /categorisation-rules',
      'POST /categorisation-rules',
      'PATCH /categorisation-rules/{id}',
      'DELETE /categorisation-rules/{id}',
    ]);
    const routes = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    assert.deepEqual(
      routes.filter((route) => !covered.has(route)),
      [],
      'routes without an isolation check',
    );
  });
});
