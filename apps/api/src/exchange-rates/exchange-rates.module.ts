import { Module } from '@nestjs/common';
import { ExchangeRatesService } from './exchange-rates.service';
import { PersonalRatesController } from './personal-rates.controller';
import { PersonalRatesService } from './personal-rates.service';

@Module({
  controllers: [PersonalRatesController],
  providers: [ExchangeRatesService, PersonalRatesService],
  exports: [ExchangeRatesService, PersonalRatesService],
})
export class ExchangeRatesModule {}
