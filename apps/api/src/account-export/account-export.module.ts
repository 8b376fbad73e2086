import { Module } from '@nestjs/common';
import { ExchangeRatesModule } from '../exchange-rates';
import { ExpensesModule } from '../expenses';
import { ImportsModule } from '../imports';
import { RecurringModule } from '../recurring';
import { UsersModule } from '../users';
import { AccountExportController } from './account-export.controller';
import { AccountExportRepository } from './account-export.repository';
import { AccountExportService } from './account-export.service';

@Module({
  imports: [UsersModule, ExpensesModule, ExchangeRatesModule, RecurringModule, ImportsModule],
  controllers: [AccountExportController],
  providers: [AccountExportService, AccountExportRepository],
})
export class AccountExportModule {}
