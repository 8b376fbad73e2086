/**
 * "This month" where the user is: the calendar month of `now` in their IANA time zone, as YYYY-MM. Zones are
 * validated with the same Intl database when the user sets one, so any stored zone is known here.
 */
export function currentMonthIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: 'year' | 'month') => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}
