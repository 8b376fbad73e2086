/**
 * The exchange-rates feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { mergeNotInTotals, toBaseCurrency } from './base-currency';
export type { ConvertedGroup, ForeignGroup } from './base-currency';
export { ExchangeRatesModule } from './exchange-rates.module';
export { ExchangeRatesService } from './exchange-rates.service';
export type { RatesRequest, RateVersions } from './exchange-rates.service';
export type { RatesForDates } from './exchange-rates.repository';
export { ratesForDatesQuery } from './exchange-rates.sql';
export { PersonalRatesService } from './personal-rates.service';
