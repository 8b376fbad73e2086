/** How a recurring series reads on screen: its schedule in words ("Monthly on the 31st") and its state. */
import type { RecurringSeries } from '@spendwise/contracts';

type Schedule = RecurringSeries['schedule'];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINAL_SUFFIX: Record<Intl.LDMLPluralRule, string> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
};
const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** 1 → "1st", 22 → "22nd", 13 → "13th". The app's words are English, so the ordinals are too. */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)]}`;
}

/** "Monthly", "Every 3 months": the unit alone when `every` is 1. */
function cadence(every: number, single: string, unit: string): string {
  return every === 1 ? single : `Every ${every} ${unit}`;
}

/** A schedule as a person would say it: "Monthly on the 31st", "Every 2 weeks", "Monthly on the last Friday". */
export function scheduleInWords(schedule: Schedule): string {
  const { kind, every } = schedule;
  switch (kind) {
    case 'days':
      return cadence(every, 'Daily', 'days');
    case 'weeks':
      return cadence(every, 'Weekly', 'weeks');
    case 'monthly':
      return `${cadence(every, 'Monthly', 'months')} on the ${ordinal(schedule.day ?? 1)}`;
    case 'monthlyLastDay':
      return `${cadence(every, 'Monthly', 'months')} on the last day`;
    case 'monthlyWeekday': {
      const which = schedule.week === -1 ? 'last' : ordinal(schedule.week ?? 1);
      return `${cadence(every, 'Monthly', 'months')} on the ${which} ${WEEKDAYS[(schedule.weekday ?? 1) - 1]}`;
    }
    case 'yearly':
      return cadence(every, 'Yearly', 'years');
  }
}

/** A series with no next date has ended (its end date or count is behind it); a paused one waits. */
export function seriesState(
  series: Pick<RecurringSeries, 'nextOn' | 'paused'>,
): 'active' | 'paused' | 'ended' {
  if (series.nextOn === null) return 'ended';
  return series.paused ? 'paused' : 'active';
}
