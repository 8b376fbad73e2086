import { Injectable } from '@nestjs/common';
import { MAX_PERSONAL_RATES, type PersonalRate, type PersonalRateList } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { PersonalRatesRepository } from './personal-rates.repository';
import { type PersonalRateRow } from './personal-rates.sql';

export class TooManyPersonalRatesError extends ConflictError {
  constructor() {
    const reason = `you already keep ${MAX_PERSONAL_RATES} exchange rates, the most allowed: remove some first`;
    super(`The rate was not saved: ${reason}.`, [{ field: 'rate', message: reason }]);
  }
}

export class PersonalRateNotFoundError extends NotFoundError {
  constructor() {
    super('Exchange rate');
  }
}

/**
 * The rates a person entered for their own conversions (1 EUR = `rate` units of `currency` on `date`), one per
 * currency and date. Stored as numeric, written and read as decimal text, never a float (personal-rates.sql.ts).
 */
@Injectable()
export class PersonalRatesService {
  constructor(private readonly rates: PersonalRatesRepository) {}

  async list(user: AuthenticatedUser): Promise<PersonalRateList> {
    const rows = await this.rates.list(user.id);
    return { items: rows.map(toPersonalRate) };
  }

  /** Creates or replaces the person's rate of `currency` on `date`; `created` tells which. */
  async set(
    user: AuthenticatedUser,
    currency: string,
    date: string,
    rate: string,
  ): Promise<{ rate: PersonalRate; created: boolean }> {
    const row = await this.rates.upsert(user.id, currency, date, rate);
    if (!row) throw new TooManyPersonalRatesError();
    return { rate: toPersonalRate(row), created: row.created === true };
  }

  async remove(user: AuthenticatedUser, currency: string, date: string): Promise<void> {
    const count = await this.rates.remove(user.id, currency, date);
    if (count === 0) throw new PersonalRateNotFoundError();
  }
}

function toPersonalRate(row: PersonalRateRow): PersonalRate {
  return { currency: row.currency, date: row.date, rate: row.rate, updatedAt: row.updatedAt.toISOString() };
}
