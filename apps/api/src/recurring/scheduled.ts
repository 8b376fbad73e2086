import {
  addDays,
  daysInMonth,
  occurrencesBetween,
  type Upcoming,
  type UpcomingOccurrence,
  type UpcomingTotal,
} from '@spendwise/contracts';
import { type SeriesTimingRow, timingOf } from './recurring-generator';

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

// The dashboard builds its statement with it (dashboard.sql.ts).
export { scheduledSeriesQuery } from './scheduled.sql';

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
