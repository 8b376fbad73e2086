import { Module } from '@nestjs/common';
import { ExchangeRatesRepository } from './exchange-rates.repository';
import { ExchangeRatesService } from './exchange-rates.service';
import { PersonalRatesController } from './personal-rates.controller';
import { PersonalRatesRepository } from './personal-rates.repository';
import { PersonalRatesService } from './personal-rates.service';

@Module({
  controllers: [PersonalRatesController],
  providers: [ExchangeRatesService, ExchangeRatesRepository, PersonalRatesService, PersonalRatesRepository],
  exports: [ExchangeRatesService, PersonalRatesService],
})
export class ExchangeRatesModule {}
