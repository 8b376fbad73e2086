import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { currentMonthIn } from '@spendwise/contracts';
import { BudgetsService } from '../budgets';
import { ExchangeRatesService, toBaseCurrency } from '../exchange-rates';
import { Mailer } from '../mail/mailer';
import { alertEmail } from './alert-email';
import { BudgetAlertsRepository } from './budget-alerts.repository';
import { spentFor, thresholdsReached, thresholdToSend } from './thresholds';

/**
 * Budget alerts (docs/budgets.md): an email when a budget's spending passes 80 % and 100 % of what it has available
 * in the person's current month — the available amount of GET /budgets and the dashboard (rollover included), the
 * spending the dashboard counts (other currencies at their day's rate, spending without a rate left out) — once per
 * budget, month and threshold (budget_alerts_sent), unless the person turned alerts off.
 *
 * The writers of spending (expenses, bulk actions and undo, imports, recurring generation) call
 * {@link checkAfterSpendingChanged} after their write: the check runs after the caller has its answer and never fails
 * it. A person's checks run one after another in this process, so each sees the writes before it; a stopping
 * process finishes them first.
 */
@Injectable()
export class BudgetAlertsService implements OnApplicationShutdown {
  private readonly logger = new Logger(BudgetAlertsService.name);
  /** Per person, the end of their latest queued check. */
  private readonly queued = new Map<string, Promise<void>>();
  /** People with a check queued that has not started reading yet. */
  private readonly waiting = new Set<string>();

  constructor(
    private readonly alerts: BudgetAlertsRepository,
    private readonly budgets: BudgetsService,
    private readonly rates: ExchangeRatesService,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Fire and forget: queues a check of the person's budgets, never delaying or failing the caller's answer. A check
   * already waiting to start will read this write too, so a burst of writes queues at most one more check than the
   * one running: the queue stays bounded however fast a person writes.
   */
  checkAfterSpendingChanged(userId: string): void {
    if (this.waiting.has(userId)) return;
    this.waiting.add(userId);
    const run = (this.queued.get(userId) ?? Promise.resolve())
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        this.waiting.delete(userId);
        return this.check(userId);
      })
      .catch((error: unknown) => {
        // Ids only: no address or amount (an SES error message can quote the address).
        this.logger.warn({ userId, error: errorName(error) }, 'budget alerts check failed');
      })
      .finally(() => {
        if (this.queued.get(userId) === run) this.queued.delete(userId);
      });
    this.queued.set(userId, run);
  }

  /**
   * On SIGTERM, once the server has stopped taking requests (and before the database pool closes: PrismaModule is
   * global, so its hook runs after this one), the queued checks finish, so an alert claimed is not left unsent.
   */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queued.values()]);
  }

  /** Checks the person's budgets in their current month and sends what passed a threshold since the last check. */
  async check(userId: string): Promise<void> {
    const recipient = await this.alerts.recipient(userId);
    // Every write of spending queues a check: for people without a budget it ends here, after one statement.
    if (!recipient?.budgetAlerts || !recipient.hasBudgets) return;
    const month = currentMonthIn(recipient.timeZone);
    const budgets = (await this.budgets.inMonth(userId, month))?.items ?? [];
    if (budgets.length === 0) return;
    const start = `${month}-01`;
    const { byCategory, uncounted, names } = await this.spending(userId, recipient.currency, start);
    for (const budget of budgets) {
      // Budgets are converted with the person's currency; one in another would need a rate nobody chose.
      if (budget.currency !== recipient.currency) continue;
      const spentMinor = spentFor(budget.categoryId, byCategory);
      const reached = thresholdsReached(spentMinor, budget.availableMinor);
      if (reached.length === 0) continue;
      const claimed = await this.alerts.claim(userId, budget.id, start, reached);
      const threshold = thresholdToSend(claimed);
      if (threshold === null) continue;
      const mail = alertEmail({
        to: recipient.email,
        displayName: recipient.displayName,
        categoryName: budget.categoryId === null ? null : (names.get(budget.categoryId) ?? 'category'),
        month,
        threshold,
        spentMinor,
        availableMinor: budget.availableMinor,
        currency: budget.currency,
        uncounted,
      });
      try {
        await this.mailer.send(mail);
      } catch (error) {
        await this.alerts.release(budget.id, start, claimed);
        this.logger.warn(
          { userId, budgetId: budget.id, month, threshold, error: errorName(error) },
          'budget alert not sent; a later change of spending tries again',
        );
        continue;
      }
      this.logger.log({ userId, budgetId: budget.id, month, threshold }, 'budget alert sent');
    }
  }

  /** The month's spending per category in the base currency, as the dashboard counts it. */
  private async spending(userId: string, currency: string, start: string) {
    const row = await this.alerts.monthSpending(userId, currency, start);
    const byCategory = new Map<string | null, number>();
    const add = (categoryId: string | null, amountMinor: number) =>
      byCategory.set(categoryId, (byCategory.get(categoryId) ?? 0) + amountMinor);
    for (const entry of row.inBase ?? []) add(entry.categoryId, Number(entry.totalMinor));
    const groups = (row.foreignGroups ?? []).map((group) => ({
      ...group,
      totalMinor: Number(group.totalMinor),
    }));
    let uncounted = false;
    if (groups.length > 0) {
      const dates = groups.map((group) => group.date).sort();
      const currencies = [...new Set([currency, ...groups.map((group) => group.currency)])];
      const rates = await this.rates.tableFor(userId, currencies, dates[0]!, dates.at(-1)!);
      const { converted, notInTotals } = toBaseCurrency(groups, currency, rates);
      for (const group of converted) add(group.categoryId, group.amountMinor);
      uncounted = notInTotals.length > 0;
    }
    const names = new Map((row.categories ?? []).map((category) => [category.id, category.name]));
    return { byCategory, uncounted, names };
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
