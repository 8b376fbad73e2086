import { Module } from '@nestjs/common';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { ExpensesModule } from '../expenses/expenses.module';
import { ImportsModule } from '../imports/imports.module';
import { RecurringModule } from '../recurring/recurring.module';
import { UsersModule } from '../users/users.module';
import { AccountExportController } from './account-export.controller';
import { AccountExportRepository } from './account-export.repository';
import { AccountExportService } from './account-export.service';

@Module({
  imports: [UsersModule, ExpensesModule, ExchangeRatesModule, RecurringModule, ImportsModule],
  controllers: [AccountExportController],
  providers: [AccountExportService, AccountExportRepository],
})
export class AccountExportModule {}
