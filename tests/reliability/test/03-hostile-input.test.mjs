/**
 * Hostile input: property-based fuzzing (fast-check, fixed seed) of every endpoint's body, query and path
 * parameters, field names taken from the contracts' zod schemas. Properties, for every input:
 * never a 5xx; every 4xx carries the standard error body; a rejected request leaves the database unchanged;
 * and nothing the contract rejects is accepted.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ApiErrorBody,
  buildRateTable,
  BudgetListQuery,
  BulkExpenseInput,
  convertMinor,
  CreateCategorisationRuleInput,
  CreateCategoryInput,
  CreateExpenseInput,
  CreateRecurringSeriesInput,
  DashboardQuery,
  EndRecurringSeriesInput,
  ExpenseFilters,
  ImportCommitQuery,
  ImportPreviewQuery,
  ListExpensesQuery,
  RateCurrency,
  RateDate,
  SaveImportPresetInput,
  SetBudgetInput,
  SetPersonalRateInput,
  UpdateBudgetInput,
  UpdateCategorisationRuleInput,
  UpdateCategoryInput,
  UpdateExpenseInput,
  UpdateProfileInput,
  UpdateRecurringSeriesInput,
} from '@spendwise/contracts';
import { data as iso4217 } from 'currency-codes';
import fc from 'fast-check';
import { newUser } from '../lib/cognito.mjs';
import { databaseFingerprint, openDatabase } from '../lib/database.mjs';
import {
  bodyEntries,
  hostileCurrencyCode,
  hostilePathId,
  hostileRateDate,
  INJECTION_STRINGS,
  jsonOfEntries,
  queryEntries,
} from '../lib/hostile-values.mjs';
import { call, client } from '../lib/http.mjs';
import { readStack, recordFigures } from '../lib/run-files.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const stack = readStack();
const db = openDatabase(stack.databaseUrl);
let me;
let token;
let ids;
let inputsTried = 0;
const violations = [];

before(async () => {
  const person = await newUser(stack.cognitoEndpoint, 'fuzz');
  token = person.accessToken;
  me = client(stack.apiUrl, token);
  const stranger = client(stack.apiUrl, (await newUser(stack.cognitoEndpoint, 'fuzz-stranger')).accessToken);
  const category = (await me.post('/categories', { name: 'Fuzz', color: '#101010' })).body;
  const foreignCategory = (await stranger.post('/categories', { name: 'Theirs', color: '#202020' })).body;
  ids = { category: category.id, foreignCategory: foreignCategory.id };
  console.log(`[fuzz] seed ${SEED}, ${RUNS} runs per endpoint (FUZZ_SEED / FUZZ_RUNS to change)`);
});

after(async () => {
  recordFigures('hostile-input', { seed: SEED, inputsTried, violations: violations.length });
  await db.end();
});

// Ids in bodies and queries: the caller's own, another user's, random, or none.
const idValue = () =>
  fc.oneof(fc.constant(ids.category), fc.constant(ids.foreignCategory), fc.uuid(), fc.constant(null));

/** Fresh targets for PATCH/DELETE by id: fuzzing may delete the previous one. */
async function ownIds() {
  const expense = await me.post('/expenses', {
    amountMinor: 100,
    occurredOn: '2026-03-03',
    description: 'target',
  });
  const category = await me.post('/categories', { name: `T${Math.random()}`.slice(0, 20), color: '#303030' });
  const budget = await me.put('/budgets', { categoryId: null, amountMinor: 5000 });
  const recurring = await me.post('/recurring', {
    amountMinor: 100,
    description: 'target',
    schedule: { kind: 'monthly', day: 31 },
    startOn: '2030-01-31',
  });
  const rule = await me.post('/categorisation-rules', {
    kind: 'contains',
    text: `target ${Math.random()}`,
    categoryId: ids.category,
  });
  return {
    expense: expense.body.id,
    category: category.body.id,
    budget: budget.body.id,
    recurring: recurring.body.id,
    rule: rule.body.id,
  };
}

/**
 * Sends one input and checks the properties; a violation is recorded (and reported at the end) instead of
 * stopping at the first, so one run shows every broken endpoint.
 */
