/**
 * Schedule math for recurring expenses, on calendar dates written YYYY-MM-DD. No `Date` in local time anywhere:
 * dates are day numbers (days since 1970-01-01, integer arithmetic), so neither the server's zone nor a daylight
 * saving change can move an occurrence. The person's zone matters in one place only: which date is "today" there.
 *
 * Every occurrence is computed from the series' start, never from the previous occurrence: a series on the 31st is
 * on the 28th/29th in February and on the 31st again in March.
 */
import { epochDay } from './exchange';

export const SCHEDULE_KINDS = [
  'days',
  'weeks',
  'monthly',
  'monthlyLastDay',
  'monthlyWeekday',
  'yearly',
] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** -1 is "the last" (last Friday); 1–4 exist in every month, a 5th does not, so it is not offered. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Schedule =
  | { kind: 'days'; every: number }
  | { kind: 'weeks'; every: number }
  /** On day `day` (1–31) of every `every` months, clamped to the month's last day. */
  | { kind: 'monthly'; every: number; day: number }
  | { kind: 'monthlyLastDay'; every: number }
  | { kind: 'monthlyWeekday'; every: number; weekday: IsoWeekday; week: WeekOfMonth }
  /** On the start's month and day every `every` years (29 February is the 28th in other years). */
  | { kind: 'yearly'; every: number };

export interface SeriesTiming {
  schedule: Schedule;
  startOn: string;
  /** Last date an occurrence may fall on (inclusive). */
  endOn?: string | null | undefined;
  /** How many occurrences the series has in all, counted from its start. */
  count?: number | null | undefined;
}

/** The date `days` after (or before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** YYYY-MM-DD of a day number (inverse of epochDay: the "civil from days" algorithm). */
export function fromEpochDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return ymd(y, m, d);
}

/** The month (YYYY-MM) `delta` months after `month` (negative goes back). */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: string): IsoWeekday {
  return (((((epochDay(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/**
 * The calendar date it is in `timeZone` at the instant `now`: what "today" means for a person. A zone change never
 * moves an occurrence (they are dates, not instants); it only changes which of them are due.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = dayFormatter(timeZone).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * "This month" where the person is: the calendar month of `now` in their IANA time zone, as YYYY-MM — the month of
 * their today (`todayIn` keeps one Intl formatter per zone: building one cost 7 % of a dashboard request's CPU,
 * BENCHMARKS.md). The API's dashboard and budgets and the web's month picker all mean this one.
 */
export function currentMonthIn(timeZone: string, now: Date = new Date()): string {
  return todayIn(timeZone, now).slice(0, 7);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    // Bounded: zones are validated names, but Intl accepts any casing of one.
    if (formatters.size >= 1_000) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The occurrence of period `k` (0 = the start's period) — possibly before the start for month-based schedules
 * (a series starting on the 20th "on the 5th" has its first occurrence next month).
 */
function periodDate(schedule: Schedule, start: string, k: number): string {
  const startYear = Number(start.slice(0, 4));
  const startMonth = Number(start.slice(5, 7));
  const startDay = Number(start.slice(8, 10));
  switch (schedule.kind) {
    case 'days':
      return addDays(start, k * schedule.every);
    case 'weeks':
      return addDays(start, 7 * k * schedule.every);
    case 'yearly': {
      const year = startYear + k * schedule.every;
      return ymd(year, startMonth, Math.min(startDay, daysInMonth(year, startMonth)));
    }
    default: {
      const monthIndex = startYear * 12 + (startMonth - 1) + k * schedule.every;
      const year = Math.floor(monthIndex / 12);
      const month = (monthIndex % 12) + 1;
      const last = daysInMonth(year, month);
      if (schedule.kind === 'monthly') return ymd(year, month, Math.min(schedule.day, last));
      if (schedule.kind === 'monthlyLastDay') return ymd(year, month, last);
      const firstWeekday = isoWeekday(ymd(year, month, 1));
      const firstMatch = 1 + ((schedule.weekday - firstWeekday + 7) % 7);
      if (schedule.week !== -1) return ymd(year, month, firstMatch + 7 * (schedule.week - 1));
      return ymd(year, month, firstMatch + 7 * Math.floor((last - firstMatch) / 7));
    }
  }
}

/**
 * Every occurrence of a series in [from, through] (inclusive), oldest first, each with its 0-based index in the
 * series (what `count` limits). Walks periods from the start, so it is O(periods up to `through`).
 */
export function occurrencesBetween(
  timing: SeriesTiming,
  from: string,
  through: string,
): Array<{ on: string; index: number }> {
  const out: Array<{ on: string; index: number }> = [];
  const last = timing.endOn && timing.endOn < through ? timing.endOn : through;
  let index = 0;
  for (let k = 0; ; k += 1) {
    if (timing.count != null && index >= timing.count) break;
    const on = periodDate(timing.schedule, timing.startOn, k);
    if (on > last) break;
    if (on < timing.startOn) continue;
    if (on >= from) out.push({ on, index });
    index += 1;
  }
  return out;
}

/** The first occurrence on or after `from`, or null when the series has ended by then. */
export function nextOccurrence(timing: SeriesTiming, from: string): string | null {
  const last = timing.endOn ?? '2999-12-31';
  let index = 0;
  for (let k = 0; ; k += 1) {
    if (timing.count != null && index >= timing.count) return null;
    const on = periodDate(timing.schedule, timing.startOn, k);
    if (on > last) return null;
    if (on < timing.startOn) continue;
    if (on >= from) return on;
    index += 1;
  }
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
