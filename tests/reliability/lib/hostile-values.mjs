/**
 * Input generators for the fuzz suite (fast-check): hostile values of every kind the issue lists, and plausible
 * valid values per field name so that requests get past the first check and reach the deeper ones. Fields the
 * contracts gain later have no valid sample and are fuzzed with hostile values only.
 */
import fc from 'fast-check';

export const INJECTION_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE expenses; --",
  '1; SELECT pg_sleep(10)--',
  '%_%',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{"$gt":""}',
  '{{7*7}}',
  '${7*7}',
  '=cmd|"/c calc"!A1',
  '@SUM(1+1)',
  '../../etc/passwd',
  '\u0000',
  '\u202e\u0041\u0042',
  '\ud800',
  '\uffff\ufeff',
  '👩‍👩‍👧‍👦'.repeat(20),
  'e\u0301'.repeat(50),
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-0',
  '0x10',
  ' 5',
  '',
  ' ',
  'null',
  'undefined',
  'true',
];

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty'];

const hugeNumbers = fc.constantFrom(
  0,
  -0,
  -1,
  -100,
  0.5,
  1.0000001,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31),
  2 ** 63,
  1e308,
  Number.MIN_VALUE,
  -Number.MAX_VALUE,
);

/** Nested arrays and objects a few levels deep (the deepest nesting is sent raw, see `rawBodies`). */
const nested = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer(),
    fc.string(),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('node'), { maxKeys: 3 }),
  ),
})).node;

export const hostileValue = fc.oneof(
  fc.constantFrom(...INJECTION_STRINGS),
  hugeNumbers,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 190, maxLength: 1100 }),
  fc.constantFrom('x'.repeat(101), 'x'.repeat(201), 'x'.repeat(1001), 'x'.repeat(20_000)),
  nested,
);

