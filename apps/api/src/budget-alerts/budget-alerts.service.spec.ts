import { describe, expect, it, vi } from 'vitest';
import { buildRateTable } from '@spendwise/contracts';
import { type BudgetsService } from '../budgets/budgets.service';
import { type ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { type Mailer, type OutgoingMail } from '../mail/mailer';
import { type BudgetAlertsRepository } from './budget-alerts.repository';
import { BudgetAlertsService } from './budget-alerts.service';
import { type MonthSpendingRow } from './budget-alerts.sql';

const RECIPIENT = {
  email: 'ana@example.com',
  displayName: null,
  currency: 'EUR',
  timeZone: 'UTC',
  budgetAlerts: true,
  hasBudgets: true,
};

const budget = (id: string, categoryId: string | null, availableMinor: number, currency = 'EUR') => ({
  id,
  categoryId,
  amountMinor: availableMinor,
  availableMinor,
  carriedMinor: 0,
  currency,
  fromMonth: null,
  rollover: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** A fake repository answering the service's reads: recipient, spending, then one claim per budget. */
function setup(options: {
  recipient?: typeof RECIPIENT;
  budgets?: ReturnType<typeof budget>[];
  spending?: MonthSpendingRow;
  claims?: number[][];
  send?: (mail: OutgoingMail) => Promise<void>;
}) {
  const claims = [...(options.claims ?? [])];
  const alerts = {
    recipient: vi.fn(async () => options.recipient ?? RECIPIENT),
    monthSpending: vi.fn(
      async () => options.spending ?? { inBase: null, foreignGroups: null, categories: null },
    ),
    claim: vi.fn(async (..._claim: [string, string, string, number[]]) => claims.shift() ?? []),
    release: vi.fn(async (..._release: [string, string, number[]]) => undefined),
  };
  const budgets = { inMonth: vi.fn().mockResolvedValue({ items: options.budgets ?? [] }) };
  const rates = { tableFor: vi.fn() };
  const sent: OutgoingMail[] = [];
  const mailer: Mailer = {
    send: vi.fn(async (mail: OutgoingMail) => {
      await (options.send ?? (() => Promise.resolve()))(mail);
      sent.push(mail);
    }),
  };
  const service = new BudgetAlertsService(
    alerts as unknown as BudgetAlertsRepository,
    budgets as unknown as BudgetsService,
    rates as unknown as ExchangeRatesService,
    mailer,
  );
  return { service, alerts, budgets, rates, sent, mailer };
}

const spending = (inBase: Array<[string | null, number]>, extra: Partial<MonthSpendingRow> = {}) => ({
  inBase: inBase.map(([categoryId, totalMinor]) => ({ categoryId, totalMinor })),
  foreignGroups: null,
  categories: [{ id: 'food', name: 'Groceries' }],
  ...extra,
});

describe('BudgetAlertsService.check', () => {
  it('claims the thresholds reached and sends one email, for the highest one claimed', async () => {
    const { service, alerts, sent } = setup({
      budgets: [budget('b-food', 'food', 10_000)],
      spending: spending([['food', 12_000]]),
      claims: [[80, 100]],
    });
    await service.check('user-1');
    // The claim is INSERT … ON CONFLICT (budget_id, month, threshold) DO NOTHING (sql/budget-alerts/claim.sql).
    expect(alerts.claim).toHaveBeenCalledWith(
      'user-1',
      'b-food',
      expect.stringMatching(/^\d{4}-\d{2}-01$/),
      [80, 100],
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(/^Your "Groceries" budget for .* is used up$/);
  });

  it('sends nothing when another check claimed the alert first', async () => {
    const { service, sent } = setup({
      budgets: [budget('b-food', 'food', 10_000)],
      spending: spending([['food', 9_000]]),
      claims: [[]],
    });
    await service.check('user-1');
    expect(sent).toEqual([]);
  });

  it('reads no budgets and sends nothing when the person turned alerts off', async () => {
    const { service, budgets, sent } = setup({
      recipient: { ...RECIPIENT, budgetAlerts: false },
      budgets: [budget('b-food', 'food', 10_000)],
    });
    await service.check('user-1');
    expect(budgets.inMonth).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('stops after the recipient when the person has no budget at all (one statement per write)', async () => {
    const { service, alerts, budgets, sent } = setup({ recipient: { ...RECIPIENT, hasBudgets: false } });
    await service.check('user-1');
    expect(alerts.recipient).toHaveBeenCalledOnce();
    expect(budgets.inMonth).not.toHaveBeenCalled();
    expect(alerts.monthSpending).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('gives the claim back when the send fails, so a later write retries', async () => {
    const { service, alerts, sent } = setup({
      budgets: [budget('b-all', null, 10_000), budget('b-food', 'food', 10_000)],
      spending: spending([
        ['food', 8_500],
        [null, 500],
      ]),
      claims: [[80], [80]],
      send: (mail) =>
        mail.subject.includes('overall') ? Promise.reject(new Error('throttled')) : Promise.resolve(),
    });
    await service.check('user-1');
    expect(alerts.release).toHaveBeenCalledTimes(1);
    expect(alerts.release.mock.calls[0]).toEqual(['b-all', expect.stringMatching(/^\d{4}-\d{2}-01$/), [80]]);
    // The failure stopped only its own budget's email.
    expect(sent.map((mail) => mail.subject)).toEqual([expect.stringContaining('"Groceries"')]);
  });

  it('counts other currencies at their day rate and leaves spending without a rate out, saying so', async () => {
    const { service, rates, sent } = setup({
      budgets: [budget('b-all', null, 10_000)],
      spending: spending([[null, 7_000]], {
        foreignGroups: [
          { currency: 'USD', date: '2026-12-02', categoryId: null, totalMinor: 1_500, count: 1 },
          { currency: 'ARS', date: '2026-12-02', categoryId: null, totalMinor: 900_000, count: 1 },
        ],
      }),
      claims: [[80]],
    });
    // 1 EUR = 1.5 USD: 15.00 USD is 10.00 EUR, so 80.00 of 100.00; ARS has no rate and is not counted.
    rates.tableFor.mockResolvedValue(buildRateTable([{ currency: 'USD', date: '2026-12-02', rate: '1.5' }]));
    await service.check('user-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('€80.00 of €100.00 available has been spent (80 %)');
    expect(sent[0]!.text).toContain('no exchange rate yet');
  });

  it('skips a budget in another currency than the person’s (never converted at a guess)', async () => {
    const { service, alerts, sent } = setup({
      budgets: [budget('b-all', null, 10_000, 'USD')],
      spending: spending([[null, 50_000]]),
    });
    await service.check('user-1');
    expect(alerts.claim).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});

describe('BudgetAlertsService.checkAfterSpendingChanged', () => {
  it('never throws to the caller, and runs a person’s checks one after another', async () => {
    const { service, mailer } = setup({
      budgets: [budget('b-food', 'food', 10_000)],
      spending: spending([['food', 9_000]]),
      claims: [[80], []],
      send: () => Promise.reject(new Error('SES down')),
    });
    const check = vi.spyOn(service, 'check');
    expect(() => service.checkAfterSpendingChanged('user-1')).not.toThrow();
    await vi.waitFor(() => expect(mailer.send).toHaveBeenCalledTimes(1));
    service.checkAfterSpendingChanged('user-1');
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    await service.onApplicationShutdown();
    // The failed send gave its claim back; the second check found nothing to claim.
    expect(mailer.send).toHaveBeenCalledTimes(1);
  });

  it('folds a burst of writes into the check waiting to start', async () => {
    const { service } = setup({});
    const check = vi.spyOn(service, 'check');
    for (let write = 0; write < 50; write += 1) service.checkAfterSpendingChanged('user-1');
    service.checkAfterSpendingChanged('user-2');
    await service.onApplicationShutdown();
    expect(check.mock.calls).toEqual([['user-1'], ['user-2']]);
  });
});
