import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { type Logger } from 'pino';
import { AccountExportModule } from './account-export/account-export.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { BudgetsModule } from './budgets/budgets.module';
import { CategoriesModule } from './categories/categories.module';
import { type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { ExchangeRatesModule } from './exchange-rates/exchange-rates.module';
import { ExpensesModule } from './expenses/expenses.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { PrismaModule } from './prisma/prisma.module';
import { IpRateLimitGuard, UserRateLimitGuard } from './rate-limit/rate-limit.guards';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RecurringCatchUpGuard, RecurringModule } from './recurring';
import { UsersModule } from './users/users.module';
import { ContractValidationPipe } from './validation/contract-validation.pipe';

/**
 * The whole API. Global guards run in the order listed: per-IP limit, authentication (private by default),
 * per-user limit, then recurring expenses' catch-up before a person's reads (it never refuses). Then the contract
 * validation pipe; errors from anywhere go through the one filter. No interceptor is registered: with none, Nest
 * runs handlers without RxJS (BENCHMARKS.md, "Per-request framework cost"). Each guard answers synchronously unless
 * it has something to wait for (a token not yet checked, a catch-up due), so Nest awaits none of them on a typical
 * request (BENCHMARKS.md, "Guards without awaits").
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, rootLogger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(rootLogger),
        PrismaModule,
        MailModule,
        RateLimitModule,
        AuthModule,
        HealthModule,
        UsersModule,
        CategoriesModule,
        ExpensesModule,
        BudgetsModule,
        DashboardModule,
        ExchangeRatesModule,
        AccountExportModule,
        RecurringModule,
        ImportsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useClass: ContractValidationPipe },
        { provide: APP_GUARD, useExisting: IpRateLimitGuard },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useExisting: UserRateLimitGuard },
        { provide: APP_GUARD, useExisting: RecurringCatchUpGuard },
      ],
    };
  }
}
