import {
  addDays,
  type IsoWeekday,
  occurrencesBetween,
  type Schedule,
  type SeriesTiming,
  todayIn,
  type WeekOfMonth,
} from '@spendwise/contracts';
import {
  type DueSeries,
  type RecurringGeneratorRepository,
  type SeriesTimingRow,
} from './recurring-generator.repository';

export type { SeriesTimingRow } from './recurring-generator.repository';

/** The schedule columns of a recurring_series row, as the generator and the mapper read them. */
export interface GenerationResult {
  /** Series looked at (behind the person's today). */
  series: number;
  /** Expenses created by this run; 0 when another generator got there first. */
  created: number;
}

export function timingOf(row: SeriesTimingRow): SeriesTiming {
  return { schedule: scheduleOf(row), startOn: row.startOn, endOn: row.endOn, count: row.occurrenceCount };
}

function scheduleOf(row: SeriesTimingRow): Schedule {
  switch (row.kind) {
    case 'days':
    case 'weeks':
    case 'monthlyLastDay':
    case 'yearly':
      return { kind: row.kind, every: row.every };
    case 'monthly':
      return { kind: 'monthly', every: row.every, day: row.dayOfMonth! };
    case 'monthlyWeekday':
      return {
        kind: 'monthlyWeekday',
        every: row.every,
        weekday: row.weekday as IsoWeekday,
        week: row.weekOfMonth as WeekOfMonth,
      };
    default:
      // The table's CHECK constraint admits only the kinds above.
      throw new Error(`Unknown schedule kind ${row.kind}`);
  }
}

// Due series are read this many at a time (keyset on id), so a run over every person holds one page, not them all.
const PAGE_SIZE = 500;
const BEFORE_EVERY_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Turns due occurrences into expenses, exactly once: each date is one statement (generateOccurrenceSql) that stores
 * the expense only with the occurrence row it stored itself. Any number of generators (the scheduled task, on-read
 * catch-up in each API task, a retry after a crash) may run at once.
 *
 * Plain class over its repository so the one-off task (generate.ts) runs it without booting Nest.
 */
export class RecurringGenerator {
  constructor(
    private readonly statements: RecurringGeneratorRepository,
    private readonly now: () => Date = () => new Date(),
    private readonly pageSize = PAGE_SIZE,
  ) {}

  /** Catches one person's series up to their today. One indexed query when nothing is due (the on-read path). */
  forUser(userId: string): Promise<GenerationResult> {
    return this.run(userId);
  }

  /** Every person's series (the scheduled task). */
  forEveryone(): Promise<GenerationResult> {
    return this.run(null);
  }

  /** `userId` null: everyone. */
  private async run(userId: string | null): Promise<GenerationResult> {
    const result = { series: 0, created: 0 };
    for (let after = BEFORE_EVERY_UUID; ;) {
      const page = await this.statements.duePage(userId, after, this.pageSize);
      for (const row of page) {
        const created = await this.catchUp(row);
        if (created === null) continue;
        result.series += 1;
        result.created += created;
      }
      if (page.length < this.pageSize) return result;
      after = page.at(-1)!.id;
    }
  }

  /** The expenses created for one series up to its person's today; null when it is not behind. */
  private async catchUp(row: DueSeries): Promise<number | null> {
    const today = todayIn(row.timeZone, this.now());
    if (row.generatedThrough >= today) return null;
    let created = 0;
    for (const { on } of occurrencesBetween(timingOf(row), addDays(row.generatedThrough, 1), today)) {
      created += await this.generate(row, on);
    }
    await this.statements.markGeneratedThrough(row.id, today);
    return created;
  }

  private generate(series: DueSeries, on: string): Promise<number> {
    return this.statements.generateOccurrence(series.id, on);
  }
}
