/**
 * The deterministic dataset, generated inside PostgreSQL (INSERT … SELECT over generate_series) so a million rows
 * never travel through Node. Same scale → same users, counts, dates, amounts and texts; only the UUIDv7 ids and
 * the anchor date (today, so "this month" always has spending) differ between runs.
 */
import { DEFAULT_CATEGORIES } from '@spendwise/contracts';

const DESCRIPTIONS = [
  'Coffee',
  'Lunch',
  'Weekly groceries',
  'Taxi ride',
  'Train ticket',
  'Cinema',
  'Books',
  'Pharmacy',
  'Electricity bill',
  'Internet',
  'Rent',
  'Gym membership',
  'Dinner with friends',
  'Snacks',
  'Fuel',
  'Parking',
  'Birthday gift',
  'Clothes',
  'Phone plan',
  'Streaming subscription',
];
const MERCHANTS = [
  'Blue Bottle Coffee',
  'Whole Foods',
  'Uber',
  'Amtrak',
  'AMC Theatres',
  'Powell Books',
  'CVS',
  'PG&E',
  'Comcast',
  'Equinox',
  'Shell',
  'Target',
  'Amazon',
  'Netflix',
  'Verizon',
  'Trader Joe',
  'Chipotle',
  'IKEA',
  'Delta',
  'Local market',
  'Corner bakery',
  'City parking',
  'Apple',
  'Spotify',
  'Costco',
  'Lyft',
  'Walgreens',
  'Zara',
  'Starbucks Coffee',
  'Home Depot',
];

/**
 * How many expenses each user gets: the heavy user first, then the rest on a linear spread from 0.2× to 1.8× of
 * the average, so "the median user" is a real middle of the distribution rather than everyone being equal.
 */
export function expenseCounts(scale) {
  const others = scale.users - 1;
  const remaining = scale.totalExpenses - scale.heavyUserExpenses;
  const weights = Array.from({ length: others }, (_, k) => 0.2 + (1.6 * k) / Math.max(1, others - 1));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.floor((remaining * weight) / weightSum));
  counts[counts.length - 1] += remaining - counts.reduce((sum, count) => sum + count, 0);
  return [scale.heavyUserExpenses, ...counts];
}

/**
 * Seeds users, their default categories, expenses and a few budgets (and, for the foreign dataset, rates). `identities` maps a user index to the Cognito
 * `sub`/email of a real emulator identity (the users the benchmark requests as); the others get placeholder subs.
 * @returns {Promise<{ userIds: string[], counts: number[], seconds: number }>}
 */
export async function seedDataset(client, scale, identities) {
  const started = performance.now();
  const counts = expenseCounts(scale);
  const subs = counts.map((_, index) => identities.get(index)?.sub ?? `bench-placeholder-${index}`);
  const emails = counts.map((_, index) => identities.get(index)?.email ?? `bench-user-${index}@bench.local`);

  const { rows } = await client.query(
    `INSERT INTO users (id, cognito_sub, email, updated_at)
     SELECT uuidv7(), sub, email, now() FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(sub, email, n)
     ORDER BY n RETURNING id, cognito_sub`,
    [subs, emails],
  );
  const idBySub = new Map(rows.map((row) => [row.cognito_sub, row.id]));
  const userIds = subs.map((sub) => idBySub.get(sub));

  await client.query(
    `INSERT INTO categories (id, user_id, name, normalized_name, color, updated_at)
     SELECT uuidv7(), u.id, c.name, lower(c.name), c.color, now()
     FROM unnest($1::uuid[]) AS u(id) CROSS JOIN unnest($2::text[], $3::text[]) AS c(name, color)`,
    [userIds, DEFAULT_CATEGORIES.map((c) => c.name), DEFAULT_CATEGORIES.map((c) => c.color)],
  );

  await withIndexesDeferred(client, 'expenses', () => insertExpenses(client, scale, userIds, counts));
  if (scale.foreignEvery) await insertRates(client, scale);
  await insertBudgets(client, [userIds[0], userIds[medianUserIndex(counts)]]);
  // A table that has been live for years is vacuumed: visibility map set, statistics current. The monthly totals
  // (filled by the expenses' triggers) too: left out until 2026-12-05, autovacuum analysed them a minute or two into
  // the measurements, and until then the planner had no statistics for them (BENCHMARKS.md, "The dashboard's
  // statement").
  await client.query(
    'VACUUM (ANALYZE) users, categories, expenses, expense_monthly_totals, budgets, budget_amounts, exchange_rates',
  );
  return { userIds, counts, seconds: (performance.now() - started) / 1000 };
}

/** The user whose expense count is the median of all users'. */
export function medianUserIndex(counts) {
  const order = counts.map((count, index) => ({ count, index })).sort((a, b) => a.count - b.count);
  return order[Math.floor(order.length / 2)].index;
}

