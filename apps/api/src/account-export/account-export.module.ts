import { Module } from '@nestjs/common';
import { ExpensesModule } from '../expenses/expenses.module';
import { UsersModule } from '../users/users.module';
import { AccountExportController } from './account-export.controller';
import { AccountExportService } from './account-export.service';

@Module({
  imports: [UsersModule, ExpensesModule],
  controllers: [AccountExportController],
  providers: [AccountExportService],
})
export class AccountExportModule {}
