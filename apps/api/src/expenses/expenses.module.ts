import { Module } from '@nestjs/common';
import { ExpenseExportService } from './expense-export.service';
import { ExpenseListService } from './expense-list.service';
import { ExpensesController } from './expenses.controller';
import { ExpensesService } from './expenses.service';

@Module({
  controllers: [ExpensesController],
  providers: [ExpensesService, ExpenseListService, ExpenseExportService],
  // The account export (GET /me/export) writes the expenses with these.
  exports: [ExpenseListService, ExpenseExportService],
})
export class ExpensesModule {}
