import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories';
import { ExchangeRatesModule } from '../exchange-rates';
import { BudgetsController } from './budgets.controller';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

@Module({
  imports: [CategoriesModule, ExchangeRatesModule],
  controllers: [BudgetsController],
  providers: [BudgetsService, BudgetsRepository],
  exports: [BudgetsService],
})
export class BudgetsModule {}
