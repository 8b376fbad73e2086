import { LRUCache } from 'lru-cache';

// Building an Intl.DateTimeFormat costs more than the rest of a dashboard request's date work (7 % of its CPU in a
// profile, BENCHMARKS.md), so one is kept per zone. Bounded: Intl accepts any casing of a zone's name.
const formatters = new LRUCache<string, Intl.DateTimeFormat>({ max: 1_000 });

/**
 * "This month" where the user is: the calendar month of `now` in their IANA time zone, as YYYY-MM. Zones are
 * validated with the same Intl database when the user sets one, so any stored zone is known here.
 */
export function currentMonthIn(timeZone: string, now: Date = new Date()): string {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: 'year' | 'month') => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
