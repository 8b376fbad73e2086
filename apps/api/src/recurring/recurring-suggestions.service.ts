import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type RecurringSuggestion, type RecurringSuggestionList } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { PrismaService } from '../prisma/prisma.service';
import { detectCadence, MIN_SEEN } from './cadence';
import { RecurringSuggestionNotFoundError } from './recurring.errors';
import { todayOf } from './today-of';

/** How far back history is read: a year and a month, so a monthly habit shows twelve times at most. */
const HISTORY_DAYS = 400;
/** The list shows the most established habits first, at most this many. */
export const SUGGESTIONS_MAX = 20;

interface RepeatedExpense {
  name: string;
  amountMinor: number;
  currency: string;
  description: string;
  merchant: string | null;
  categoryId: string | null;
  dates: string[];
}

/**
 * Series the person's history suggests: expenses of the same merchant (or description, when none), amount and
 * currency on a steady weekly, fortnightly or monthly rhythm up to lately (cadence.ts). Expenses a series made are
 * not read, a habit an existing series already covers is not suggested, and a dismissed one never again.
 */
@Injectable()
export class RecurringSuggestionsService {
  constructor(private readonly prisma: PrismaService) {}

  async list(user: AuthenticatedUser): Promise<RecurringSuggestionList> {
    const [candidates, dismissed] = await Promise.all([
      this.candidates(user),
      this.prisma.client.recurringSuggestionDismissal.findMany({
        where: { userId: user.id },
        select: { key: true },
      }),
    ]);
    const hidden = new Set(dismissed.map((row) => row.key));
    return { items: candidates.filter((item) => !hidden.has(item.key)).slice(0, SUGGESTIONS_MAX) };
  }

  /** Hides one suggestion for good; dismissing it again is fine. A key that is no current suggestion is a 404. */
  async dismiss(user: AuthenticatedUser, key: string): Promise<void> {
    const candidates = await this.candidates(user);
    if (!candidates.some((item) => item.key === key)) throw new RecurringSuggestionNotFoundError();
    await this.prisma.client.recurringSuggestionDismissal.upsert({
      where: { userId_key: { userId: user.id, key } },
      create: { userId: user.id, key },
      update: {},
    });
  }

  private async candidates(user: AuthenticatedUser): Promise<RecurringSuggestion[]> {
    const today = await todayOf(this.prisma.client, user.id);
    const [repeated, covered] = await Promise.all([this.repeated(user, today), this.covered(user, today)]);
    const found: RecurringSuggestion[] = [];
    for (const group of repeated) {
      if (covered.has(habitOf(group))) continue;
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

  /**
   * Expenses of the last HISTORY_DAYS that repeat at least MIN_SEEN times with one name, amount and currency, each
   * group with its dates and its latest expense's wording and category. Expenses a series made and refunds are left
   * out.
   */
  private repeated(user: AuthenticatedUser, today: string): Promise<RepeatedExpense[]> {
    return this.prisma.client.$queryRaw<RepeatedExpense[]>`
      SELECT name, amount_minor AS "amountMinor", currency,
             (array_agg(description ORDER BY occurred_on DESC, created_at DESC))[1] AS description,
             (array_agg(merchant ORDER BY occurred_on DESC, created_at DESC))[1] AS merchant,
             (array_agg(category_id ORDER BY occurred_on DESC, created_at DESC))[1]::text AS "categoryId",
             array_agg(to_char(occurred_on, 'YYYY-MM-DD') ORDER BY occurred_on) AS dates
      FROM (
        SELECT lower(btrim(coalesce(nullif(btrim(merchant), ''), description))) AS name, *
        FROM expenses
        -- Refunds (negative) are money back, never a habit a series should repeat.
        WHERE user_id = ${user.id}::uuid AND recurring_occurrence_id IS NULL AND amount_minor > 0
          AND occurred_on > ${today}::date - ${HISTORY_DAYS}::int AND occurred_on <= ${today}::date
      ) named
      GROUP BY name, amount_minor, currency
      HAVING count(DISTINCT occurred_on) >= ${MIN_SEEN}`;
  }

  /** The habits the person's series that have not ended already cover. */
  private async covered(user: AuthenticatedUser, today: string): Promise<Set<string>> {
    const rows = await this.prisma.client.$queryRaw<
      Array<{ name: string; amountMinor: number; currency: string }>
    >`
      SELECT lower(btrim(coalesce(nullif(btrim(merchant), ''), description))) AS name,
             amount_minor AS "amountMinor", currency
      FROM recurring_series
      WHERE user_id = ${user.id}::uuid AND (end_on IS NULL OR end_on >= ${today}::date)`;
    return new Set(rows.map(habitOf));
  }
}

/** What identifies a habit: its currency, amount and name (so a price change is a new habit). */
function habitOf(row: { name: string; amountMinor: number; currency: string }): string {
  return `${row.currency}\n${row.amountMinor}\n${row.name}`;
}