async function insertExpenses(client, scale, userIds, counts) {
  const days = scale.years * 365;
  // Row i of user u: newest first, spread evenly over `days`; 1 in 10 uncategorised; amounts 1.00–150.00;
  // one description in 20 and two merchants in 30 contain "coffee" (the text-filter cases search for it). With a
  // foreign dataset, the heavy user's row i with i % foreignEvery = 7 is in one of the foreign currencies in turn.
  await client.query(
    `WITH plan AS (
       SELECT p.user_id, p.user_no, p.n, (SELECT array_agg(c.id ORDER BY c.name) FROM categories c
         WHERE c.user_id = p.user_id) AS category_ids
       FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS p(user_id, n, user_no)
     )
     INSERT INTO expenses (id, user_id, category_id, amount_minor, currency, occurred_on, description, merchant,
       created_at, updated_at)
     SELECT uuidv7(), plan.user_id,
       CASE WHEN (g.i + plan.user_no) % 10 = 9 THEN NULL
            ELSE plan.category_ids[1 + (g.i * 7 + plan.user_no) % array_length(plan.category_ids, 1)] END,
       100 + ((g.i * 7919 + plan.user_no * 104729) % 14901),
       CASE WHEN plan.user_no = 1 AND $6::int > 0 AND g.i % GREATEST($6::int, 1) = 7
            THEN ($7::text[])[1 + (g.i / GREATEST($6::int, 1)) % cardinality($7::text[])] ELSE 'USD' END,
       d.day,
       ($4::text[])[1 + (g.i * 13 + plan.user_no) % cardinality($4::text[])],
       ($5::text[])[1 + (g.i * 17 + plan.user_no) % cardinality($5::text[])],
       d.day + make_interval(secs => g.i % 86400),
       d.day + make_interval(secs => g.i % 86400)
     FROM plan
     CROSS JOIN LATERAL generate_series(0, plan.n - 1) AS g(i)
     CROSS JOIN LATERAL (SELECT (current_date - ((g.i::bigint * $3) / plan.n)::int)::date AS day) AS d`,
    [userIds, counts, days, DESCRIPTIONS, MERCHANTS, scale.foreignEvery ?? 0, scale.foreignCurrencies ?? []],
  );
}

/**
 * Rates in ECB's form (per 1 EUR) for USD, GBP and JPY on every weekday the expenses cover (plus a week before, as
 * a weekend looks back), varying a little day to day: the dashboard's conversions find a rate for every expense.
 */
async function insertRates(client, scale) {
  await client.query(
    `INSERT INTO exchange_rates (currency, date, rate, updated_at)
     SELECT r.currency, d.day, r.base + r.step * ((d.day - DATE '2000-01-01') % 50), now()
     FROM generate_series(current_date - ($1::int + 7), current_date, interval '1 day') AS g(ts)
     CROSS JOIN LATERAL (SELECT g.ts::date AS day) AS d
     CROSS JOIN (VALUES ('USD', 1.05, 0.001), ('GBP', 0.84, 0.0005), ('JPY', 160.0, 0.1)) AS r(currency, base, step)
     WHERE extract(isodow FROM d.day) < 6
     ON CONFLICT DO NOTHING`,
    [scale.years * 365],
  );
}

/** An overall budget and three category budgets, so the dashboard's budget joins have rows to find. */
async function insertBudgets(client, userIds) {
  await client.query(
    `INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, updated_at)
     SELECT uuidv7(), u.id, NULL, 300000, u.currency, now() FROM users u WHERE u.id = ANY($1::uuid[])
     UNION ALL
     SELECT uuidv7(), c.user_id, c.id, 50000, u.currency, now() FROM categories c JOIN users u ON u.id = c.user_id
     WHERE c.user_id = ANY($1::uuid[]) AND c.normalized_name IN ('groceries', 'dining out', 'transport')`,
    [userIds],
  );
  // Each budget's amount from a month on (the dashboard reads the month's amount there): from the seed's first year.
  await client.query(
    `INSERT INTO budget_amounts (budget_id, from_month, amount_minor, currency)
     SELECT b.id, date '2000-01-01', b.amount_minor, b.currency FROM budgets b WHERE b.user_id = ANY($1::uuid[])`,
    [userIds],
  );
}

/**
 * Bulk load the way PostgreSQL is fastest at it: drop the table's secondary indexes, insert, then rebuild each
 * from its own definition (pg_indexes.indexdef), so the schema after seeding is exactly the migrated one.
 */
async function withIndexesDeferred(client, table, load) {
  const { rows } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const { indexname } of rows) await client.query(`DROP INDEX "${indexname}"`);
  await load();
  await client.query(`SET maintenance_work_mem = '512MB'`);
  for (const { indexdef } of rows) await client.query(indexdef);
  await client.query('RESET maintenance_work_mem');
}
