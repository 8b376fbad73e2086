/**
 * Budget alerts (issue 21): an email when a budget's spending passes 80 % and again 100 % of what it has available in
 * the person's current month, once per budget, month and threshold, unless the person turned alerts off. The API runs
 * with MAIL_TRANSPORT=log, so each email is a log line this suite reads (support/emails.ts).
 *
 * Checks run after the answer, one after another per person and API process. That is what lets a test prove that
 * nothing more was sent: after the writes under test, a write that passes a threshold of another budget (a
 * "sentinel") is made; once its email is printed, a check has run that saw every write before it (and any check still
 * queued sees the same spending, so it sends the same: nothing more). Two processes of their own are stopped instead:
 * a stopping API finishes its queued checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftMonth } from '@spendwise/contracts';
import { monthName } from '../src/budget-alerts/alert-email';
import { type ApiProcess, startApi } from './support/api-process';
import { newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { e2eEnv } from './support/e2e-env';
import { printedEmails, waitForEmails } from './support/emails';
import { as, type RequestOptions } from './support/http';

type Api = ReturnType<typeof as>;

interface Person {
  api: Api;
  email: string;
  id: string;
  /** Default category ids by name. */
  category: Record<'Groceries' | 'Dining out' | 'Transport', string>;
}

async function person(label: string): Promise<Person> {
  const tokens = await newUser(label);
  const api = as(tokens.accessToken);
  const me = (await api.get('/me')).body;
  expect(me).toMatchObject({ currency: 'USD', budgetAlerts: true });
  const items = (await api.get('/categories')).body.items as Array<{ id: string; name: string }>;
  const id = (name: string) => items.find((category) => category.name === name)!.id;
  return {
    api,
    email: tokens.email,
    id: me.id,
    category: { Groceries: id('Groceries'), 'Dining out': id('Dining out'), Transport: id('Transport') },
  };
}

async function budget(who: Person, categoryId: string, amountMinor: number): Promise<string> {
  const response = await who.api.put('/budgets', { categoryId, amountMinor });
  expect(response.status).toBe(201);
  return response.body.id;
}

