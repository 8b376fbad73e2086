import { Module } from '@nestjs/common';
import { BudgetsModule } from '../budgets';
import { ExchangeRatesModule } from '../exchange-rates';
import { UsersModule } from '../users';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [UsersModule, ExchangeRatesModule, BudgetsModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository],
})
export class DashboardModule {}
