import { Prisma } from '@spendwise/db';

/** The schedule columns of a recurring_series row (alias `s`), as the generator and the mapper read them. */
export const TIMING_COLUMNS = Prisma.sql`s.kind, s.every, s.day_of_month AS "dayOfMonth", s.weekday,
  s.week_of_month AS "weekOfMonth", to_char(s.start_on, 'YYYY-MM-DD') AS "startOn",
  to_char(s.end_on, 'YYYY-MM-DD') AS "endOn", s.occurrence_count AS "occurrenceCount"`;

/**
 * A page of series behind their person's today, in id order after `after`, within `scope` (one person, or TRUE).
 * Pre-filter only: no zone is more than a day ahead of UTC (UTC+14), so a series whose mark is at least UTC's
 * tomorrow has nothing due anywhere. The dates themselves come from todayIn (Intl, like the zone's validation),
 * never from PostgreSQL's zone data, which may lack a zone Intl accepts.
 */
export const duePageQuery = (scope: Prisma.Sql, after: string, pageSize: number) => Prisma.sql`
  SELECT s.id, s.user_id AS "userId", to_char(s.generated_through, 'YYYY-MM-DD') AS "generatedThrough",
    u.time_zone AS "timeZone", ${TIMING_COLUMNS}
  FROM recurring_series s JOIN users u ON u.id = s.user_id
  WHERE ${scope} AND NOT s.paused AND s.id > ${after}::uuid
    AND s.generated_through < (now() AT TIME ZONE 'UTC')::date + 1
    AND (s.end_on IS NULL OR s.generated_through < s.end_on)
  ORDER BY s.id
  LIMIT ${pageSize}`;

/** Moves a series' mark to `today`. GREATEST: a zone change that moved "today" back never lowers it. */
export const markGeneratedThroughSql = (seriesId: string, today: string) => Prisma.sql`
  UPDATE recurring_series SET generated_through = GREATEST(generated_through, ${today}::date)
  WHERE id = ${seriesId}::uuid AND NOT paused`;

/**
 * One date of a series, exactly once: INSERT the occurrence ON CONFLICT (series_id, scheduled_on) DO NOTHING, and
 * INSERT the expense from that insert's RETURNING — the expense exists only when this statement's occurrence row
 * was the one stored, and both commit or neither.
 */
export const generateOccurrenceSql = (
  ids: { occurrence: string; expense: string },
  seriesId: string,
  on: string,
) =>
  Prisma.sql`
  WITH occurrence AS (
    INSERT INTO recurring_occurrences (id, user_id, series_id, scheduled_on, status, created_at, updated_at)
    SELECT ${ids.occurrence}::uuid, s.user_id, s.id, ${on}::date, 'generated', now(), now()
    FROM recurring_series s
    WHERE s.id = ${seriesId}::uuid AND NOT s.paused AND (s.end_on IS NULL OR s.end_on >= ${on}::date)
    -- Waits for an edit in progress (pause, end, split) and then reads the series as it left it.
    FOR SHARE
    ON CONFLICT (series_id, scheduled_on) DO NOTHING
    RETURNING id, series_id
  )
  INSERT INTO expenses (id, user_id, currency, amount_minor, occurred_on, description, merchant, note, tags,
    category_id, recurring_occurrence_id, created_at, updated_at)
  SELECT ${ids.expense}::uuid, s.user_id, s.currency, s.amount_minor, ${on}::date, s.description, s.merchant,
    s.note, s.tags, s.category_id, o.id, now(), now()
  FROM occurrence o JOIN recurring_series s ON s.id = o.series_id`;

/** One person's series (the on-read and after-write path). */
export const userScope = (userId: string) => Prisma.sql`s.user_id = ${userId}::uuid`;

/** Every person's series (the scheduled task). */
export const EVERYONE = Prisma.sql`TRUE`;