async function spend(
  who: Person,
  categoryId: string,
  amountMinor: number,
  occurredOn: string,
  options?: RequestOptions,
): Promise<string> {
  const response = await who.api.post(
    '/expenses',
    { amountMinor, occurredOn, description: 'Spent', categoryId },
    options,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

describe('budget alerts', () => {
  const db = openDatabase();
  let month: string;
  let day: string;

  beforeAll(async () => {
    const probe = as((await newUser('alerts-probe')).accessToken);
    month = (await probe.get('/dashboard')).body.month;
    day = `${month}-01`;
  });
  afterAll(() => db.$disconnect());

  it('sends one email at 80 %, another at 100 %, and nothing more for that budget and month', async () => {
    const ana = await person('alerts-ana');
    await budget(ana, ana.category.Groceries, 10_000);
    await budget(ana, ana.category['Dining out'], 1_000);

    await spend(ana, ana.category.Groceries, 7_000, day);
    const expenseId = await spend(ana, ana.category.Groceries, 1_500, day);
    const [at80] = await waitForEmails(ana.email, 1);
    expect(at80!.subject).toBe(`Your "Groceries" budget for ${monthName(month)} has passed 80 %`);
    expect(at80!.text).toContain('$85.00 of $100.00 available has been spent (85 %): $15.00 left.');
    expect(at80!.text).toContain('untick "Email me when a budget passes 80 % and 100 %"');

    // A change of an expense is a change of spending too: 85.00 → 105.00.
    expect((await ana.api.patch(`/expenses/${expenseId}`, { amountMinor: 3_500 })).status).toBe(200);
    const [, at100] = await waitForEmails(ana.email, 2);
    expect(at100!.subject).toBe(`Your "Groceries" budget for ${monthName(month)} is used up`);
    expect(at100!.text).toContain('$105.00 of $100.00 available has been spent (105 %): $5.00 over.');

    // Further writes of every kind: nothing more for Groceries this month.
    await spend(ana, ana.category.Groceries, 100, day);
    const bulk = await ana.api.post('/expenses/bulk', { ids: [expenseId], action: { kind: 'delete' } });
    expect(bulk.status).toBe(200);
    expect((await ana.api.post(`/expenses/undo/${bulk.body.undo.id}`)).status).toBe(200);
    await spend(ana, ana.category['Dining out'], 1_000, day); // the sentinel
    const emails = await waitForEmails(ana.email, 3);
    expect(emails.map((mail) => mail.subject)).toEqual([
      at80!.subject,
      at100!.subject,
      `Your "Dining out" budget for ${monthName(month)} is used up`,
    ]);
    const claims = await db.$queryRaw<Array<{ threshold: number; month: string }>>`
      SELECT a.threshold, to_char(a.month, 'YYYY-MM') AS month FROM budget_alerts_sent a
      JOIN budgets b ON b.id = a.budget_id WHERE b.user_id = ${ana.id}::uuid AND b.category_id = ${ana.category.Groceries}::uuid
      ORDER BY a.threshold`;
    expect(claims).toEqual([
      { threshold: 80, month },
      { threshold: 100, month },
    ]);
  });

  it('sends nothing while the person has alerts turned off', async () => {
    const bo = await person('alerts-bo');
    await budget(bo, bo.category.Groceries, 10_000);
    const off = await bo.api.patch('/me', { budgetAlerts: false });
    expect(off.status).toBe(200);
    expect(off.body.budgetAlerts).toBe(false);
    expect((await bo.api.get('/me')).body.budgetAlerts).toBe(false);
    await spend(bo, bo.category.Groceries, 9_000, day);

    expect((await bo.api.patch('/me', { budgetAlerts: true })).body.budgetAlerts).toBe(true);
    await spend(bo, bo.category.Groceries, 100, day);
    // Had the write made while off sent (or claimed) the alert, it would read 90.00 and this one would send nothing.
    const emails = await waitForEmails(bo.email, 1);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain('$91.00 of $100.00 available has been spent');
  });

  describe('with two API processes of their own on the same database (two tasks)', () => {
    let tasks: ApiProcess[] = [];
    beforeAll(async () => {
      const { databaseUrl, cognitoEndpoint } = e2eEnv();
      tasks = await Promise.all([1, 2].map(() => startApi({ databaseUrl, cognitoEndpoint })));
      // Two API boots at once on a loaded 2-core machine.
    }, 120_000);
    afterAll(() => Promise.all(tasks.map((task) => task.stop())));

    it('sends once when concurrent writes pass the same threshold', async () => {
      const cy = await person('alerts-cy');
      await budget(cy, cy.category.Groceries, 10_000);
      await spend(cy, cy.category.Groceries, 7_900, day);
      // Eight writes at once, half through each task: each leaves Groceries between 80 % and 100 %.
      await Promise.all(
        [0, 1, 2, 3, 4, 5, 6, 7].map((n) =>
          spend(cy, cy.category.Groceries, 100, day, { baseUrl: tasks[n % 2]!.url }),
        ),
      );
      // A stopping task finishes its queued checks first: after this, both have said all they will.
      for (const task of tasks) expect((await task.stop()).code).toBe(0);
      const sent = tasks.flatMap((task) => printedEmails(cy.email, task.output()));
      expect(sent.map((mail) => mail.subject)).toEqual([
        `Your "Groceries" budget for ${monthName(month)} has passed 80 %`,
      ]);
      expect(printedEmails(cy.email)).toEqual([]);
    });
  });

  it('sends again in another month: an alert is kept per budget, month and threshold', async () => {
    const di = await person('alerts-di');
    const groceries = await budget(di, di.category.Groceries, 10_000);
    const previous = shiftMonth(month, -1);
    // Last month's alerts were sent, and last month's spending does not count in this one.
    await db.$executeRaw`
      INSERT INTO budget_alerts_sent (budget_id, month, threshold, user_id)
      VALUES (${groceries}::uuid, ${`${previous}-01`}::date, 80, ${di.id}::uuid),
             (${groceries}::uuid, ${`${previous}-01`}::date, 100, ${di.id}::uuid)`;
    await spend(di, di.category.Groceries, 9_500, `${previous}-15`);
    await spend(di, di.category.Groceries, 8_500, day);
    const emails = await waitForEmails(di.email, 1);
    expect(emails.map((mail) => mail.subject)).toEqual([
      `Your "Groceries" budget for ${monthName(month)} has passed 80 %`,
    ]);
    expect(emails[0]!.text).toContain('$85.00 of $100.00');
  });

  it("never sends a person another person's alert", async () => {
    const [eve, fay] = [await person('alerts-eve'), await person('alerts-fay')];
    for (const who of [eve, fay]) await budget(who, who.category.Groceries, 10_000);
    await budget(eve, eve.category['Dining out'], 1_000);
    await spend(fay, fay.category.Groceries, 9_000, day);
    await spend(eve, eve.category.Groceries, 1_000, day);
    await spend(eve, eve.category['Dining out'], 1_000, day); // Eve's sentinel
    const toFay = await waitForEmails(fay.email, 1);
    const toEve = await waitForEmails(eve.email, 1);
    expect(toFay.map((mail) => mail.subject)).toEqual([
      `Your "Groceries" budget for ${monthName(month)} has passed 80 %`,
    ]);
    expect(toFay[0]!.text).toContain('$90.00 of $100.00');
    expect(toEve.map((mail) => mail.subject)).toEqual([
      `Your "Dining out" budget for ${monthName(month)} is used up`,
    ]);
  });
});
