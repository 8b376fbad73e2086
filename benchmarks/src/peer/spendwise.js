/**
 * SpendWise's side of the peer comparison: the local stack with the web app's production build (`next start`)
 * and the API's build, one user seeded by the benchmarks' own generator (seed.js), and what a person does in
 * the browser, each timed from the action to the first rows it shows.
 */
// The functions passed to page.waitForFunction run in the page.
/* global document */
import pg from 'pg';
import { DEFAULT_PORTS, startStack } from '@spendwise/local-stack';
import { signIn } from '../browser.js';
import { BENCH_PASSWORD, createIdentity } from '../identities.js';
import { describeMachine } from '../machine.js';
import { seedDataset } from '../seed.js';
import { firstVisible, navigate, STEP_TIMEOUT_MS, timed } from './timing.js';

const EMAIL = 'bench-peer@bench.local';
const ROW = '[data-testid="expense-row"]';

/**
 * Starts the stack and seeds `expenses` expenses over five years for the person who signs in (plus two light
 * users, so the tables are not theirs alone). Returns the stack, the machine, the ledger as rows for the peer,
 * and the date of the row `deepRow` places down the newest-first list.
 */
export async function startSpendWise({ expenses, deepRow, dataDir }) {
  const stack = await startStack({
    ports: DEFAULT_PORTS,
    dataDir,
    persistent: false,
    api: 'start',
    web: 'start',
    log: () => {},
  });
  try {
    const identity = await createIdentity(stack.urls.cognito, EMAIL);
    const client = new pg.Client({ connectionString: stack.urls.databaseUrl });
    await client.connect();
    try {
      const machine = await describeMachine(client);
      const scale = { users: 3, totalExpenses: expenses + 1000, heavyUserExpenses: expenses, years: 5 };
      const seeded = await seedDataset(client, scale, new Map([[0, identity]]));
      const userId = seeded.userIds[0];
      return {
        stack,
        machine,
        user: { email: EMAIL, password: BENCH_PASSWORD },
        seedSeconds: seeded.seconds,
        ledger: await exportLedger(client, userId),
        deepDate: await dateOfRow(client, userId, deepRow),
      };
    } finally {
      await client.end();
    }
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

/** The person's expenses, oldest first, as the peer's import takes them (see actual-seed.js). */
async function exportLedger(client, userId) {
  const { rows: categories } = await client.query(
    'SELECT id, name FROM categories WHERE user_id = $1 ORDER BY name',
    [userId],
  );
  const indexOf = new Map(categories.map((category, index) => [category.id, index]));
  const { rows } = await client.query(
    `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS day, amount_minor, description, merchant, category_id
     FROM expenses WHERE user_id = $1 ORDER BY occurred_on, created_at, id`,
    [userId],
  );
  return {
    categories: categories.map((category) => category.name),
    rows: rows.map((row) => [
      row.day,
      Number(row.amount_minor),
      row.description,
      row.merchant,
      row.category_id === null ? null : indexOf.get(row.category_id),
    ]),
  };
}

async function dateOfRow(client, userId, row) {
  const { rows } = await client.query(
    `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS day FROM expenses WHERE user_id = $1
     ORDER BY occurred_on DESC, created_at DESC, id DESC OFFSET $2 LIMIT 1`,
    [userId, row - 1],
  );
  return rows[0].day;
}

/** A fresh profile, signed in through the real sign-in page (not timed). */
export async function openSpendWise(page, { stack, user }) {
  await signIn(page, stack.urls.web, user);
}

/** The timed steps, in the order a session takes them. Each resolves to milliseconds. */
export function spendWiseSteps({ stack, deepDate }, searchText) {
  const web = stack.urls.web;
  return {
    list: (page) =>
      timed(
        () => navigate(page, `${web}/expenses`),
        () => firstVisible(page, ROW),
      ),
    search: (page) =>
      timed(
        async () => {
          await page.locator('#filter-q').fill(searchText);
          await page.keyboard.press('Enter');
        },
        () => searchResults(page, searchText),
      ),
    deep: (page) =>
      timed(
        () => navigate(page, `${web}/expenses?to=${deepDate}`),
        () => firstVisible(page, ROW),
      ),
    byCategory: (page) =>
      timed(
        () => navigate(page, `${web}/dashboard`),
        () => firstVisible(page, '[data-testid="category-total"]'),
      ),
  };
}

/** The list once it shows the matching expenses (its heading changes, its first row matches the text). */
async function searchResults(page, text) {
  await page.waitForFunction(
    (row, needle) => {
      const section = document.querySelector('section[aria-labelledby="expense-list-title"]');
      const first = section?.querySelector(row);
      return (
        document.getElementById('expense-list-title')?.textContent === 'Matching expenses' &&
        first?.textContent.toLowerCase().includes(needle)
      );
    },
    { polling: 'mutation', timeout: STEP_TIMEOUT_MS },
    ROW,
    text.toLowerCase(),
  );
}
