import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, rowsOf, type Tx } from '../prisma/transaction';
import { coveredHabitsQuery, repeatedExpensesQuery } from './recurring-suggestions.sql';

export interface RepeatedExpense {
  name: string;
  amountMinor: number;
  currency: string;
  description: string;
  merchant: string | null;
  categoryId: string | null;
  dates: string[];
}

export interface Habit {
  name: string;
  amountMinor: number;
  currency: string;
}

/** The history suggestions are read from, and the suggestions a person dismissed. */
@Injectable()
export class RecurringSuggestionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async dismissedKeys(userId: string, tx?: Tx): Promise<string[]> {
    const rows = await dbOf(this.prisma, tx).recurringSuggestionDismissal.findMany({
      where: { userId },
      select: { key: true },
    });
    return rows.map((row) => row.key);
  }

  /** Dismissing twice is fine. */
  async dismiss(userId: string, key: string, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).recurringSuggestionDismissal.upsert({
      where: { userId_key: { userId, key } },
      create: { userId, key },
      update: {},
    });
  }

  repeated(userId: string, today: string, historyDays: number, minSeen: number, tx?: Tx) {
    return rowsOf<RepeatedExpense[]>(
      this.prisma,
      repeatedExpensesQuery(userId, today, historyDays, minSeen),
      tx,
    );
  }

  covered(userId: string, today: string, tx?: Tx): Promise<Habit[]> {
    return rowsOf<Habit[]>(this.prisma, coveredHabitsQuery(userId, today), tx);
  }
}
