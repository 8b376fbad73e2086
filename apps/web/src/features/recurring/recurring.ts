/** How a recurring series reads on screen: its schedule in words ("Monthly on the 31st") and its state. */
import type { RecurringSeries } from '@spendwise/contracts';
import type { Translate } from '@/i18n/translate';

type Schedule = RecurringSeries['schedule'];

/** ISO weekday 1 (Monday) … 7 (Sunday) named in `locale`: 5 → "Friday", "Freitag". 2024-01-01 was a Monday. */
export function weekdayName(isoWeekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, isoWeekday),
  );
}

const WEEK_KEYS: Record<number, string> = {
  1: 'monthlyWeekday1',
  2: 'monthlyWeekday2',
  3: 'monthlyWeekday3',
  4: 'monthlyWeekday4',
  [-1]: 'monthlyWeekdayLast',
};

/**
 * A schedule as a person would say it: "Monthly on the 31st", "Every 2 weeks", "Monthly on the last Friday".
 * `t`: the `recurring.schedule` messages, one whole sentence per kind (word order and ordinals differ by language).
 */
export function scheduleInWords(schedule: Schedule, t: Translate, locale: string): string {
  const { kind, every: count } = schedule;
  switch (kind) {
    case 'days':
    case 'weeks':
    case 'monthlyLastDay':
    case 'yearly':
      return t(kind, { count });
    case 'monthly':
      return t('monthly', { count, day: schedule.day ?? 1 });
    case 'monthlyWeekday': {
      const key = WEEK_KEYS[schedule.week ?? 1] ?? 'monthlyWeekday1';
      return t(key, { count, weekday: weekdayName(schedule.weekday ?? 1, locale) });
    }
  }
}

/** A series with no next date has ended (its end date or count is behind it); a paused one waits. */
export function seriesState(
  series: Pick<RecurringSeries, 'nextOn' | 'paused'>,
): 'active' | 'paused' | 'ended' {
  if (series.nextOn === null) return 'ended';
  return series.paused ? 'paused' : 'active';
}
