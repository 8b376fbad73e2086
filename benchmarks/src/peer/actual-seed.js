/**
 * Builds the peer's budget from the ledger SpendWise was seeded with, as a child process (Actual's API keeps
 * process-wide state): `node actual-seed.js <job.json>` where the job has { serverUrl, password, dataDir,
 * budgetName, ledger } and the ledger is { categories: string[], rows: [date, amountMinor, description, merchant,
 * categoryIndex | null][] }. Prints { budgetName, syncId, accountId, transactions } as JSON on its last line.
 *
 * Categories, the account and payees go through Actual's public API; the transactions go in as multi-row INSERTs
 * through the db handle `init` returns, inside `runImport` (which then uploads the file to the server). Its public
 * `addTransactions` costs more with every row already stored (24 min for 100,000 here); the rows stored are the same.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { peerRequire } from './install.js';

const BATCH = 1000;
const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const api = peerRequire('@actual-app/api');

mkdirSync(job.dataDir, { recursive: true });
const { db } = await api.init({ dataDir: job.dataDir, serverURL: job.serverUrl, password: job.password });
let accountId;
await api.runImport(job.budgetName, async () => {
  const groupId = await api.createCategoryGroup({ name: 'Spending' });
  const categoryIds = [];
  for (const name of job.ledger.categories)
    categoryIds.push(await api.createCategory({ name, group_id: groupId }));
  accountId = await api.createAccount({ name: 'Checking', offbudget: false }, 0);
  const payeeIds = new Map();
  for (const merchant of new Set(job.ledger.rows.map((row) => row[3])))
    payeeIds.set(merchant, await api.createPayee({ name: merchant }));

  const rows = job.ledger.rows;
  db.transaction(() => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      const params = batch.flatMap(([date, amountMinor, description, merchant, category], offset) => [
        randomUUID(),
        accountId,
        category === null ? null : categoryIds[category],
        -amountMinor,
        payeeIds.get(merchant),
        description,
        Number(date.replaceAll('-', '')),
        start + offset + 1,
      ]);
      db.runQuery(
        `INSERT INTO transactions (id, acct, category, amount, description, notes, date, sort_order, cleared,
           tombstone, isParent, isChild) VALUES ${batch.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 0)').join(', ')}`,
        params,
      );
    }
  });
});
const budget = (await api.getBudgets()).find((entry) => entry.name === job.budgetName && entry.groupId);
if (!budget) throw new Error(`the budget "${job.budgetName}" was not uploaded to the server`);
const [{ count }] = db.runQuery('SELECT count(*) AS count FROM transactions WHERE tombstone = 0', [], true);
await api.shutdown();
console.log(
  JSON.stringify({ budgetName: job.budgetName, syncId: budget.groupId, accountId, transactions: count }),
);
