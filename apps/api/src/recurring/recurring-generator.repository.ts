import { Inject, Injectable } from '@nestjs/common';
import { type PrismaClient } from '@spendwise/db';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import {
  duePageQuery,
  EVERYONE,
  generateOccurrenceSql,
  markGeneratedThroughSql,
  userScope,
} from './recurring-generator.sql';

export interface SeriesTimingRow {
  kind: string;
  every: number;
  dayOfMonth: number | null;
  weekday: number | null;
  weekOfMonth: number | null;
  startOn: string;
  endOn: string | null;
  occurrenceCount: number | null;
}

export interface DueSeries extends SeriesTimingRow {
  id: string;
  userId: string;
  generatedThrough: string;
  timeZone: string;
}

/**
 * The generator's statements (recurring-generator.sql.ts). Injected in the API; the hourly task (generate.ts), which
 * runs without Nest, and the e2e suite hand it their own client as `{ client }`.
 */
@Injectable()
export class RecurringGeneratorRepository {
  private readonly client: PrismaClient;

  constructor(@Inject(PrismaService) prisma: { client: PrismaClient }) {
    this.client = prisma.client;
  }

  /** A page of series behind their person's today (one person's, or everyone's when `userId` is null). */
  duePage(userId: string | null, after: string, pageSize: number): Promise<DueSeries[]> {
    return this.client.$queryRaw<DueSeries[]>(
      duePageQuery(userId === null ? EVERYONE : userScope(userId), after, pageSize),
    );
  }

  async markGeneratedThrough(seriesId: string, today: string): Promise<void> {
    await this.client.$executeRaw(markGeneratedThroughSql(seriesId, today));
  }

  /** 1 when this call created the date's expense, 0 when it existed (another generator got there first). */
  generateOccurrence(seriesId: string, on: string): Promise<number> {
    return this.client.$executeRaw(
      generateOccurrenceSql({ occurrence: uuidV7(), expense: uuidV7() }, seriesId, on),
    );
  }
}
