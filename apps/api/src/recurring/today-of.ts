import { todayIn } from '@spendwise/contracts';

/** Today's date where the person lives (UTC for an account without a zone). */
export function todayOf(timeZone: string | null): string {
  return todayIn(timeZone ?? 'UTC');
}
