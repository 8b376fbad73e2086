import { Prisma } from '@spendwise/db';
import { TIMING_COLUMNS } from './recurring-generator.sql';

/**
 * The person's active series that can occur in [from, through]: not paused, started by `through`, not ended before
 * `from`. One index read on (user_id) for a person without series; meant to be one part of a larger statement.
 */
export const scheduledSeriesQuery = (userId: string, from: string, through: string) => Prisma.sql`
  SELECT s.id, s.amount_minor AS "amountMinor", s.currency, s.description, s.merchant,
    s.category_id AS "categoryId", to_char(s.generated_through, 'YYYY-MM-DD') AS "generatedThrough",
    ${TIMING_COLUMNS},
    (SELECT json_agg(to_char(o.scheduled_on, 'YYYY-MM-DD')) FROM recurring_occurrences o
      WHERE o.series_id = s.id AND o.scheduled_on BETWEEN ${from}::date AND ${through}::date) AS recorded
  FROM recurring_series s
  WHERE s.user_id = ${userId}::uuid AND NOT s.paused AND s.start_on <= ${through}::date
    AND (s.end_on IS NULL OR s.end_on >= ${from}::date)`;
