import { Injectable } from '@nestjs/common';
import type { ForeignGroup } from '../exchange-rates';
import { PrismaService } from '../prisma/prisma.service';
import { rowsOf, type Tx } from '../prisma/transaction';
import { dashboardQuery, type DashboardRow, foreignSpendingQuery, type MonthScope } from './dashboard.sql';

/** The dashboard's two statements (dashboard.sql.ts). */
@Injectable()
export class DashboardRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Everything of one month but the foreign groups; `upcoming` is the window the active series are read for. */
  async month(
    scope: MonthScope,
    upcoming: { from: string; through: string },
    tx?: Tx,
  ): Promise<DashboardRow> {
    // A SELECT without FROM: always exactly one row.
    const [row] = await rowsOf<[DashboardRow]>(this.prisma, dashboardQuery(scope, upcoming), tx);
    return row;
  }

  /** Spending in `currencies` over the 12 months, per (currency, day, category), for the service to convert. */
  async foreignGroups(scope: MonthScope, currencies: readonly string[], tx?: Tx): Promise<ForeignGroup[]> {
    // A SELECT of one aggregate: always exactly one row (groups is null only if nothing matched).
    const [row] = await rowsOf<[{ groups: ForeignGroup[] | null }]>(
      this.prisma,
      foreignSpendingQuery(scope, currencies),
      tx,
    );
    return row.groups ?? [];
  }
}
