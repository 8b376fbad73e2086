import { Injectable } from '@nestjs/common';
import { type Prisma } from '@spendwise/db';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, inTransaction, rowsOf, type Tx } from '../prisma/transaction';
import { uuidV7 } from '../prisma/uuid-v7';
import { lockSeriesQuery, recordsAheadQuery, skipOccurrenceQuery } from './recurring.sql';

export type SeriesRow = Prisma.RecurringSeriesGetPayload<object>;
/** A new series' columns (its id is the repository's). */
export type NewSeries = Omit<Prisma.RecurringSeriesUncheckedCreateInput, 'id'>;
export type SeriesChanges = Prisma.RecurringSeriesUncheckedUpdateInput;
/** What a series edit changes in the expenses it made. */
export type ExpenseChanges = Prisma.ExpenseUncheckedUpdateManyInput;

/** Recurring series and their occurrences, one person's at a time (recurring.sql.ts and Prisma's model API). */
@Injectable()
export class RecurringRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
  }

  async timeZoneOf(userId: string, tx?: Tx): Promise<string | null> {
    const row = await dbOf(this.prisma, tx).user.findUnique({
      where: { id: userId },
      select: { timeZone: true },
    });
    return row?.timeZone ?? null;
  }

  async currencyOf(userId: string, tx?: Tx): Promise<string | null> {
    const owner = await dbOf(this.prisma, tx).user.findUnique({
      where: { id: userId },
      select: { currency: true },
    });
    return owner?.currency ?? null;
  }

  listOf(userId: string, tx?: Tx): Promise<SeriesRow[]> {
    return dbOf(this.prisma, tx).recurringSeries.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  findOwn(userId: string, id: string, tx?: Tx): Promise<SeriesRow | null> {
    return dbOf(this.prisma, tx).recurringSeries.findFirst({ where: { id, userId } });
  }

  /** Locks the person's series until the transaction ends; false when it is not theirs. */
  async lockOwn(userId: string, id: string, tx?: Tx): Promise<boolean> {
    const locked = await rowsOf<Array<{ id: string }>>(this.prisma, lockSeriesQuery(userId, id), tx);
    return locked.length > 0;
  }

  occurrencesOf(userId: string, seriesId: string, tx?: Tx) {
    return dbOf(this.prisma, tx).recurringOccurrence.findMany({
      where: { seriesId, userId },
      orderBy: { scheduledOn: 'asc' },
      select: { scheduledOn: true, status: true, expense: { select: { id: true } } },
    });
  }

  create(series: NewSeries, tx?: Tx): Promise<SeriesRow> {
    return dbOf(this.prisma, tx).recurringSeries.create({ data: { ...series, id: uuidV7() } });
  }

  async update(id: string, changes: SeriesChanges, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).recurringSeries.update({ where: { id }, data: changes });
  }

  /** The expense the series made on `on`, if it made one (and it was not deleted). */
  async expenseOn(seriesId: string, on: Date, tx?: Tx): Promise<string | null> {
    const occurrence = await dbOf(this.prisma, tx).recurringOccurrence.findUnique({
      where: { seriesId_scheduledOn: { seriesId, scheduledOn: on } },
      select: { expense: { select: { id: true } } },
    });
    return occurrence?.expense?.id ?? null;
  }

  async updateExpense(expenseId: string, changes: ExpenseChanges, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).expense.update({ where: { id: expenseId }, data: changes });
  }

  /** Applies the changes to the expenses the series' occurrences made (still linked, i.e. not deleted). */
  async updateExpensesOf(seriesId: string, changes: ExpenseChanges, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).expense.updateMany({
      where: { recurringOccurrence: { seriesId } },
      data: changes,
    });
  }

  /** The status the date's record has now: 'skipped', or what it already was. */
  async skip(userId: string, seriesId: string, on: string, tx?: Tx): Promise<string | null> {
    const [row] = await dbOf(this.prisma, tx).$queryRaw<Array<{ status: string }>>(
      skipOccurrenceQuery(uuidV7(), userId, seriesId, on),
    );
    return row?.status ?? null;
  }

  /** The latest date after `on` that became an expense. */
  async latestGeneratedAfter(seriesId: string, on: Date, tx?: Tx): Promise<Date | null> {
    const later = await dbOf(this.prisma, tx).recurringOccurrence.findFirst({
      where: { seriesId, status: 'generated', scheduledOn: { gt: on } },
      orderBy: { scheduledOn: 'desc' },
    });
    return later?.scheduledOn ?? null;
  }

  /** The latest date from `from` on that is (or was) an expense. */
  async latestRecordedFrom(seriesId: string, from: Date, tx?: Tx): Promise<Date | null> {
    const recorded = await dbOf(this.prisma, tx).recurringOccurrence.findFirst({
      where: { seriesId, status: { in: ['generated', 'deleted'] }, scheduledOn: { gte: from } },
      orderBy: { scheduledOn: 'desc' },
    });
    return recorded?.scheduledOn ?? null;
  }

  occurrencesFrom(seriesId: string, from: Date, tx?: Tx) {
    return dbOf(this.prisma, tx).recurringOccurrence.findMany({
      where: { seriesId, scheduledOn: { gte: from } },
      select: { id: true, scheduledOn: true },
    });
  }

  async deleteOccurrences(ids: string[], tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).recurringOccurrence.deleteMany({ where: { id: { in: ids } } });
  }

  /** Occurrence records from `from` on move to series `to`. */
  async moveOccurrencesFrom(seriesId: string, from: Date, to: string, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).recurringOccurrence.updateMany({
      where: { seriesId, scheduledOn: { gte: from } },
      data: { seriesId: to },
    });
  }

  /** Dates not generated yet that already have a record (skipped ahead of time), of every series of the person. */
  recordsAhead(userId: string, tx?: Tx): Promise<Array<{ seriesId: string; on: string }>> {
    return rowsOf<Array<{ seriesId: string; on: string }>>(this.prisma, recordsAheadQuery(userId), tx);
  }
}
