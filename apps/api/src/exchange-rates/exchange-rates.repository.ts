import { Injectable } from '@nestjs/common';
import { type ExchangeRate } from '@spendwise/contracts';
import { PrismaService } from '../prisma/prisma.service';
import { rowsOf, type Tx } from '../prisma/transaction';
import { latestRatesQuery, ratesForDatesQuery } from './exchange-rates.sql';

/** What ratesForDatesQuery answers: ECB's rates only when their version moved past the one the caller holds. */
export interface RatesForDates {
  version: string;
  /** The version of the person's own rates (personal_exchange_rates_versions). */
  personalVersion: string;
  ecb: ExchangeRate[] | null;
  personal: ExchangeRate[];
}

/** ECB's shared rates and a person's own, as conversions read them (exchange-rates.sql.ts). */
@Injectable()
export class ExchangeRatesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async forDates(
    userId: string,
    currencies: readonly string[],
    from: string,
    to: string,
    knownVersion: string | null,
    tx?: Tx,
  ): Promise<RatesForDates> {
    const [read] = await rowsOf<[RatesForDates]>(
      this.prisma,
      ratesForDatesQuery(userId, currencies, from, to, knownVersion),
      tx,
    );
    return read;
  }

  latest(userId: string, currencies: readonly string[], tx?: Tx): Promise<ExchangeRate[]> {
    return rowsOf<ExchangeRate[]>(this.prisma, latestRatesQuery(userId, currencies), tx);
  }
}
