import { addDays, occurrencesBetween, type Schedule } from '@spendwise/contracts';
import { describe, expect, it } from 'vitest';
import { detectCadence } from './cadence';

/** The dates a real schedule produces from `startOn` through `through`, by the schedule math the series use. */
const datesOf = (schedule: Schedule, startOn: string, through: string) =>
  occurrencesBetween({ schedule, startOn }, startOn, through).map((occurrence) => occurrence.on);

describe('detectCadence', () => {
  it('finds monthly on day D for every day of the month, month ends clamped, across a leap year', () => {
    for (let day = 1; day <= 27; day += 1) {
      const dates = datesOf(
        { kind: 'monthly', every: 1, day },
        `2027-11-${String(day).padStart(2, '0')}`,
        '2028-04-30',
      );
      expect(detectCadence(dates, '2028-05-01'), `day ${day}`).toMatchObject({
        schedule: { kind: 'monthly', every: 1, day },
        seen: 6,
        lastOn: dates.at(-1),
      });
    }
    // The 31st: 31 Jan, 29 Feb (leap), 31 Mar, 30 Apr, 31 May: every one the month's last day.
    const month31 = datesOf({ kind: 'monthly', every: 1, day: 31 }, '2028-01-31', '2028-05-31');
    expect(month31).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31']);
    expect(detectCadence(month31, '2028-06-05')).toMatchObject({
      schedule: { kind: 'monthlyLastDay', every: 1 },
      nextOn: '2028-06-30',
    });
    // The 30th is not the last day in 31-day months: it stays "monthly on the 30th", February clamped.
    const month30 = datesOf({ kind: 'monthly', every: 1, day: 30 }, '2028-01-30', '2028-05-30');
    expect(detectCadence(month30, '2028-06-01')).toMatchObject({
      schedule: { kind: 'monthly', day: 30 },
      nextOn: '2028-06-30',
    });
  });

  it('tolerates a bank booking a payment a few days late, and proposes the usual day', () => {
    // Rent due on the 1st, booked on the 3rd after a weekend once.
    const dates = ['2026-07-01', '2026-08-03', '2026-09-01', '2026-10-01', '2026-11-02'];
    expect(detectCadence(dates, '2026-11-20')).toEqual({
      schedule: { kind: 'monthly', every: 1, day: 1 },
      seen: 5,
      firstOn: '2026-07-01',
      lastOn: '2026-11-02',
      nextOn: '2026-12-01',
    });
    // A payment on the 31st booked on the 1st of the next month still follows the rhythm.
    expect(detectCadence(['2026-08-31', '2026-10-01', '2026-10-31'], '2026-11-05')).toMatchObject({
      seen: 3,
    });
  });

  it('finds weekly and fortnightly rhythms', () => {
    const weekly = datesOf({ kind: 'weeks', every: 1 }, '2026-10-02', '2026-11-27');
    expect(detectCadence(weekly, '2026-12-01')).toEqual({
      schedule: { kind: 'weeks', every: 1 },
      seen: weekly.length,
      firstOn: '2026-10-02',
      lastOn: '2026-11-27',
      nextOn: '2026-12-04',
    });
    const fortnightly = datesOf({ kind: 'weeks', every: 2 }, '2026-09-04', '2026-11-27');
    expect(detectCadence(fortnightly, '2026-11-28')).toMatchObject({
      schedule: { kind: 'weeks', every: 2 },
      nextOn: '2026-12-11',
    });
  });

  it('proposes the next date not before today, so nothing already past is made up', () => {
    const weekly = ['2026-11-06', '2026-11-13', '2026-11-20'];
    // Today is the 23rd: the 27th is next, and the 20th (recorded) is not proposed again.
    expect(detectCadence(weekly, '2026-11-23')?.nextOn).toBe('2026-11-27');
    // On the day itself, today is proposed.
    expect(detectCadence(weekly, '2026-11-27')?.nextOn).toBe('2026-11-27');
  });

  it('counts only the latest run: an older habit before a gap does not count', () => {
    const dates = ['2025-01-05', '2025-02-05', '2025-03-05', '2026-09-05', '2026-10-05'];
    expect(detectCadence(dates, '2026-10-20')).toBeNull();
    expect(detectCadence([...dates, '2026-11-05'], '2026-11-20')).toMatchObject({
      seen: 3,
      firstOn: '2026-09-05',
    });
  });

  it('suggests nothing for a habit that stopped, for two payments, or for no rhythm', () => {
    const monthly = ['2026-06-10', '2026-07-10', '2026-08-10', '2026-09-10'];
    expect(detectCadence(monthly, '2026-10-20')).not.toBeNull();
    // A month and more than ten days after the last one: cancelled.
    expect(detectCadence(monthly, '2026-10-21')).toBeNull();
    expect(detectCadence(['2026-10-10', '2026-11-10'], '2026-11-20')).toBeNull();
    expect(detectCadence(['2026-09-01', '2026-09-20', '2026-10-03', '2026-11-15'], '2026-11-20')).toBeNull();
    // The same date three times is one day, not a rhythm.
    expect(detectCadence(['2026-11-01', '2026-11-01', '2026-11-01'], '2026-11-20')).toBeNull();
  });

  it('ignores dates after today (an expense entered ahead) when looking for the rhythm', () => {
    const dates = ['2026-09-15', '2026-10-15', '2026-11-15', '2027-03-01'];
    expect(detectCadence(dates, '2026-11-20')).toMatchObject({ lastOn: '2026-11-15', nextOn: '2026-12-15' });
  });

  it('finds the rhythm of every monthly day from any start between 2024 and 2030', () => {
    for (let start = '2024-01-01'; start <= '2030-09-30'; start = addDays(start, 13)) {
      const day = Number(start.slice(8));
      const dates = datesOf({ kind: 'monthly', every: 1, day }, start, addDays(start, 95));
      const today = addDays(dates.at(-1)!, 5);
      const found = detectCadence(dates, today);
      expect(found, start).not.toBeNull();
      // Same dates from the proposed schedule: what the suggestion would have generated is what was paid.
      expect(datesOf(found!.schedule, start, dates.at(-1)!), start).toEqual(dates);
    }
  });
});
