import { BudgetAlertsModule } from '../budget-alerts';
import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories';
import { ExchangeRatesModule } from '../exchange-rates';
import { UsersModule } from '../users';
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
