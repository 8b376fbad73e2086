import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type RecurringSuggestion, type RecurringSuggestionList } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { detectCadence, MIN_SEEN } from './cadence';
import { RecurringSuggestionNotFoundError } from './recurring.errors';
import { RecurringSuggestionsRepository } from './recurring-suggestions.repository';
import { RecurringRepository } from './recurring.repository';
import { todayOf } from './today-of';

/** How far back history is read: a year and a month, so a monthly habit shows twelve times at most. */
const HISTORY_DAYS = 400;
/** The list shows the most established habits first, at most this many. */
export const SUGGESTIONS_MAX = 20;

/**
 * Series the person's history suggests: expenses of the same merchant (or description, when none), amount and
 * currency on a steady weekly, fortnightly or monthly rhythm up to lately (cadence.ts). Expenses a series made are
 * not read, a habit an existing series already covers is not suggested, and a dismissed one never again.
 */
@Injectable()
export class RecurringSuggestionsService {
  constructor(
    private readonly suggestions: RecurringSuggestionsRepository,
    private readonly series: RecurringRepository,
  ) {}

  async list(user: AuthenticatedUser): Promise<RecurringSuggestionList> {
    const [candidates, dismissed] = await Promise.all([
      this.candidates(user),
      this.suggestions.dismissedKeys(user.id),
    ]);
    const hidden = new Set(dismissed);
    return { items: candidates.filter((item) => !hidden.has(item.key)).slice(0, SUGGESTIONS_MAX) };
  }

  /** Hides one suggestion for good; dismissing it again is fine. A key that is no current suggestion is a 404. */
  async dismiss(user: AuthenticatedUser, key: string): Promise<void> {
    const candidates = await this.candidates(user);
    if (!candidates.some((item) => item.key === key)) throw new RecurringSuggestionNotFoundError();
    await this.suggestions.dismiss(user.id, key);
  }

  private async candidates(user: AuthenticatedUser): Promise<RecurringSuggestion[]> {
    const today = todayOf(await this.series.timeZoneOf(user.id));
    const [repeated, covered] = await Promise.all([
      this.suggestions.repeated(user.id, today, HISTORY_DAYS, MIN_SEEN),
      this.suggestions.covered(user.id, today),
    ]);
    const coveredHabits = new Set(covered.map(habitOf));
    const found: RecurringSuggestion[] = [];
    for (const group of repeated) {
      if (coveredHabits.has(habitOf(group))) continue;
      const cadence = detectCadence(group.dates, today);
      if (!cadence) continue;
      found.push({
        key: createHash('sha256').update(habitOf(group)).digest('hex'),
        description: group.description,
        merchant: group.merchant,
        amountMinor: group.amountMinor,
        currency: group.currency,
        categoryId: group.categoryId,
        schedule: cadence.schedule,
        startOn: cadence.nextOn,
        seen: cadence.seen,
        firstOn: cadence.firstOn,
        lastOn: cadence.lastOn,
      });
    }
    return found.sort(
      (a, b) => b.seen - a.seen || b.lastOn.localeCompare(a.lastOn) || a.key.localeCompare(b.key),
    );
  }
}

/** What identifies a habit: its currency, amount and name (so a price change is a new habit). */
function habitOf(row: { name: string; amountMinor: number; currency: string }): string {
  return `${row.currency}\n${row.amountMinor}\n${row.name}`;
}
