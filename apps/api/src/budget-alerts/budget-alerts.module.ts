import { Module } from '@nestjs/common';
import { BudgetsModule } from '../budgets';
import { ExchangeRatesModule } from '../exchange-rates';
import { BudgetAlertsRepository } from './budget-alerts.repository';
import { BudgetAlertsService } from './budget-alerts.service';

/**
 * Budget alerts. Imported by the features that write spending (expenses, imports, recurring), which call the
 * service after their writes; it imports none of them (budgets, rates and the mailer only), so the arrows stay
 * one-way.
 */
@Module({
  imports: [BudgetsModule, ExchangeRatesModule],
  providers: [BudgetAlertsService, BudgetAlertsRepository],
  exports: [BudgetAlertsService],
})
export class BudgetAlertsModule {}
