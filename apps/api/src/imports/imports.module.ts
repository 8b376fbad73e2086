import { BudgetAlertsModule } from '../budget-alerts/budget-alerts.module';
import { Module } from '@nestjs/common';
import { CategorisationRulesController } from './categorisation-rules.controller';
import { CategorisationRulesService } from './categorisation-rules.service';
import { ImportPresetsController } from './import-presets.controller';
import { ImportPresetsService } from './import-presets.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [BudgetAlertsModule],
  controllers: [ImportsController, ImportPresetsController, CategorisationRulesController],
  providers: [ImportsService, ImportPresetsService, CategorisationRulesService],
  exports: [ImportsService, ImportPresetsService, CategorisationRulesService],
})
export class ImportsModule {}
