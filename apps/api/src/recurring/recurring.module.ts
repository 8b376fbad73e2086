import { BudgetAlertsModule } from '../budget-alerts';
import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CategoriesModule } from '../categories';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RecurringCatchUpGuard } from './recurring-catch-up.guard';
import { RecurringGeneratorRepository } from './recurring-generator.repository';
import { RecurringSuggestionsRepository } from './recurring-suggestions.repository';
import { RecurringSuggestionsController } from './recurring-suggestions.controller';
import { RecurringSuggestionsService } from './recurring-suggestions.service';
import { RecurringController } from './recurring.controller';
import { RecurringRepository } from './recurring.repository';
import { RecurringService } from './recurring.service';

/** In the local stack (no EventBridge), the API itself runs the generation job this often. */
export const LOCAL_GENERATION_INTERVAL_MS = 60_000;

/**
 * Recurring expenses. Generation runs in three places: before a person's reads (RecurringCatchUpGuard, registered
 * globally by app.module.ts), in AWS as a scheduled one-off task (generate.ts), and in the local stack on an
 * interval started here.
 */
@Module({
  imports: [BudgetAlertsModule, CategoriesModule],
  controllers: [RecurringSuggestionsController, RecurringController],
  providers: [
    RecurringService,
    RecurringSuggestionsService,
    RecurringRepository,
    RecurringGeneratorRepository,
    RecurringSuggestionsRepository,
    RecurringCatchUpGuard,
  ],
  // The account export (GET /me/export) lists the person's series; the app registers the guard globally.
  exports: [RecurringService, RecurringCatchUpGuard],
})
export class RecurringModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly recurring: RecurringService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // The local stack (`npm run dev`, the browser suite): the emulator in development mode. Test suites (NODE_ENV
    // test) leave it off: a background write would make their before/after database comparisons flaky.
    if (this.config.cognito.localEmulatorEndpoint === null || this.config.nodeEnv !== 'development') return;
    this.timer = setInterval(() => {
      // A failed run (database restarting) is retried at the next tick; reads catch up on their own meanwhile.
      this.recurring.catchUpEveryone().catch(() => undefined);
    }, LOCAL_GENERATION_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
