import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, rowsOf, type Tx } from '../prisma/transaction';
import { deleteRateSql, listRatesQuery, type PersonalRateRow, upsertRateSql } from './personal-rates.sql';

/** The rates a person entered themselves (personal-rates.sql.ts). */
@Injectable()
export class PersonalRatesRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(userId: string, tx?: Tx): Promise<PersonalRateRow[]> {
    return rowsOf<PersonalRateRow[]>(this.prisma, listRatesQuery(userId), tx);
  }

  /** The rate as stored, or null when the person already keeps the most rates allowed (nothing written). */
  async upsert(
    userId: string,
    currency: string,
    date: string,
    rate: string,
    tx?: Tx,
  ): Promise<PersonalRateRow | null> {
    const [row] = await dbOf(this.prisma, tx).$queryRaw<PersonalRateRow[]>(
      upsertRateSql(userId, currency, date, rate),
    );
    return row ?? null;
  }

  /** How many rates went (0 or 1). */
  remove(userId: string, currency: string, date: string, tx?: Tx): Promise<number> {
    return dbOf(this.prisma, tx).$executeRaw(deleteRateSql(userId, currency, date));
  }
}