async function check(label, send, { contractAccepts } = {}) {
  const before = await databaseFingerprint(db);
  let response;
  try {
    response = await send();
  } catch (error) {
    violations.push(`${label}: no answer (${error.message})`);
    return;
  }
  inputsTried += 1;
  const problems = [];
  if (response.status >= 500) problems.push(`answered ${response.status}`);
  if (response.status >= 400) {
    if (!ApiErrorBody.safeParse(response.body).success)
      problems.push(`non-standard error body ${response.text.slice(0, 200)}`);
    if ((await databaseFingerprint(db)) !== before) problems.push('rejected but the database changed');
  } else if (contractAccepts === false) {
    problems.push(`accepted (${response.status}) what the contract rejects`);
  }
  if (problems.length)
    violations.push(`${label} → ${problems.join('; ')} [${response.status} ${response.text.slice(0, 300)}]`);
}

function assertNoViolations(prefix) {
  const mine = violations.filter((v) => v.startsWith(prefix));
  assert.deepEqual(
    mine.slice(0, 5).map((v) => v.slice(0, 400)),
    [],
    `${mine.length} violation(s)`,
  );
}

const BODY_ENDPOINTS = [
  ['POST', () => '/expenses', CreateExpenseInput],
  ['PATCH', (t) => `/expenses/${t.expense}`, UpdateExpenseInput],
  ['POST', () => '/categories', CreateCategoryInput],
  ['PATCH', (t) => `/categories/${t.category}`, UpdateCategoryInput],
  ['PUT', () => '/budgets', SetBudgetInput],
  ['PATCH', (t) => `/budgets/${t.budget}`, UpdateBudgetInput],
  ['PATCH', () => '/me', UpdateProfileInput],
  ['PUT', () => '/me/exchange-rates/ARS/2026-03-03', SetPersonalRateInput],
  // Recurring series: a quarter of the runs each (CI's time budget); their fields are few and enumerated.
  ['POST', () => '/recurring', CreateRecurringSeriesInput, Math.ceil(RUNS / 4)],
  ['PATCH', (t) => `/recurring/${t.recurring}`, UpdateRecurringSeriesInput, Math.ceil(RUNS / 4)],
  ['POST', (t) => `/recurring/${t.recurring}/end`, EndRecurringSeriesInput, Math.ceil(RUNS / 8)],
  // Bulk actions: the person's own expense among generated ids, so a valid body can reach the database.
  ['POST', () => '/expenses/bulk', BulkExpenseInput, Math.ceil(RUNS / 4)],
  // Saved CSV mappings: two fields, one of them a nested object the generator builds whole.
  ['PUT', () => '/import-presets', SaveImportPresetInput, Math.ceil(RUNS / 4)],
  // Categorisation rules: three fields, two of them enumerated or ids.
  ['POST', () => '/categorisation-rules', CreateCategorisationRuleInput, Math.ceil(RUNS / 4)],
  ['PATCH', (t) => `/categorisation-rules/${t.rule}`, UpdateCategorisationRuleInput, Math.ceil(RUNS / 4)],
];

describe('bodies', () => {
  for (const [method, path, schema, runs = RUNS] of BODY_ENDPOINTS) {
    const name = `${method} ${path({ expense: ':id', category: ':id', budget: ':id', recurring: ':id', rule: ':id' })}`;
    it(`${name}: ${runs} generated bodies`, async () => {
      const samples = fc.sample(bodyEntries(schema, idValue), { seed: SEED, numRuns: runs });
      let targets = await ownIds();
      for (const entries of samples) {
        const text = jsonOfEntries(entries);
        const contractAccepts = schema.safeParse(JSON.parse(text)).success;
        await check(
          `${name} ${text.slice(0, 200)}`,
          () =>
            me.request(method, path(targets), {
              rawBody: text,
              headers: { 'content-type': 'application/json' },
            }),
          {
            contractAccepts,
          },
        );
        if ((method === 'PATCH' || path(targets).endsWith('/end')) && contractAccepts)
          targets = await ownIds();
      }
      assertNoViolations(name);
    });
  }
});

