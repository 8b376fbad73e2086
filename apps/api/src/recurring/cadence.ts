import { addDays, epochDay, nextOccurrence, type Schedule } from '@spendwise/contracts';

/** A steady rhythm found in the dates of one repeated expense. */
export interface Cadence {
  schedule: Extract<Schedule, { kind: 'weeks' | 'monthly' | 'monthlyLastDay' }>;
  /** The dates that follow it, the newest last (at least MIN_SEEN). */
  seen: number;
  firstOn: string;
  lastOn: string;
  /** The next date of the rhythm after the latest one, not before today. */
  nextOn: string;
}

/** Two payments are a coincidence; three on the same rhythm are a habit. */
export const MIN_SEEN = 3;
// Banks book a payment a day or a few late (weekends, holidays): how far a date may stray from its rhythm.
const WEEKLY_SLACK_DAYS = 1;
const MONTHLY_SLACK_DAYS = 3;
// A rhythm that stopped is not suggested: the next date may be this late before it counts as stopped.
const WEEKLY_GRACE_DAYS = 3;
const MONTHLY_GRACE_DAYS = 10;

/**
 * The weekly, fortnightly or monthly rhythm of the latest run of `dates` (YYYY-MM-DD, any order), or null when
 * fewer than MIN_SEEN dates in a row follow one or the rhythm stopped before `today`. Only the run that ends with
 * the newest date counts: an older habit that stopped says nothing about the future.
 */
export function detectCadence(dates: readonly string[], today: string): Cadence | null {
  const days = [...new Set(dates)].filter((date) => date <= today).sort();
  if (days.length < MIN_SEEN) return null;
  return weekly(days, today, 1) ?? weekly(days, today, 2) ?? monthly(days, today);
}

function weekly(days: string[], today: string, every: number): Cadence | null {
  const step = 7 * every;
  const run = trailingRun(days, (earlier, later) => {
    return Math.abs(epochDay(later) - epochDay(earlier) - step) <= WEEKLY_SLACK_DAYS;
  });
  const lastOn = run.at(-1)!;
  if (run.length < MIN_SEEN || epochDay(today) > epochDay(lastOn) + step + WEEKLY_GRACE_DAYS) return null;
  let nextOn = addDays(lastOn, step);
  while (nextOn < today) nextOn = addDays(nextOn, step);
  return { schedule: { kind: 'weeks', every }, seen: run.length, firstOn: run[0]!, lastOn, nextOn };
}

function monthly(days: string[], today: string): Cadence | null {
  const run = trailingRun(days, (earlier, later) => {
    return Math.abs(epochDay(later) - epochDay(oneMonthAfter(earlier))) <= MONTHLY_SLACK_DAYS;
  });
  const lastOn = run.at(-1)!;
  if (run.length < MIN_SEEN) return null;
  if (epochDay(today) > epochDay(oneMonthAfter(lastOn)) + MONTHLY_GRACE_DAYS) return null;
  const schedule: Cadence['schedule'] = run.every(isLastDayOfMonth)
    ? { kind: 'monthlyLastDay', every: 1 }
    : { kind: 'monthly', every: 1, day: usualDay(run) };
  const after = addDays(lastOn, 1);
  const nextOn = nextOccurrence({ schedule, startOn: run[0]! }, after > today ? after : today)!;
  return { schedule, seen: run.length, firstOn: run[0]!, lastOn, nextOn };
}

/** The longest run of dates ending with the newest in which each follows the one before it by `follows`. */
function trailingRun(days: string[], follows: (earlier: string, later: string) => boolean): string[] {
  let first = days.length - 1;
  while (first > 0 && follows(days[first - 1]!, days[first]!)) first -= 1;
  return days.slice(first);
}

/** The same day a month later, clamped to that month's last day (31 January → 28/29 February). */
function oneMonthAfter(date: string): string {
  const day = Number(date.slice(8));
  return nextOccurrence({ schedule: { kind: 'monthly', every: 1, day }, startOn: date }, addDays(date, 1))!;
}

function isLastDayOfMonth(date: string): boolean {
  return addDays(date, 1).endsWith('-01');
}

/** The day of the month the run falls on most often; of equally frequent days, the latest run's. */
function usualDay(run: string[]): number {
  const counts = new Map<number, number>();
  for (const date of run) counts.set(Number(date.slice(8)), (counts.get(Number(date.slice(8))) ?? 0) + 1);
  let best = Number(run.at(-1)!.slice(8));
  for (const [day, count] of counts) if (count > counts.get(best)!) best = day;
  return best;
}
