/**
 * The peer: Actual Budget's sync server (which also serves its web app) on loopback, a password set through its
 * bootstrap endpoint, and the same ledger SpendWise holds imported as one budget with one account.
 */
// The functions passed to page.waitForFunction run in the page.
/* global document */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '@spendwise/devkit';
import { startNodeServer } from '../api-process.js';
import { nodeEnv, PEER_DIR } from './install.js';
import { firstVisible, navigate, STEP_TIMEOUT_MS, timed } from './timing.js';

// Local-only password of a throwaway server folder.
const PASSWORD = 'Bench-peer-password-1';
const BUDGET_NAME = 'SpendWise ledger';
const ROW = '[data-testid="transaction-table"] [data-testid="row"]';

/** Starts the server in `workDir`, sets its password and imports `ledger` (see actual-seed.js). */
export async function startActual({ ledger, workDir, log }) {
  const port = await freePort();
  await mkdir(path.join(workDir, 'server'), { recursive: true });
  const server = await startNodeServer({
    name: 'Actual server',
    argv: [path.join(PEER_DIR, 'node_modules/@actual-app/sync-server/build/bin/actual-server.js')],
    cwd: workDir,
    env: {
      ...nodeEnv(),
      ACTUAL_HOSTNAME: '127.0.0.1',
      ACTUAL_PORT: String(port),
      ACTUAL_DATA_DIR: path.join(workDir, 'server'),
    },
    readyUrl: `http://127.0.0.1:${port}/health`,
    logFile: path.join(workDir, 'actual-server.log'),
  });
  try {
    const bootstrap = await fetch(`${server.url}/account/bootstrap`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    if (!bootstrap.ok) throw new Error(`Actual bootstrap: ${bootstrap.status} ${await bootstrap.text()}`);

    log(`Peer: importing ${ledger.rows.length.toLocaleString('en')} transactions into Actual…`);
    const started = performance.now();
    const jobFile = path.join(workDir, 'seed-job.json');
    await writeFile(
      jobFile,
      JSON.stringify({
        serverUrl: server.url,
        password: PASSWORD,
        dataDir: path.join(workDir, 'api'),
        budgetName: BUDGET_NAME,
        ledger,
      }),
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [fileURLToPath(new URL('./actual-seed.js', import.meta.url)), jobFile],
      { cwd: workDir, env: nodeEnv(), maxBuffer: 64 * 1024 * 1024, timeout: 600_000 },
    );
    const budget = JSON.parse(stdout.trim().split('\n').at(-1));
    if (budget.transactions !== ledger.rows.length)
      throw new Error(`Actual holds ${budget.transactions} transactions, not ${ledger.rows.length}`);
    return { server, budget, seedSeconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * A fresh profile signs in and opens the budget, which the browser then downloads from the server and stores
 * locally: the milliseconds from choosing the budget to its budget page.
 */
export async function openActual(page, { server }) {
  await navigate(page, server.url);
  await firstVisible(page, 'input[type="password"]');
  await page.type('input[type="password"]', PASSWORD);
  await page.keyboard.press('Enter');
  const budgetLink = await page.waitForSelector(`::-p-text(${BUDGET_NAME})`, { timeout: STEP_TIMEOUT_MS });
  return timed(
    () => budgetLink.click(),
    () => firstVisible(page, '[data-testid="budget-table"] [data-testid="category-name"]'),
  );
}

/** The same steps as SpendWise's (spendwise.js), each the way Actual's interface offers it. */
export function actualSteps({ server, budget }, searchText, deepDate) {
  const accountUrl = `${server.url}/accounts/${budget.accountId}`;
  return {
    list: (page) =>
      timed(
        () => navigate(page, accountUrl),
        () => firstVisible(page, ROW),
      ),
    // The list is one long lazily loaded table: scrolled down until rows from the deep row's date show.
    deep: (page) =>
      timed(
        () => firstVisible(page, ROW),
        () => scrollUntilDate(page, deepDate),
      ),
    search: (page) =>
      timed(
        () => page.type('input[placeholder="Search"]', searchText),
        () => everyRowMatches(page, searchText),
      ),
    // The budget page: this month's spending per category (its "Spent" column).
    byCategory: (page) =>
      timed(
        () => navigate(page, `${server.url}/budget`),
        () =>
          page.waitForFunction(
            () =>
              [...document.querySelectorAll('[data-testid="category-month-spent"]')].some(
                (cell) => !/^-?0\.00$/.test(cell.textContent.trim()),
              ),
            { polling: 'mutation', timeout: STEP_TIMEOUT_MS },
          ),
      ),
  };
}

async function everyRowMatches(page, text) {
  await page.waitForFunction(
    (row, needle) => {
      const rows = [...document.querySelectorAll(row)];
      return rows.length > 0 && rows.every((each) => each.innerText.toLowerCase().includes(needle));
    },
    { polling: 'mutation', timeout: STEP_TIMEOUT_MS },
    ROW,
    text.toLowerCase(),
  );
}

/** Scrolls the transaction table to its loaded end again and again until a row dated `isoDate` or older shows. */
async function scrollUntilDate(page, isoDate) {
  await page.waitForFunction(
    (row, deepest) => {
      const rows = [...document.querySelectorAll(row)];
      const isoOf = (text) => {
        const [month, day, year] = text.trim().split('/');
        return `${year}-${month}-${day}`;
      };
      if (
        rows.some((each) => isoOf(each.querySelector('[data-testid="date"]')?.textContent ?? '') <= deepest)
      )
        return true;
      let scroller = rows.at(-1);
      while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1)
        scroller = scroller.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
      return false;
    },
    { polling: 100, timeout: STEP_TIMEOUT_MS },
    ROW,
    isoDate,
  );
}
