import { Module } from '@nestjs/common';
import { ImportPresetsController } from './import-presets.controller';
import { ImportPresetsService } from './import-presets.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  controllers: [ImportsController, ImportPresetsController],
  providers: [ImportsService, ImportPresetsService],
  exports: [ImportPresetsService],
})
export class ImportsModule {}
