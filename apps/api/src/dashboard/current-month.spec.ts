import { describe, it, expect } from 'vitest';
import { currentMonthIn } from './current-month';

describe('currentMonthIn', () => {
  // 30 November 2026, 12:00 UTC: already December in Auckland (UTC+13), still November in Honolulu (UTC-10).
  const noonUtc = new Date('2026-11-30T12:00:00Z');

  it('answers the calendar month where the user is, not where the server is', () => {
    expect(currentMonthIn('UTC', noonUtc)).toBe('2026-11');
    expect(currentMonthIn('Pacific/Auckland', noonUtc)).toBe('2026-12');
    expect(currentMonthIn('Pacific/Honolulu', new Date('2027-01-01T05:00:00Z'))).toBe('2026-12');
  });

  it('pads single-digit months', () => {
    expect(currentMonthIn('Europe/Berlin', new Date('2026-03-15T00:00:00Z'))).toBe('2026-03');
  });

  it('keeps each zone its own answer across repeated calls (formatters are reused per zone)', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(currentMonthIn('Pacific/Auckland', noonUtc)).toBe('2026-12');
      expect(currentMonthIn('pacific/honolulu', noonUtc)).toBe('2026-11');
      expect(currentMonthIn('Pacific/Honolulu', new Date('2027-01-01T05:00:00Z'))).toBe('2026-12');
    }
  });
});
