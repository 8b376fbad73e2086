import { describe, expect, it } from 'vitest';
import { translator } from '@/test/translate';
import { scheduleInWords, seriesState } from './recurring';

const en = (schedule: Parameters<typeof scheduleInWords>[0]) =>
  scheduleInWords(schedule, translator('recurring.schedule'), 'en-US');
const de = (schedule: Parameters<typeof scheduleInWords>[0]) =>
  scheduleInWords(schedule, translator('recurring.schedule', 'de'), 'de-DE');

describe('scheduleInWords', () => {
  it('says monthly schedules with the day as an ordinal, the teens included', () => {
    expect(en({ kind: 'monthly', every: 1, day: 31 })).toBe('Monthly on the 31st');
    expect(en({ kind: 'monthly', every: 3, day: 2 })).toBe('Every 3 months on the 2nd');
    expect([1, 3, 11, 12, 13, 22].map((day) => en({ kind: 'monthly', every: 1, day }))).toEqual([
      'Monthly on the 1st',
      'Monthly on the 3rd',
      'Monthly on the 11th',
      'Monthly on the 12th',
      'Monthly on the 13th',
      'Monthly on the 22nd',
    ]);
    expect(en({ kind: 'monthlyLastDay', every: 1 })).toBe('Monthly on the last day');
  });

  it('says weekday-of-month schedules, the last one included', () => {
    expect(en({ kind: 'monthlyWeekday', every: 1, weekday: 5, week: -1 })).toBe('Monthly on the last Friday');
    expect(en({ kind: 'monthlyWeekday', every: 2, weekday: 1, week: 2 })).toBe(
      'Every 2 months on the second Monday',
    );
  });

  it('uses the unit alone for every 1 and the count otherwise', () => {
    expect(en({ kind: 'weeks', every: 1 })).toBe('Weekly');
    expect(en({ kind: 'weeks', every: 2 })).toBe('Every 2 weeks');
    expect(en({ kind: 'days', every: 10 })).toBe('Every 10 days');
    expect(en({ kind: 'yearly', every: 1 })).toBe('Yearly');
  });

  it('says each schedule as a German sentence', () => {
    expect(de({ kind: 'monthly', every: 1, day: 31 })).toBe('Monatlich am 31.');
    expect(de({ kind: 'monthly', every: 3, day: 2 })).toBe('Alle 3 Monate am 2.');
    expect(de({ kind: 'monthlyLastDay', every: 1 })).toBe('Monatlich am letzten Tag');
    expect(de({ kind: 'monthlyWeekday', every: 1, weekday: 5, week: -1 })).toBe(
      'Monatlich am letzten Freitag',
    );
    expect(de({ kind: 'monthlyWeekday', every: 2, weekday: 1, week: 2 })).toBe(
      'Alle 2 Monate am zweiten Montag',
    );
    expect(de({ kind: 'weeks', every: 1 })).toBe('Wöchentlich');
    expect(de({ kind: 'days', every: 10 })).toBe('Alle 10 Tage');
    expect(de({ kind: 'yearly', every: 2 })).toBe('Alle 2 Jahre');
  });
});

describe('seriesState', () => {
  it('is ended without a next date, paused when paused, active otherwise', () => {
    expect(seriesState({ nextOn: null, paused: true })).toBe('ended');
    expect(seriesState({ nextOn: '2026-12-31', paused: true })).toBe('paused');
    expect(seriesState({ nextOn: '2026-12-31', paused: false })).toBe('active');
  });
});
