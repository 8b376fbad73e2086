import {
  addDays,
  daysInMonth,
  occurrencesBetween,
  type Upcoming,
  type UpcomingOccurrence,
  type UpcomingTotal,
} from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { type SeriesTimingRow, timingOf } from './recurring-generator';
import { TIMING_COLUMNS } from './recurring-generator.sql';

/** A series that may still have occurrences in a window, with the dates in it that already have a record. */
export interface ScheduledSeriesRow extends SeriesTimingRow {
  id: string;
  amountMinor: number;
  currency: string;
  description: string;
  merchant: string | null;
  categoryId: string | null;
  generatedThrough: string;
  /** Dates in the window with an occurrence record (skipped ahead, or already generated): never scheduled. */
  recorded: string[] | null;
}

/** From tomorrow through the last day of today's month: what is still scheduled this month. */
export function restOfMonth(today: string): { from: string; through: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return { from: addDays(today, 1), through: `${today.slice(0, 8)}${daysInMonth(year, month)}` };
}

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

/**
 * Every occurrence of `rows` in [from, through] that will still become an expense, computed with the schedule math
 * (never stored ahead): after the series' progress mark, without the dates that have a record. Oldest first.
 */
export function scheduledBetween(
  rows: readonly ScheduledSeriesRow[],
  from: string,
  through: string,
): UpcomingOccurrence[] {
  const items: UpcomingOccurrence[] = [];
  for (const row of rows) {
    const recorded = new Set(row.recorded ?? []);
    const after = addDays(row.generatedThrough, 1);
    for (const { on } of occurrencesBetween(timingOf(row), after > from ? after : from, through)) {
      if (recorded.has(on)) continue;
      items.push({
        seriesId: row.id,
        on,
        description: row.description,
        merchant: row.merchant,
        categoryId: row.categoryId,
        amountMinor: row.amountMinor,
        currency: row.currency,
      });
    }
  }
  return items.sort(
    (a, b) =>
      a.on.localeCompare(b.on) ||
      a.description.localeCompare(b.description) ||
      a.seriesId.localeCompare(b.seriesId),
  );
}

/** Sums per currency, by currency code: amounts in different currencies are never added together. */
export function totalsByCurrency(items: readonly UpcomingOccurrence[]): UpcomingTotal[] {
  const totals = new Map<string, UpcomingTotal>();
  for (const item of items) {
    const total = totals.get(item.currency) ?? { currency: item.currency, amountMinor: 0, count: 0 };
    total.amountMinor += item.amountMinor;
    total.count += 1;
    totals.set(item.currency, total);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** What the dashboard shows as still to come this month, for `today` in the person's zone. */
export function upcomingThisMonth(rows: readonly ScheduledSeriesRow[], today: string): Upcoming {
  const { from, through } = restOfMonth(today);
  const items = from > through ? [] : scheduledBetween(rows, from, through);
  return { from, through, items, totals: totalsByCurrency(items) };
}
