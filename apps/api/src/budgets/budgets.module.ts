import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { BudgetsController } from './budgets.controller';
import { BudgetsService } from './budgets.service';

@Module({ imports: [UsersModule], controllers: [BudgetsController], providers: [BudgetsService] })
export class BudgetsModule {}
