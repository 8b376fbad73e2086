import { Prisma } from '@spendwise/db';

/** Skips a date ahead of time; a date already generated keeps its record, and its status says so. */
export function skipOccurrenceQuery(id: string, userId: string, seriesId: string, on: string): Prisma.Sql {
  return Prisma.sql`
      INSERT INTO recurring_occurrences (id, user_id, series_id, scheduled_on, status, created_at, updated_at)
      VALUES (${id}::uuid, ${userId}::uuid, ${seriesId}::uuid, ${on}::date, 'skipped', now(), now())
      ON CONFLICT (series_id, scheduled_on) DO UPDATE SET updated_at = recurring_occurrences.updated_at
      RETURNING status`;
}

/** Dates not generated yet that already have a record (skipped ahead of time), of every series of the person. */
export function recordsAheadQuery(userId: string): Prisma.Sql {
  return Prisma.sql`
      SELECT o.series_id AS "seriesId", to_char(o.scheduled_on, 'YYYY-MM-DD') AS on
      FROM recurring_occurrences o JOIN recurring_series s ON s.id = o.series_id
      WHERE o.user_id = ${userId}::uuid AND o.scheduled_on > s.generated_through`;
}

/** The person's series, locked for the transaction: generators wait (FOR SHARE) until the edit commits. */
export function lockSeriesQuery(userId: string, id: string): Prisma.Sql {
  return Prisma.sql`
      SELECT id FROM recurring_series WHERE id = ${id}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
}