const isoDate = fc
  .date({ min: new Date('1899-12-25T00:00:00Z'), max: new Date('3000-01-05T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Valid-looking values by field name; edges included (0, max, just past max) on purpose. */
export const VALID_BY_FIELD = {
  amountMinor: fc.oneof(
    fc.integer({ min: 1, max: 99_999_999_999 }),
    // Refunds: negative amounts (an expense's only; budgets and series refuse them), zero and the bounds' edges.
    fc.integer({ min: -1_000_000_001, max: -1 }),
    fc.constantFrom(0, -1, -1_000_000_000, -1_000_000_001, 1_000_000_000, 1_000_000_001),
  ),
  occurredOn: isoDate,
  description: fc.string({ minLength: 1, maxLength: 200 }),
  merchant: fc.option(fc.string({ maxLength: 100 })),
  note: fc.option(fc.string({ maxLength: 1000 })),
  tags: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 11 }),
  name: fc.string({ minLength: 1, maxLength: 41 }),
  color: fc.constantFrom('#aabbcc', '#000000', '#FFFFFF', '#abc', 'red'),
  displayName: fc.option(fc.string({ minLength: 1, maxLength: 81 })),
  currency: fc.constantFrom('USD', 'EUR', 'JPY', 'XXX', 'usd', 'ZZZ'),
  timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Mars/Olympus', 'Etc/GMT+14'),
  from: isoDate,
  to: isoDate,
  q: fc.string({ minLength: 1, maxLength: 101 }),
  // Signed (refunds are negative): "-1", "-0", past the bounds both ways.
  minAmount: fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }).map(String),
  maxAmount: fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }).map(String),
  limit: fc.integer({ min: -1, max: 101 }).map(String),
  cursor: fc.base64String({ maxLength: 60 }),
  month: fc.constantFrom('2026-01', '2026-13', '1899-12', '2999-12', '2026-1'),
  // Bulk actions: unknown, repeated and too many ids; every kind, with and without what it needs.
  ids: fc.oneof(
    fc.array(fc.uuid(), { minLength: 1, maxLength: 3 }),
    fc.constant([]),
    fc.uuid().map((id) => [id, id]),
    fc.constant(
      Array.from({ length: 501 }, (_, index) => `01900000-0000-7000-8000-${String(index).padStart(12, '0')}`),
    ),
  ),
  action: fc.oneof(
    fc.constantFrom(
      { kind: 'delete' },
      { kind: 'setCategory', categoryId: null },
      { kind: 'addTag', tag: 'fuzz' },
      { kind: 'removeTag', tag: 'fuzz' },
      { kind: 'setCategory' },
      { kind: 'addTag', tag: '' },
      { kind: 'delete', extra: true },
      { kind: 'explode' },
    ),
    fc.record({ kind: fc.constantFrom('addTag', 'removeTag'), tag: fc.string({ maxLength: 40 }) }),
  ),
  // Saved CSV mappings (PUT /import-presets): every setting valid or not, columns by name, position or nonsense.
  mapping: fc.record({
    delimiter: fc.constantFrom(',', ';', 'tab', '|', '#', ''),
    hasHeader: fc.constantFrom(true, false, 'true'),
    dateOrder: fc.constantFrom(null, 'DMY', 'MDY', 'YMD', 'DM'),
    decimalMark: fc.constantFrom(null, '.', ',', ' '),
    signConvention: fc.constantFrom('negativeIsDebit', 'positiveIsDebit', 'x'),
    columns: fc.dictionary(
      fc.constantFrom(
        'date',
        'amount',
        'debit',
        'credit',
        'description',
        'merchant',
        'currency',
        'bankId',
        'fee',
      ),
      fc.oneof(fc.string({ maxLength: 110 }), fc.integer({ min: -1, max: 1000 }), fc.constant(null)),
      { maxKeys: 6 },
    ),
  }),
  // CSV settings of an import preview: a column by position, "none", or out of range.
  ...Object.fromEntries(
    ['date', 'amount', 'debit', 'credit', 'description', 'merchant', 'currency', 'bankId'].map((column) => [
      `${column}Column`,
      fc.constantFrom('0', '1', '2', '3', '9', '10', '999', 'none', '-1', '01', '1.0'),
    ]),
  ),
  preset: fc.uuid(),
  // Categorisation rules: both kinds and some that are not; texts around the 200-character limit.
  kind: fc.constantFrom('equals', 'contains', 'starts', 'EQUALS', ''),
  text: fc.oneof(fc.string({ maxLength: 201 }), fc.constantFrom(' ', 'Coffee  Shop', 'ﷺ'.repeat(20))),
  filename: fc.string({ minLength: 1, maxLength: 201 }),
  // Exchange rates (decimal strings per 1 EUR): plausible, at and past the bounds, zero, negative, absurd, floats.
  rate: fc.oneof(
    fc.constantFrom('1.0512', '162.45', '0.0001', '10000000', '0.1234567891'),
    fc.constantFrom('0', '0.0000', '0.00009999', '-1.05', '10000000.0000000001', '999999999999', '1e3'),
    fc.constantFrom('1,05', '1.05.1', '.5', '5.', '+1', ' 1.5 ', '1.12345678901', '1_000'),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.double({ min: 0, max: 1e9, noNaN: true }).map(String),
    fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
  ),
  // Recurring series: schedules of every kind, valid and off by one; starts near today, far back and far ahead.
  schedule: fc.oneof(
    fc.constantFrom(
      { kind: 'monthly', day: 31 },
      { kind: 'monthly', day: 32 },
      { kind: 'monthly', day: 0 },
      { kind: 'monthlyLastDay', every: 2 },
      { kind: 'monthlyWeekday', weekday: 5, week: -1 },
      { kind: 'monthlyWeekday', weekday: 8, week: 5 },
      { kind: 'weeks', every: 367 },
      { kind: 'days', every: 1.5 },
      { kind: 'yearly' },
      { kind: 'hourly' },
    ),
    fc.record({ kind: fc.constantFrom('days', 'weeks'), every: fc.integer({ min: -2, max: 400 }) }),
  ),
  startOn: fc.constantFrom('2026-11-30', '2030-01-31', '1900-01-01', '2999-12-31', '2026-02-30'),
  endOn: fc.option(fc.constantFrom('2026-12-31', '2031-06-30', '2020-01-01')),
  count: fc.option(fc.integer({ min: -1, max: 1001 })),
  scope: fc.constantFrom('occurrence', 'future', 'series', 'all'),
  on: fc.constantFrom('2030-01-31', '2030-02-28', '2030-02-27', '1899-12-31', '2026-02-30'),
};

