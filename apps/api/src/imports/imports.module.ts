import { BudgetAlertsModule } from '../budget-alerts';
import { Module } from '@nestjs/common';
import { CategorisationRulesController } from './categorisation-rules.controller';
import { CategorisationRulesRepository } from './categorisation-rules.repository';
import { CategorisationRulesService } from './categorisation-rules.service';
import { ImportPresetsController } from './import-presets.controller';
import { ImportPresetsRepository } from './import-presets.repository';
import { ImportPresetsService } from './import-presets.service';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

@Module({
  imports: [BudgetAlertsModule],
  controllers: [ImportsController, ImportPresetsController, CategorisationRulesController],
  providers: [
    ImportsService,
    ImportsRepository,
    ImportPresetsService,
    ImportPresetsRepository,
    CategorisationRulesService,
    CategorisationRulesRepository,
  ],
  exports: [ImportsService, ImportPresetsService, CategorisationRulesService],
})
export class ImportsModule {}
