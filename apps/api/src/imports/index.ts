/**
 * The imports feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { CategorisationRulesService } from './categorisation-rules.service';
export { ImportPresetsService } from './import-presets.service';
export { ImportsModule } from './imports.module';
export { ImportsService } from './imports.service';