/** Currency codes for a path: ISO's, EUR, unknown, malformed and hostile. */
export const hostileCurrencyCode = fc.oneof(
  fc.constantFrom('USD', 'ARS', 'JPY', 'BHD', 'EUR', 'XAU', 'XXX', 'DEM', 'usd', 'US', 'USDD', ''),
  fc.stringMatching(/^[A-Z]{3}$/),
  fc.constantFrom(...INJECTION_STRINGS),
  fc.string({ maxLength: 6 }),
);

/** Dates for a path: real ones on both sides of the first euro rates, impossible, malformed and hostile. */
export const hostileRateDate = fc.oneof(
  isoDate,
  fc.constantFrom('1999-01-03', '1999-01-04', '2026-02-29', '2028-02-29', '2026-02-30', '2026-13-01'),
  fc.constantFrom('2026-1-1', '20261204', '2026/12/04', '04.12.2026', 'today', '0000-00-00', '9999-12-31'),
  fc.constantFrom(...INJECTION_STRINGS),
);

/**
 * Entries (not an object: `__proto__` must survive as a real key) for a body shaped like `schema`: each field
 * absent, valid-looking or hostile, sometimes plus a prototype-pollution key or an unknown one.
 * @param {(id: string) => import('fast-check').Arbitrary<unknown>} [idValue] values for `*Id` fields
 */
export function bodyEntries(schema, idValue) {
  const fields = Object.keys(schema.shape).map((key) => {
    const valid = key.endsWith('Id') && idValue ? idValue(key) : VALID_BY_FIELD[key];
    const value = valid ? fc.oneof(valid, valid, hostileValue) : hostileValue;
    return fc.option(
      value.map((v) => [key, v]),
      { freq: 3 },
    );
  });
  const extra = fc.option(
    fc.tuple(
      fc.constantFrom(...POLLUTION_KEYS, 'isAdmin', 'userId', 'id'),
      fc.oneof(hostileValue, fc.constant({ polluted: true })),
    ),
    { freq: 4 },
  );
  return fc.tuple(...fields, extra).map((entries) => entries.filter(Boolean));
}

/** JSON text of entries, keys kept exactly as generated (including `__proto__`). */
export function jsonOfEntries(entries) {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`;
}

/** Query strings for a query schema: values are text (that is all a query string holds), keys sometimes repeated. */
export function queryEntries(schema, idValue) {
  const asText = fc.oneof(
    fc.constantFrom(...INJECTION_STRINGS),
    fc.string({ unit: 'binary', maxLength: 40 }),
    hugeNumbers.map(String),
    fc.constantFrom('x'.repeat(101), 'x'.repeat(5000)),
  );
  const fields = Object.keys(schema.shape).map((key) => {
    const valid = key.endsWith('Id') && idValue ? idValue(key) : VALID_BY_FIELD[key];
    const value = valid
      ? fc.oneof(
          valid.map((v) => String(v)),
          asText,
        )
      : asText;
    return fc.option(
      fc.array(value, { minLength: 1, maxLength: 2 }).map((values) => values.map((v) => [key, v])),
      { freq: 2 },
    );
  });
  const extra = fc.option(
    fc.tuple(fc.constantFrom(...POLLUTION_KEYS, 'userId', 'sort'), asText).map((e) => [e]),
    { freq: 4 },
  );
  return fc.tuple(...fields, extra).map((groups) => groups.filter(Boolean).flat());
}

export const hostilePathId = fc.oneof(
  fc.uuid(),
  fc.constantFrom(...INJECTION_STRINGS).filter((s) => s !== ''),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc.constantFrom(
    '0',
    '-1',
    '1e9',
    'x'.repeat(5000),
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
  ),
);
