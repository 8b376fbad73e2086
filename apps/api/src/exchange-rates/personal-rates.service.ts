import { Injectable } from '@nestjs/common';
import { MAX_PERSONAL_RATES, type PersonalRate, type PersonalRateList } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { PrismaService } from '../prisma/prisma.service';

interface PersonalRateRow {
  currency: string;
  date: string;
  rate: string;
  updatedAt: Date;
  created?: boolean;
}

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
 * currency and date. Stored as numeric, written and read as decimal text, never a float; `trim_scale` reads the
 * numeric(18,10) column back as the decimal the person typed ("1.05", not "1.0500000000").
 */
@Injectable()
export class PersonalRatesService {
  constructor(private readonly prisma: PrismaService) {}

  async list(user: AuthenticatedUser): Promise<PersonalRateList> {
    const rows = await this.prisma.client.$queryRaw<PersonalRateRow[]>`
      SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, trim_scale(rate)::text AS rate, updated_at AS "updatedAt"
      FROM personal_exchange_rates WHERE user_id = ${user.id}::uuid
      ORDER BY currency, date DESC`;
    return { items: rows.map(toPersonalRate) };
  }

  /** Creates or replaces the person's rate of `currency` on `date`; `created` tells which. */
  async set(
    user: AuthenticatedUser,
    currency: string,
    date: string,
    rate: string,
  ): Promise<{ rate: PersonalRate; created: boolean }> {
    // xmax is 0 on a row this statement inserted, the updating transaction's id on one it replaced. A new rate
    // beyond MAX_PERSONAL_RATES inserts nothing (two concurrent requests may both pass: the cap is a bound on
    // size, not an exact count); replacing an existing one always works.
    const [row] = await this.prisma.client.$queryRaw<PersonalRateRow[]>`
      INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at)
      SELECT ${user.id}::uuid, ${currency}, ${date}::date, ${rate}::numeric, now()
      WHERE (SELECT count(*) FROM personal_exchange_rates WHERE user_id = ${user.id}::uuid) < ${MAX_PERSONAL_RATES}
        OR EXISTS (SELECT FROM personal_exchange_rates
                   WHERE user_id = ${user.id}::uuid AND currency = ${currency} AND date = ${date}::date)
      ON CONFLICT (user_id, currency, date) DO UPDATE SET rate = EXCLUDED.rate, updated_at = now()
      RETURNING currency, to_char(date, 'YYYY-MM-DD') AS date, trim_scale(rate)::text AS rate,
        updated_at AS "updatedAt", (xmax = 0) AS created`;
    if (!row) throw new TooManyPersonalRatesError();
    return { rate: toPersonalRate(row), created: row.created === true };
  }

  async remove(user: AuthenticatedUser, currency: string, date: string): Promise<void> {
    const count = await this.prisma.client.$executeRaw`
      DELETE FROM personal_exchange_rates
      WHERE user_id = ${user.id}::uuid AND currency = ${currency} AND date = ${date}::date`;
    if (count === 0) throw new PersonalRateNotFoundError();
  }
}

function toPersonalRate(row: PersonalRateRow): PersonalRate {
  return { currency: row.currency, date: row.date, rate: row.rate, updatedAt: row.updatedAt.toISOString() };
}
