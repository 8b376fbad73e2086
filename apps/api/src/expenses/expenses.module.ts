import { BudgetAlertsModule } from '../budget-alerts/budget-alerts.module';
import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { UsersModule } from '../users/users.module';
import { ExpenseActionsController } from './expense-actions.controller';
import { ExpenseActionsRepository } from './expense-actions.repository';
import { ExpenseActionsService } from './expense-actions.service';
import { ExpenseExportService } from './expense-export.service';
import { ExpenseListService } from './expense-list.service';
import { ExpensesController } from './expenses.controller';
import { ExpensesRepository } from './expenses.repository';
import { ExpensesService } from './expenses.service';

@Module({
  // The CSV export converts into the person's base currency.
  imports: [UsersModule, ExchangeRatesModule, BudgetAlertsModule, CategoriesModule],
  controllers: [ExpensesController, ExpenseActionsController],
  providers: [
    ExpensesService,
    ExpenseListService,
    ExpenseExportService,
    ExpenseActionsService,
    ExpensesRepository,
    ExpenseActionsRepository,
  ],
  // The account export (GET /me/export) writes the expenses with these.
  exports: [ExpenseListService, ExpenseExportService],
})
export class ExpensesModule {}
