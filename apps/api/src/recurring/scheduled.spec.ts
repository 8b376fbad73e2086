import { describe, expect, it } from 'vitest';
import { restOfMonth, type ScheduledSeriesRow, upcomingThisMonth } from './scheduled';

const series = (overrides: Partial<ScheduledSeriesRow> = {}): ScheduledSeriesRow => ({
  id: '00000000-0000-7000-8000-000000000001',
  amountMinor: 120000,
  currency: 'USD',
  description: 'Rent',
  merchant: null,
  categoryId: null,
  generatedThrough: '2026-02-10',
  recorded: null,
  kind: 'monthly',
  every: 1,
  dayOfMonth: 31,
  weekday: null,
  weekOfMonth: null,
  startOn: '2026-01-31',
  endOn: null,
  occurrenceCount: null,
  ...overrides,
});

describe('restOfMonth', () => {
  it('runs from tomorrow through the last day of the month, leap years included', () => {
    expect(restOfMonth('2028-02-10')).toEqual({ from: '2028-02-11', through: '2028-02-29' });
    expect(restOfMonth('2026-12-04')).toEqual({ from: '2026-12-05', through: '2026-12-31' });
    // On the last day nothing is left: the window is empty.
    expect(restOfMonth('2026-04-30')).toEqual({ from: '2026-05-01', through: '2026-04-30' });
  });
});

describe('upcomingThisMonth', () => {
  it('lists a monthly series on the 31st on the month-end day it falls on, with its total', () => {
    expect(upcomingThisMonth([series()], '2026-02-10')).toEqual({
      from: '2026-02-11',
      through: '2026-02-28',
      items: [
        {
          seriesId: '00000000-0000-7000-8000-000000000001',
          on: '2026-02-28',
          description: 'Rent',
          merchant: null,
          categoryId: null,
          amountMinor: 120000,
          currency: 'USD',
        },
      ],
      totals: [{ currency: 'USD', amountMinor: 120000, count: 1 }],
    });
  });

  it('leaves out today, recorded (skipped) dates, dates already generated and dates after the end', () => {
    const weekly = series({
      kind: 'weeks',
      dayOfMonth: null,
      startOn: '2026-03-02',
      // Mondays: 2, 9, 16, 23, 30. Today is the 9th, the 16th is skipped, the series ends on the 29th.
      recorded: ['2026-03-16'],
      endOn: '2026-03-29',
      generatedThrough: '2026-03-09',
    });
    expect(upcomingThisMonth([weekly], '2026-03-09').items.map((item) => item.on)).toEqual(['2026-03-23']);
    // A mark ahead of today (a zone change moved today back) is never scheduled again.
    expect(upcomingThisMonth([{ ...weekly, generatedThrough: '2026-03-23' }], '2026-03-09').items).toEqual(
      [],
    );
    // A count that is used up ends the series too: 2 occurrences are the 2nd and the 9th.
    expect(upcomingThisMonth([{ ...weekly, endOn: null, occurrenceCount: 2 }], '2026-03-09').items).toEqual(
      [],
    );
  });

  it('totals per currency, never adding one currency to another, oldest first', () => {
    const upcoming = upcomingThisMonth(
      [
        series({ id: '00000000-0000-7000-8000-00000000000a', description: 'Gym', amountMinor: 4000 }),
        series({
          id: '00000000-0000-7000-8000-00000000000b',
          description: 'Netflix',
          currency: 'EUR',
          amountMinor: 1299,
          dayOfMonth: 15,
          startOn: '2026-01-15',
        }),
        series({ id: '00000000-0000-7000-8000-00000000000c', description: 'Water', amountMinor: 2500 }),
      ],
      '2026-02-10',
    );
    expect(upcoming.items.map((item) => `${item.on} ${item.description}`)).toEqual([
      '2026-02-15 Netflix',
      '2026-02-28 Gym',
      '2026-02-28 Water',
    ]);
    expect(upcoming.totals).toEqual([
      { currency: 'EUR', amountMinor: 1299, count: 1 },
      { currency: 'USD', amountMinor: 6500, count: 2 },
    ]);
  });

  it('has nothing left on the last day of the month', () => {
    expect(upcomingThisMonth([series({ kind: 'days', dayOfMonth: null })], '2026-02-28')).toMatchObject({
      items: [],
      totals: [],
    });
  });
});
