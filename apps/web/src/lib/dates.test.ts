import { describe, expect, it } from 'vitest';
import { currentMonthIn, dayLabel, implausibleDate, isYearMonth, monthLabel, todayIn } from './dates';

describe('dates', () => {
  it("decides today and this month in the person's time zone", () => {
    const lateNightUtc = new Date('2026-11-30T23:30:00Z');
    expect(todayIn('UTC', lateNightUtc)).toBe('2026-11-30');
    expect(todayIn('Asia/Tokyo', lateNightUtc)).toBe('2026-12-01');
    expect(currentMonthIn('Asia/Tokyo', lateNightUtc)).toBe('2026-12');
    expect(todayIn('America/Los_Angeles', lateNightUtc)).toBe('2026-11-30');
  });

  it('labels calendar dates without shifting them by a time zone', () => {
    expect(monthLabel('2026-11', 'en-US')).toBe('November 2026');
    expect(monthLabel('2026-11', 'en-US', 'short')).toBe('Nov 26');
    expect(dayLabel('2026-11-01', 'en-US')).toBe('Nov 1, 2026');
    expect(dayLabel('2026-11-05', 'en-US', 'dayOfMonth')).toBe('5');
  });

  it('recognises YYYY-MM', () => {
    expect(isYearMonth('2026-11')).toBe(true);
    expect(isYearMonth('2026-13')).toBe(false);
    expect(isYearMonth('26-11')).toBe(false);
  });
});

describe('implausibleDate', () => {
  it('asks about dates more than a month ahead or more than ten years back, and no others', () => {
    const today = '2026-12-05';
    expect(implausibleDate('2030-03-01', today)).toBe('ahead');
    expect(implausibleDate('2027-01-06', today)).toBe('ahead');
    expect(implausibleDate('2027-01-05', today)).toBeNull();
    expect(implausibleDate('2026-12-05', today)).toBeNull();
    expect(implausibleDate('2016-12-05', today)).toBeNull();
    expect(implausibleDate('2016-12-04', today)).toBe('behind');
    expect(implausibleDate('1900-01-01', today)).toBe('behind');
    // Across a leap day and a year end.
    expect(implausibleDate('2028-03-31', '2028-02-29')).toBeNull();
    expect(implausibleDate('2028-04-01', '2028-02-29')).toBe('ahead');
    expect(implausibleDate('', today)).toBeNull();
  });
});
