import { todayIn } from '@spendwise/contracts';

/**
 * "This month" where the user is: the calendar month of `now` in their IANA time zone, as YYYY-MM — the month of
 * their today (`todayIn`, which keeps one Intl formatter per zone: building one cost 7 % of a dashboard request's
 * CPU, BENCHMARKS.md). Zones are validated with the same Intl database when the user sets one.
 */
export function currentMonthIn(timeZone: string, now: Date = new Date()): string {
  return todayIn(timeZone, now).slice(0, 7);
}