// Currency codes against ISO 4217 itself (currency-codes' copy of ISO's list), not against the contracts the API
// validates with: an accepted code must be ISO money, real money must be accepted, and a refusal names the field.
describe('currency codes', () => {
  it(`PATCH /me: ${RUNS} generated currency codes`, async () => {
    const iso = new Set(iso4217.map((entry) => entry.code));
    const spent = ['USD', 'EUR', 'JPY', 'BHD', 'IQD', 'LBP', 'CLF', 'XOF'];
    const codes = fc.sample(
      fc.oneof(
        fc.constantFrom(...iso, ...spent),
        fc.stringMatching(/^[A-Z]{3}$/),
        fc.constantFrom(
          'usd',
          'US',
          'USDD',
          'U$D',
          ' USD',
          'EUR\u0000',
          '',
          'XAU',
          'XTS',
          'XXX',
          // Withdrawn from ISO 4217, still known to Node 24's Intl (which the API validated against before).
          'HRK',
          'SLL',
          'ZWL',
          'DEM',
          'ZWD',
        ),
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // A person without budgets: with budgets, a currency ECB has no rate for is refused (409 naming `currency`,
    // apps/api/test/base-currency.e2e-spec.ts) because budgets are converted, never relabelled. This is about codes.
    const person = client(stack.apiUrl, (await newUser(stack.cognitoEndpoint, 'fuzz-currency')).accessToken);
    await person.get('/me'); // the first request creates the user's rows: not a change any input made
    for (const currency of codes) {
      const label = `currency codes ${JSON.stringify(currency)}`;
      await check(label, () => person.patch('/me', { currency }), {
        contractAccepts: iso.has(currency) ? undefined : false,
      });
      const response = await person.patch('/me', { currency });
      if (spent.includes(currency) && response.status !== 200)
        violations.push(`${label} → refused (${response.status}) a currency people spend`);
      if (response.status === 400 && response.body.details?.[0]?.field !== 'currency')
        violations.push(`${label} → 400 without naming the field: ${response.text.slice(0, 200)}`);
    }
    assertNoViolations('currency codes');
  });
});

// A person's exchange rates: currency codes and dates in the path, the rate in the body (zero, negative, absurd,
// floats), and what the dashboard makes of the extremes that are accepted.
describe('exchange rates', () => {
  it(`PUT and DELETE /me/exchange-rates/:currency/:date: ${RUNS} generated pairs`, async () => {
    const person = client(stack.apiUrl, (await newUser(stack.cognitoEndpoint, 'fuzz-rates')).accessToken);
    await person.get('/me');
    const pairs = fc.sample(fc.tuple(hostileCurrencyCode, hostileRateDate), { seed: SEED, numRuns: RUNS });
    for (const [currency, date] of pairs) {
      // Lone surrogates cannot be percent-encoded; a client would send U+FFFD in their place.
      const path = `/me/exchange-rates/${encodeURIComponent(currency.toWellFormed())}/${encodeURIComponent(date.toWellFormed())}`;
      const valid = RateCurrency.safeParse(currency).success && RateDate.safeParse(date).success;
      const label = `exchange rates ${JSON.stringify([currency, date]).slice(0, 120)}`;
      await check(label, () => person.put(path, { rate: '2.5' }), { contractAccepts: valid });
      const removed = await person.delete(path);
      inputsTried += 1;
      if (valid && removed.status !== 204)
        violations.push(`${label} → DELETE of the rate just set ${removed.status}`);
      if (!valid && removed.status === 204) violations.push(`${label} → DELETE accepted an invalid pair`);
      if (removed.status >= 500) violations.push(`${label} → DELETE ${removed.status}`);
      // The router refuses an overlong parameter before any route (or field) is known: its one message says so.
      const named =
        ['currency', 'date'].includes(removed.body.details?.[0]?.field) ||
        removed.body.message === 'A path parameter is too long';
      if (removed.status === 400 && !named)
        violations.push(`${label} → 400 without naming the field: ${removed.text.slice(0, 200)}`);
    }
    assertNoViolations('exchange rates');
  });

  it('the dashboard stays whole with the most extreme rates accepted: converted exactly or counted apart', async () => {
    const person = client(stack.apiUrl, (await newUser(stack.cognitoEndpoint, 'fuzz-extreme')).accessToken);
    const day = '2026-03-03';
    await person.patch('/me', { currency: 'BHD' });
    for (const amountMinor of [1, 1_000_000_000, 1_000_000_000]) {
      await person.post('/expenses', { amountMinor, occurredOn: day, description: 'extreme' });
    }
    await person.patch('/me', { currency: 'IDR' });
    for (const [bhd, idr] of [
      ['0.0001', '10000000'],
      ['10000000', '0.0001'],
      ['0.0001', '0.0001'],
      ['0.376', '17500'],
    ]) {
      const label = `extreme rates BHD ${bhd} IDR ${idr}`;
      for (const [currency, rate] of [
        ['BHD', bhd],
        ['IDR', idr],
      ]) {
        const saved = await person.put(`/me/exchange-rates/${currency}/${day}`, { rate });
        if (![200, 201].includes(saved.status))
          violations.push(`${label} → ${currency} refused: ${saved.text}`);
      }
      const dashboard = await person.get('/dashboard?month=2026-03');
      inputsTried += 1;
      if (dashboard.status !== 200) {
        violations.push(`${label} → dashboard ${dashboard.status} ${dashboard.text.slice(0, 200)}`);
        continue;
      }
      // The three expenses are one group (currency, day, category): converted once, or all counted apart.
      const expected = convertMinor(
        2_000_000_001,
        'BHD',
        'IDR',
        day,
        buildRateTable([
          { currency: 'BHD', date: day, rate: bhd },
          { currency: 'IDR', date: day, rate: idr },
        ]),
      );
      const { totalMinor, notInTotals } = dashboard.body;
      const actual = { totalMinor, apart: notInTotals.map((entry) => [entry.currency, entry.count]) };
      const wanted = expected.ok
        ? { totalMinor: expected.amountMinor, apart: [] }
        : { totalMinor: 0, apart: [['BHD', 3]] };
      if (JSON.stringify(actual) !== JSON.stringify(wanted))
        violations.push(`${label} → ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
    }
    assertNoViolations('extreme rates');
  });
});

describe('refunds', () => {
  it('any mix of expenses and refunds: the dashboard, the list total and the export give their signed sum', async () => {
    const person = client(stack.apiUrl, (await newUser(stack.cognitoEndpoint, 'fuzz-refunds')).accessToken);
    const category = (await person.get('/categories')).body.items[0].id;
    const amounts = fc.sample(
      fc.oneof(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: -1_000_000_000, max: -1 })),
      { seed: SEED, numRuns: 20 },
    );
    const created = [];
    for (const [index, amountMinor] of amounts.entries()) {
      const occurredOn = `2026-04-${String((index % 28) + 1).padStart(2, '0')}`;
      const response = await person.post('/expenses', {
        amountMinor,
        occurredOn,
        description: 'mix',
        categoryId: category,
      });
      if (response.status !== 201)
        violations.push(`refunds: ${amountMinor} refused ${response.text.slice(0, 200)}`);
      else created.push(response.body);
    }
    const agree = async (label) => {
      inputsTried += 1;
      const sum = created.reduce((total, expense) => total + expense.amountMinor, 0);
      const dashboard = (await person.get('/dashboard?month=2026-04')).body;
      const summary = (await person.get('/expenses/summary')).body;
      const csv = (await person.get('/expenses/export.csv')).text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      const exported = csv
        .slice(1)
        .reduce((total, line) => total + Number(line.split(',')[4].replace('.', '')), 0);
      const actual = {
        month: dashboard.totalMinor,
        category: dashboard.byCategory.find((entry) => entry.categoryId === category)?.totalMinor,
        trend: dashboard.monthly.at(-1).totalMinor,
        daily: dashboard.daily.reduce((total, day) => total + day.totalMinor, 0),
        list: summary.totalMinor,
        exported,
      };
      const wrong = Object.entries(actual).filter(([, value]) => value !== sum);
      if (wrong.length) violations.push(`refunds ${label}: sum ${sum}, got ${JSON.stringify(actual)}`);
    };
    await agree('as recorded');
    // Every other one switches sign: expenses become refunds and refunds expenses.
    for (const expense of created.filter((_, index) => index % 2 === 0)) {
      const changed = await person.patch(`/expenses/${expense.id}`, { amountMinor: -expense.amountMinor });
      if (changed.status !== 200)
        violations.push(`refunds: sign switch refused ${changed.text.slice(0, 200)}`);
      else expense.amountMinor = changed.body.amountMinor;
    }
    await agree('after switching signs');
    assertNoViolations('refunds');
  });
});

// Bodies no generator produces through JSON.stringify: broken or abusive at the byte level.
const RAW_BODIES = {
  'invalid JSON': ['{"amountMinor": 1,', 'application/json'],
  'NaN literal': ['{"amountMinor": NaN}', 'application/json'],
  'Infinity literal': ['{"amountMinor": Infinity}', 'application/json'],
  'deep nesting (100k levels)': [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json'],
  'deep object nesting': [`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, 'application/json'],
  'oversized body (200 KB)': [JSON.stringify({ description: 'x'.repeat(200_000) }), 'application/json'],
  'top-level array': ['[1,2,3]', 'application/json'],
  'top-level string': ['"hello"', 'application/json'],
  'top-level null': ['null', 'application/json'],
  'empty JSON body': ['', 'application/json'],
  'BOM-prefixed unknown field': ['\ufeff{"unknownField":1}', 'application/json'],
  'duplicate __proto__': ['{"__proto__":{"isAdmin":true},"__proto__":{}}', 'application/json'],
  'constructor.prototype': ['{"constructor":{"prototype":{"isAdmin":true}}}', 'application/json'],
  'text/plain': ['amountMinor=1', 'text/plain'],
  'form encoded': ['amountMinor=1&description=x', 'application/x-www-form-urlencoded'],
  multipart: [
    '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
    'multipart/form-data; boundary=x',
  ],
  xml: ['<expense><amountMinor>1</amountMinor></expense>', 'application/xml'],
};

describe('raw bodies', () => {
  for (const [method, path] of BODY_ENDPOINTS) {
    const name = `${method} ${path({ expense: ':id', category: ':id', budget: ':id', recurring: ':id', rule: ':id' })}`;
    it(`${name}: ${Object.keys(RAW_BODIES).length} malformed bodies are 4xx`, async () => {
      const targets = await ownIds();
      for (const [label, [body, type]] of Object.entries(RAW_BODIES)) {
        await check(
          `${name} ${label}`,
          async () => {
            const response = await me.request(method, path(targets), {
              rawBody: body,
              headers: { 'content-type': type },
            });
            if (response.status < 400) return { ...response, status: 299 };
            return response;
          },
          { contractAccepts: false },
        );
      }
      assertNoViolations(name);
    });
  }
});

// A cursor is opaque base64url, but anyone can write one: sorted orders carry key values that end up as SQL
// parameters. Valid positions with hostile values must page (200), anything else must be a 400 naming `cursor`.
describe('sorted list cursors', () => {
  const ORDERS = [
    'amount-desc',
    'amount-asc',
    'merchant-asc',
    'merchant-desc',
    'category-asc',
    'category-desc',
  ];
  const keyValue = fc.oneof(
    fc.boolean(),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 450 }),
    fc.constantFrom("' OR '1'='1", '\u0000', 'USDX', '%_\\', '€'),
    fc.integer(),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, Number.MAX_VALUE, -0),
    fc.constant(null),
  );
  const payload = fc.tuple(
    fc.constantFrom('2026-05-05', '1900-01-01', '2999-12-31', '2026-02-30', 'x'),
    fc.constantFrom('2026-05-05T10:00:00.000Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', 'now'),
    fc.constantFrom('01900000-0000-7000-8000-00000000000a', '00000000-0000-0000-0000-000000000000', 'id'),
    fc.constantFrom(...ORDERS, 'date-desc', 'price-asc'),
    fc.array(keyValue, { maxLength: 4 }),
  );
  it(`GET /expenses?sort=…&cursor=…: ${RUNS} written cursors`, async () => {
    const samples = fc.sample(fc.tuple(fc.constantFrom(...ORDERS), payload), { seed: SEED, numRuns: RUNS });
    for (const [order, written] of samples) {
      const [sort, direction] = order.split('-');
      const cursor = Buffer.from(JSON.stringify(written)).toString('base64url');
      await check(`GET /expenses sorted cursor ${JSON.stringify(written).slice(0, 120)}`, () =>
        me.get(`/expenses?sort=${sort}&direction=${direction}&cursor=${cursor}`),
      );
    }
    assertNoViolations('GET /expenses sorted cursor');
  });
});

const QUERY_ENDPOINTS = [
  ['/expenses', ListExpensesQuery],
  ['/expenses/export.csv', ExpenseFilters],
  ['/expenses/summary', ExpenseFilters],
  ['/dashboard', DashboardQuery],
  ['/budgets', BudgetListQuery],
];

describe('query strings', () => {
  for (const [path, schema] of QUERY_ENDPOINTS) {
    it(`GET ${path}: ${RUNS} generated queries`, async () => {
      const samples = fc.sample(queryEntries(schema, idValue), { seed: SEED, numRuns: RUNS });
      for (const entries of samples) {
        const query = new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
        const single = Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
        const repeated = new Set(entries.map(([k]) => k)).size !== entries.length;
        // A repeated key arrives as a list, which the contract's text fields reject too.
        const contractAccepts = repeated ? false : schema.safeParse(single).success;
        await check(`GET ${path}?${query.slice(0, 200)}`, () => me.get(`${path}?${query}`), {
          contractAccepts,
        });
      }
      assertNoViolations(`GET ${path}?`);
    });
  }
});

describe('path parameters and headers', () => {
  const PATHS = [
    ['GET', 'expenses'],
    ['PATCH', 'expenses', { description: 'x' }],
    ['DELETE', 'expenses'],
    ['PATCH', 'categories', { name: 'x' }],
    ['DELETE', 'categories'],
    ['PATCH', 'budgets', { amountMinor: 1 }],
    ['DELETE', 'budgets'],
    ['PATCH', 'recurring', { scope: 'series', amountMinor: 1 }, Math.ceil(RUNS / 4)],
    ['POST', 'expenses/undo', undefined, Math.ceil(RUNS / 4)],
  ];
  for (const [method, collection, body, runs = RUNS] of PATHS) {
    it(`${method} /${collection}/:id: ${runs} generated ids are 400 or 404`, async () => {
      for (const id of fc.sample(hostilePathId, { seed: SEED, numRuns: runs })) {
        // Lone surrogates cannot be percent-encoded; a client would send U+FFFD in their place.
        const path = `/${collection}/${encodeURIComponent(id.toWellFormed())}`;
        await check(
          `${method} /${collection}/:id ${JSON.stringify(id).slice(0, 80)}`,
          async () => {
            const response = await me.request(method, path, { body });
            if (![400, 404].includes(response.status))
              return { ...response, status: response.status < 400 ? 299 : response.status };
            return response;
          },
          { contractAccepts: false },
        );
      }
      assertNoViolations(`${method} /${collection}/:id`);
    });
  }

  it(`POST /recurring/suggestions/:key/dismiss: ${RUNS} generated keys are 400 or 404`, async () => {
    // Well-formed keys too: one that is no suggestion of this person's must dismiss nothing.
    const keys = fc.oneof(
      hostilePathId,
      fc.stringMatching(/^[0-9a-f]{64}$/),
      fc.stringMatching(/^[0-9A-F]{64}$/),
    );
    for (const key of fc.sample(keys, { seed: SEED, numRuns: RUNS })) {
      const path = `/recurring/suggestions/${encodeURIComponent(key.toWellFormed())}/dismiss`;
      await check(
        `POST /recurring/suggestions/:key/dismiss ${JSON.stringify(key).slice(0, 80)}`,
        async () => {
          const response = await me.request('POST', path);
          if (![400, 404].includes(response.status))
            return { ...response, status: response.status < 400 ? 299 : response.status };
          return response;
        },
        { contractAccepts: false },
      );
    }
    assertNoViolations('POST /recurring/suggestions/:key/dismiss');
  });

  it('hostile Idempotency-Key headers: never 5xx, and bad ones create nothing', async () => {
    const keys = [
      ...INJECTION_STRINGS.filter((s) => /^[\x20-\x7e]*$/.test(s)),
      'k'.repeat(256),
      'k'.repeat(10_000),
      'a b',
      'ok-key-1',
    ];
    for (const key of keys) {
      // HTTP strips a header value's surrounding whitespace before the API sees it.
      const valid = /^[\x21-\x7e]{1,255}$/.test(key.trim());
      await check(
        `POST /expenses Idempotency-Key ${JSON.stringify(key).slice(0, 60)}`,
        () =>
          call(stack.apiUrl, 'POST', '/expenses', {
            token,
            body: { amountMinor: 1, occurredOn: '2026-01-01', description: 'idem' },
            headers: { 'idempotency-key': key },
          }),
        { contractAccepts: valid },
      );
    }
    assertNoViolations('POST /expenses Idempotency-Key');
  });

  it('malformed URLs (bad percent-encoding, traversal) get the standard 4xx', async () => {
    for (const path of [
      '/expenses/%E0%A4%A',
      '/expenses/%',
      '/expenses/..%2f..%2fetc%2fpasswd',
      '/expenses/%00',
    ]) {
      await check(
        `GET raw path ${path}`,
        async () => {
          const response = await me.get(path);
          return response.status < 400 ? { ...response, status: 299 } : response;
        },
        { contractAccepts: false },
      );
    }
    assertNoViolations('GET raw path');
  });

  it('hostile request ids are not reflected verbatim', async () => {
    const response = await me.get('/me', { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    inputsTried += 1;
    assert.equal(response.status, 200);
    assert.ok(
      !String(response.headers.get('x-request-id')).includes('<'),
      'request id reflected unsanitised',
    );
  });
});

/** The shared API's spooled uploads still on disk, once the last answer's clean-up has had up to 5 s to run. */
async function spooledFiles() {
  const files = () => readdirSync(stack.apiTmpDir).flatMap((dir) => readdirSync(join(stack.apiTmpDir, dir)));
  for (let waited = 0; files().length > 0 && waited < 5_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return files();
}

describe('import files', () => {
  const octet = { 'content-type': 'application/octet-stream' };
  const ofx =
    'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>' +
    '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261104<TRNAMT>-42.17<FITID>1<NAME>SHOP</STMTTRN>';
  const HOSTILE_FILES = {
    binary: new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
    'truncated OFX': ofx,
    'truncated CSV (open quote)': 'Date,Description,Amount\n2026-11-01,"Coffee,-3.50\n',
    'truncated QIF': '!Type:Bank\nD11/02/2026\nT-1.00\nPShop\n',
    'truncated CAMT.053':
      '<?xml version="1.0"?><Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy="EUR">1.00</Amt>',
    'nested entity expansion': `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><Document><BkToCstmrStmt>&c;</BkToCstmrStmt></Document>`,
    'external entity': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><OFX><STMTTRN><NAME>&e;</NAME></STMTTRN></OFX>`,
    empty: '',
    '9 MiB': 'Date,Description,Amount\n' + '2026-11-01,Coffee,-3.50\n'.repeat(380_000),
    '500,001 lines': 'Date,Description,Amount\n' + '\n'.repeat(500_001),
  };

  for (const path of ['/imports/preview', '/imports']) {
    it(`POST ${path}: ${Object.keys(HOSTILE_FILES).length} hostile files are 4xx with the reason, nothing stored`, async () => {
      for (const [label, file] of Object.entries(HOSTILE_FILES)) {
        await check(
          `POST ${path} ${label}`,
          async () => {
            const response = await me.request('POST', `${path}?filename=hostile`, {
              rawBody: file,
              headers: octet,
              timeoutMs: 60_000,
            });
            if (response.status < 400) return { ...response, status: 299 };
            if (!response.body.details?.length && response.status !== 413)
              return { ...response, status: 598 };
            return response;
          },
          { contractAccepts: false },
        );
      }
      assertNoViolations(`POST ${path}`);
      // Nor is anything left on disk: every upload's temporary file is deleted once it is answered.
      assert.deepEqual(await spooledFiles(), []);
    });
  }

  it(`POST /imports/preview: ${Math.ceil(RUNS / 4)} generated CSV settings (columns, preset, …) are 200 or a 4xx naming the field`, async () => {
    const file =
      'Type,Started Date,Completed Date,Description,Amount,Currency\n' +
      'CARD_PAYMENT,2026-11-03 08:15:22,2026-11-04 10:02:11,Pret,-4.35,GBP\n';
    const samples = fc.sample(queryEntries(ImportPreviewQuery, idValue), {
      seed: SEED,
      numRuns: Math.ceil(RUNS / 4),
    });
    for (const entries of samples) {
      const query = new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
      const single = Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
      const repeated = new Set(entries.map(([k]) => k)).size !== entries.length;
      await check(
        `POST /imports/preview?${query.slice(0, 200)}`,
        async () => {
          const response = await me.request('POST', `/imports/preview?${query}`, {
            rawBody: file,
            headers: octet,
          });
          // A refusal must say which setting (or the file) is to blame.
          if (response.status === 400 && !response.body.details?.length) return { ...response, status: 597 };
          return response;
        },
        { contractAccepts: repeated ? false : ImportPreviewQuery.safeParse(single).success },
      );
    }
    assertNoViolations('POST /imports/preview?');
  });

  it(`POST /imports: ${Math.ceil(RUNS / 4)} generated \`categories\` choices are all stored or a 4xx naming categories`, async () => {
    const file = 'Date,Description,Amount\n2026-11-05,Fuzz shop,-2.00\n2026-11-06,Fuzz cafe,-3.00\n';
    const idText = fc.oneof(
      fc.constant(ids.category),
      fc.constant(ids.category.toUpperCase()),
      fc.constant(ids.foreignCategory),
      fc.constant('none'),
      fc.uuid(),
      fc.constantFrom('', 'null', ids.category.slice(1), `${ids.category}x`, '../x'),
    );
    // Lines of the file (2, 3), duplicated, out of range, too long, negative, not numbers.
    const line = fc.oneof(
      fc.constantFrom('2', '3'),
      fc.integer({ min: 0, max: 9_999_999 }).map(String),
      fc.constantFrom('12345678', '-2', '2.0', '', ' 2', '0x2'),
    );
    const pairs = fc.array(
      fc.tuple(line, idText).map(([l, id]) => `${l}:${id}`),
      { minLength: 1, maxLength: 6 },
    );
    const value = fc.oneof(
      { weight: 4, arbitrary: pairs.map((list) => list.join(',')) },
      { weight: 1, arbitrary: pairs.map((list) => list.join(';')) },
      // One more than MAX_CATEGORY_CHOICES, every one well formed and the person's own.
      {
        weight: 1,
        arbitrary: fc.constant(Array.from({ length: 251 }, (_, i) => `${i + 2}:${ids.category}`).join(',')),
      },
    );
    const owned = new Set([ids.category, 'none']);
    const outcomes = { stored: 0, refused: 0 };
    for (const categories of fc.sample(value, { seed: SEED, numRuns: Math.ceil(RUNS / 4) })) {
      const query = new URLSearchParams({ filename: 'choices.csv', currency: 'USD', categories }).toString();
      const contractAccepts = ImportCommitQuery.safeParse({ filename: 'choices.csv', categories }).success;
      const onlyOwn = categories.split(',').every((pair) => owned.has(pair.split(':')[1]?.toLowerCase()));
      await check(
        `POST /imports?categories=${categories.slice(0, 200)}`,
        async () => {
          const response = await me.request('POST', `/imports?${query}`, { rawBody: file, headers: octet });
          if (response.status >= 400 && response.status < 500) {
            // The refusal names `categories`, whatever was wrong with it.
            if (!response.body.details?.some((d) => d.field === 'categories'))
              return { ...response, status: 597 };
            if (contractAccepts && onlyOwn) return { ...response, status: 596 };
            outcomes.refused += 1;
            return response;
          }
          if (response.status !== 201) return response;
          // Accepted: both rows stored (never some), then undone so the next choice imports the file again.
          const rows = await db.query('SELECT count(*)::int AS n FROM expenses WHERE import_id = $1', [
            response.body.import.id,
          ]);
          const undone = await me.delete(`/imports/${response.body.import.id}`);
          if (response.body.stored !== 2 || rows.rows[0].n !== 2 || undone.status !== 204)
            return { ...response, status: 595 };
          outcomes.stored += 1;
          return response;
        },
        { contractAccepts: contractAccepts && onlyOwn },
      );
    }
    assertNoViolations('POST /imports?categories=');
    // Both kinds were tried: the property is not vacuous.
    assert.ok(outcomes.stored > 0 && outcomes.refused > 0, JSON.stringify(outcomes));
  });

  it('a CSV with no amount column: the preview asks which column, the import refuses naming amountColumn', async () => {
    const file = 'Date,Colour\n2026-11-01,Red\n';
    const before = await databaseFingerprint(db);
    const asked = await me.request('POST', '/imports/preview?filename=colours.csv', {
      rawBody: file,
      headers: octet,
    });
    const refused = await me.request('POST', '/imports?filename=colours.csv', {
      rawBody: file,
      headers: octet,
    });
    inputsTried += 2;
    assert.equal(asked.status, 200, asked.text);
    assert.deepEqual(
      asked.body.ambiguities.map((a) => [a.field, a.options]),
      [['amountColumn', ['0', '1']]],
    );
    assert.equal(refused.status, 400, refused.text);
    assert.deepEqual(
      refused.body.details.map((d) => d.field),
      ['amountColumn'],
    );
    assert.equal(await databaseFingerprint(db), before);
  });

  it('a formula in an imported description is stored as text and stays inert in the CSV export', async () => {
    // The currency is given: earlier fuzzing leaves this person's own one random (JPY would refuse "1.00").
    const file = 'Date,Description,Amount\n2026-11-02,"=HYPERLINK(""http://evil.example"",""x"")",-1.00\n';
    const stored = await me.request('POST', '/imports?filename=formula.csv&currency=USD', {
      rawBody: file,
      headers: octet,
    });
    inputsTried += 1;
    assert.equal(stored.status, 201, stored.text);
    assert.equal(stored.body.stored, 1);
    const exported = await me.get('/expenses/export.csv?from=2026-11-02&to=2026-11-02');
    assert.match(exported.text, /'=HYPERLINK/);
    assert.doesNotMatch(exported.text, /[,\n]"?=HYPERLINK/);
    assert.equal((await me.delete(`/imports/${stored.body.import.id}`)).status, 204);
  });
});
