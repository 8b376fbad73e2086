import {
  addDays,
  type IsoWeekday,
  occurrencesBetween,
  type Schedule,
  type SeriesTiming,
  todayIn,
  type WeekOfMonth,
} from '@spendwise/contracts';
import { Prisma, type PrismaClient } from '@spendwise/db';
import { uuidV7 } from '../prisma/uuid-v7';

/** The schedule columns of a recurring_series row, as the generator and the mapper read them. */
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

interface DueSeries extends SeriesTimingRow {
  id: string;
  userId: string;
  generatedThrough: string;
  timeZone: string;
}

export interface GenerationResult {
  /** Series looked at (behind the person's today). */
  series: number;
  /** Expenses created by this run; 0 when another generator got there first. */
  created: number;
}

export const TIMING_COLUMNS = Prisma.sql`s.kind, s.every, s.day_of_month AS "dayOfMonth", s.weekday,
  s.week_of_month AS "weekOfMonth", to_char(s.start_on, 'YYYY-MM-DD') AS "startOn",
  to_char(s.end_on, 'YYYY-MM-DD') AS "endOn", s.occurrence_count AS "occurrenceCount"`;

export function timingOf(row: SeriesTimingRow): SeriesTiming {
  return { schedule: scheduleOf(row), startOn: row.startOn, endOn: row.endOn, count: row.occurrenceCount };
}

function scheduleOf(row: SeriesTimingRow): Schedule {
  switch (row.kind) {
    case 'days':
    case 'weeks':
    case 'monthlyLastDay':
    case 'yearly':
      return { kind: row.kind, every: row.every };
    case 'monthly':
      return { kind: 'monthly', every: row.every, day: row.dayOfMonth! };
    case 'monthlyWeekday':
      return {
        kind: 'monthlyWeekday',
        every: row.every,
        weekday: row.weekday as IsoWeekday,
        week: row.weekOfMonth as WeekOfMonth,
      };
    default:
      // The table's CHECK constraint admits only the kinds above.
      throw new Error(`Unknown schedule kind ${row.kind}`);
  }
}

// Due series are read this many at a time (keyset on id), so a run over every person holds one page, not them all.
const PAGE_SIZE = 500;
const BEFORE_EVERY_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Turns due occurrences into expenses, exactly once. Each date is one statement: INSERT the occurrence ON CONFLICT
 * (series_id, scheduled_on) DO NOTHING, and INSERT the expense from that insert's RETURNING — so the expense exists
 * only when this run's occurrence row was the one stored, and both commit or neither. Any number of generators
 * (the scheduled task, on-read catch-up in each API task, a retry after a crash) may run at once.
 *
 * Plain class over a PrismaClient so the one-off task (generate.ts) runs it without booting Nest.
 */
export class RecurringGenerator {
  constructor(
    private readonly client: PrismaClient,
    private readonly now: () => Date = () => new Date(),
    private readonly pageSize = PAGE_SIZE,
  ) {}

  /** Catches one person's series up to their today. One indexed query when nothing is due (the on-read path). */
  forUser(userId: string): Promise<GenerationResult> {
    return this.run(Prisma.sql`s.user_id = ${userId}::uuid`);
  }

  /** Every person's series (the scheduled task). */
  forEveryone(): Promise<GenerationResult> {
    return this.run(Prisma.sql`TRUE`);
  }

  private async run(scope: Prisma.Sql): Promise<GenerationResult> {
    const result = { series: 0, created: 0 };
    for (let after = BEFORE_EVERY_UUID; ;) {
      const page = await this.duePage(scope, after);
      for (const row of page) {
        const created = await this.catchUp(row);
        if (created === null) continue;
        result.series += 1;
        result.created += created;
      }
      if (page.length < this.pageSize) return result;
      after = page.at(-1)!.id;
    }
  }

  private duePage(scope: Prisma.Sql, after: string): Promise<DueSeries[]> {
    // Pre-filter only: no zone is more than a day ahead of UTC (UTC+14), so a series whose mark is at least UTC's
    // tomorrow has nothing due anywhere. The dates themselves come from todayIn (Intl, like the zone's
    // validation), never from PostgreSQL's zone data, which may lack a zone Intl accepts.
    return this.client.$queryRaw<DueSeries[]>`
      SELECT s.id, s.user_id AS "userId", to_char(s.generated_through, 'YYYY-MM-DD') AS "generatedThrough",
        u.time_zone AS "timeZone", ${TIMING_COLUMNS}
      FROM recurring_series s JOIN users u ON u.id = s.user_id
      WHERE ${scope} AND NOT s.paused AND s.id > ${after}::uuid
        AND s.generated_through < (now() AT TIME ZONE 'UTC')::date + 1
        AND (s.end_on IS NULL OR s.generated_through < s.end_on)
      ORDER BY s.id
      LIMIT ${this.pageSize}`;
  }

  /** The expenses created for one series up to its person's today; null when it is not behind. */
  private async catchUp(row: DueSeries): Promise<number | null> {
    const today = todayIn(row.timeZone, this.now());
    if (row.generatedThrough >= today) return null;
    let created = 0;
    for (const { on } of occurrencesBetween(timingOf(row), addDays(row.generatedThrough, 1), today)) {
      created += await this.generate(row, on);
    }
    // GREATEST: a zone change that moved "today" back never lowers the mark (nothing is generated twice anyway).
    await this.client.$executeRaw`
      UPDATE recurring_series SET generated_through = GREATEST(generated_through, ${today}::date)
      WHERE id = ${row.id}::uuid AND NOT paused`;
    return created;
  }

  private generate(series: DueSeries, on: string): Promise<number> {
    return this.client.$executeRaw`
      WITH occurrence AS (
        INSERT INTO recurring_occurrences (id, user_id, series_id, scheduled_on, status, created_at, updated_at)
        SELECT ${uuidV7()}::uuid, s.user_id, s.id, ${on}::date, 'generated', now(), now()
        FROM recurring_series s
        WHERE s.id = ${series.id}::uuid AND NOT s.paused AND (s.end_on IS NULL OR s.end_on >= ${on}::date)
        -- Waits for an edit in progress (pause, end, split) and then reads the series as it left it.
        FOR SHARE
        ON CONFLICT (series_id, scheduled_on) DO NOTHING
        RETURNING id, series_id
      )
      INSERT INTO expenses (id, user_id, currency, amount_minor, occurred_on, description, merchant, note, tags,
        category_id, recurring_occurrence_id, created_at, updated_at)
      SELECT ${uuidV7()}::uuid, s.user_id, s.currency, s.amount_minor, ${on}::date, s.description, s.merchant,
        s.note, s.tags, s.category_id, o.id, now(), now()
      FROM occurrence o JOIN recurring_series s ON s.id = o.series_id`;
  }
}
