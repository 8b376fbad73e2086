/** Calendar months and days as the API speaks them (YYYY-MM, YYYY-MM-DD), shown in the person's language. */

// The schedule module alone: the package's index builds zod schemas on import (see lib/zod-without-eval.ts).
import { currentMonthIn, shiftMonth, todayIn } from '@spendwise/contracts/schedule';

/** Today (YYYY-MM-DD), this month (YYYY-MM) in a zone and month arithmetic: the API's own definitions. */
export { currentMonthIn, shiftMonth, todayIn };

/** "November 2026" for 2026-11. */
export function monthLabel(month: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: style,
    year: style === 'long' ? 'numeric' : '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** "Nov 5, 2026" for 2026-11-05 (a calendar date: no time zone shifts it). */
export function dayLabel(date: string, locale: string, style: 'medium' | 'dayOfMonth' = 'medium'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const value = new Date(Date.UTC(year, month - 1, day));
  if (style === 'dayOfMonth') return String(day);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(value);
}

export function isYearMonth(value: string): boolean {
  return /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/.test(value);
}

/** How far from today an expense date may be before the form asks "did you mean it?". */
export const PLAUSIBLE_DAYS_AHEAD = 31;
export const PLAUSIBLE_YEARS_BACK = 10;

/**
 * Whether an expense date (YYYY-MM-DD) is far enough from `today` to be a slip — 2030 for 2026, 1926 for 2026 —
 * and which way. A date more than a month ahead would sit at the top of "Recent" until it comes; one more than ten
 * years back is older than any bank keeps statements for. Both can be meant, so the form asks, never refuses.
 */
export function implausibleDate(date: string, today: string): 'ahead' | 'behind' | null {
  const day = (value: string) => {
    const [year, month, dayOfMonth] = value.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (day(date) - day(today) > PLAUSIBLE_DAYS_AHEAD) return 'ahead';
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  if (date < `${year - PLAUSIBLE_YEARS_BACK}${rest}`) return 'behind';
  return null;
}
