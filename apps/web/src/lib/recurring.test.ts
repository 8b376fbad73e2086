import { describe, expect, it } from 'vitest';
import { ordinal, scheduleInWords, seriesState } from './recurring';

describe('scheduleInWords', () => {
  it('says monthly schedules with the day as an ordinal', () => {
    expect(scheduleInWords({ kind: 'monthly', every: 1, day: 31 })).toBe('Monthly on the 31st');
    expect(scheduleInWords({ kind: 'monthly', every: 3, day: 2 })).toBe('Every 3 months on the 2nd');
    expect(scheduleInWords({ kind: 'monthlyLastDay', every: 1 })).toBe('Monthly on the last day');
  });

  it('says weekday-of-month schedules, the last one included', () => {
    expect(scheduleInWords({ kind: 'monthlyWeekday', every: 1, weekday: 5, week: -1 })).toBe(
      'Monthly on the last Friday',
    );
    expect(scheduleInWords({ kind: 'monthlyWeekday', every: 2, weekday: 1, week: 2 })).toBe(
      'Every 2 months on the 2nd Monday',
    );
  });

  it('uses the unit alone for every 1 and the count otherwise', () => {
    expect(scheduleInWords({ kind: 'weeks', every: 1 })).toBe('Weekly');
    expect(scheduleInWords({ kind: 'weeks', every: 2 })).toBe('Every 2 weeks');
    expect(scheduleInWords({ kind: 'days', every: 10 })).toBe('Every 10 days');
    expect(scheduleInWords({ kind: 'yearly', every: 1 })).toBe('Yearly');
  });
});

describe('ordinal', () => {
  it('handles the teens, which break the 1st/2nd/3rd rule', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '31st',
    ]);
  });
});

describe('seriesState', () => {
  it('is ended without a next date, paused when paused, active otherwise', () => {
    expect(seriesState({ nextOn: null, paused: true })).toBe('ended');
    expect(seriesState({ nextOn: '2026-12-31', paused: true })).toBe('paused');
    expect(seriesState({ nextOn: '2026-12-31', paused: false })).toBe('active');
  });
});
