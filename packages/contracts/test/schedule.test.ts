/**
 * The schedule math against an independent reference: a day-by-day walk over JavaScript Dates in UTC that asks of
 * each day "is this an occurrence?" (no period arithmetic, no clamping formula), for every start day of 2024–2030.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  nextOccurrence,
  occurrencesBetween,
  shiftMonth,
  todayIn,
  currentMonthIn,
  type Schedule,
  type SeriesTiming,
} from '../src/schedule';

const DAY_MS = 86_400_000;

function toMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}
function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Reference: walk every day from the start and test each against the rule's plain-language meaning. */
function reference(schedule: Schedule, start: string, occurrences: number): string[] {
  const startMs = toMs(start);
  const s = new Date(startMs);
  const out: string[] = [];
  for (let ms = startMs; out.length < occurrences; ms += DAY_MS) {
    const day = new Date(ms);
    const dom = day.getUTCDate();
    const isLastDay = new Date(ms + DAY_MS).getUTCDate() === 1;
    const monthsSinceStart =
      (day.getUTCFullYear() - s.getUTCFullYear()) * 12 + day.getUTCMonth() - s.getUTCMonth();
    const daysSinceStart = Math.round((ms - startMs) / DAY_MS);
    let hit = false;
    switch (schedule.kind) {
      case 'days':
        hit = daysSinceStart % schedule.every === 0;
        break;
      case 'weeks':
        hit = daysSinceStart % (7 * schedule.every) === 0;
        break;
      case 'monthly':
        hit =
          monthsSinceStart % schedule.every === 0 &&
          (dom === schedule.day || (isLastDay && dom < schedule.day));
        break;
      case 'monthlyLastDay':
        hit = monthsSinceStart % schedule.every === 0 && isLastDay;
        break;
      case 'monthlyWeekday': {
        const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
        const inWeek =
          schedule.week === -1
            ? new Date(ms + 7 * DAY_MS).getUTCMonth() !== day.getUTCMonth()
            : Math.ceil(dom / 7) === schedule.week;
        hit = monthsSinceStart % schedule.every === 0 && weekday === schedule.weekday && inWeek;
        break;
      }
      case 'yearly': {
        const years = day.getUTCFullYear() - s.getUTCFullYear();
        hit =
          years % schedule.every === 0 &&
          day.getUTCMonth() === s.getUTCMonth() &&
          (dom === s.getUTCDate() || (isLastDay && dom < s.getUTCDate()));
        break;
      }
    }
    if (hit) out.push(toIso(ms));
  }
  return out;
}

function everyDay(from: string, through: string): string[] {
  const out: string[] = [];
  for (let ms = toMs(from); ms <= toMs(through); ms += DAY_MS) out.push(toIso(ms));
  return out;
}

const STARTS = everyDay('2024-01-01', '2030-12-31');

describe('occurrencesBetween against a day-by-day reference, every start day of 2024–2030', () => {
  const rules: Array<[Schedule, number]> = [
    [{ kind: 'monthly', every: 1, day: 31 }, 14],
    [{ kind: 'monthly', every: 2, day: 30 }, 7],
    [{ kind: 'monthlyLastDay', every: 1 }, 14],
    [{ kind: 'monthlyWeekday', every: 1, weekday: 5, week: -1 }, 14],
    [{ kind: 'monthlyWeekday', every: 3, weekday: 1, week: 2 }, 5],
    [{ kind: 'weeks', every: 2 }, 27],
    [{ kind: 'days', every: 10 }, 37],
    [{ kind: 'yearly', every: 1 }, 3],
  ];

  for (const [schedule, n] of rules) {
    it(`${JSON.stringify(schedule)}: the first ${n} occurrences`, () => {
      for (const startOn of STARTS) {
        const expected = reference(schedule, startOn, n);
        const got = occurrencesBetween({ schedule, startOn, count: n }, startOn, '2999-12-31').map(
          (o) => o.on,
        );
        if (got.join() !== expected.join()) expect({ startOn, got }).toEqual({ startOn, got: expected });
      }
    });
  }
});

describe('month ends', () => {
  it('the 31st is the 29th in a leap February, the 28th otherwise, and the 31st again in March', () => {
    const timing: SeriesTiming = { schedule: { kind: 'monthly', every: 1, day: 31 }, startOn: '2024-01-31' };
    expect(occurrencesBetween(timing, '2024-01-01', '2024-04-30').map((o) => o.on)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
    expect(occurrencesBetween(timing, '2025-02-01', '2025-03-31').map((o) => o.on)).toEqual([
      '2025-02-28',
      '2025-03-31',
    ]);
  });

  it('a yearly series started on 29 February falls on the 28th in common years and the 29th in leap years', () => {
    const timing: SeriesTiming = { schedule: { kind: 'yearly', every: 1 }, startOn: '2024-02-29' };
    expect(occurrencesBetween(timing, '2024-01-01', '2028-12-31').map((o) => o.on)).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('the first occurrence of "on the 5th" started on the 20th is next month', () => {
    expect(
      nextOccurrence(
        { schedule: { kind: 'monthly', every: 1, day: 5 }, startOn: '2026-01-20' },
        '2026-01-20',
      ),
    ).toBe('2026-02-05');
  });
});

describe('ends', () => {
  const schedule: Schedule = { kind: 'monthly', every: 1, day: 15 };

  it('an end date is inclusive and nothing comes after it', () => {
    const got = occurrencesBetween(
      { schedule, startOn: '2026-01-15', endOn: '2026-03-15' },
      '2026-01-01',
      '2027-01-01',
    );
    expect(got.map((o) => o.on)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
    expect(nextOccurrence({ schedule, startOn: '2026-01-15', endOn: '2026-03-14' }, '2026-03-01')).toBeNull();
  });

  it('a count is counted from the start even when the window starts later', () => {
    const got = occurrencesBetween({ schedule, startOn: '2026-01-15', count: 3 }, '2026-02-01', '2027-01-01');
    expect(got).toEqual([
      { on: '2026-02-15', index: 1 },
      { on: '2026-03-15', index: 2 },
    ]);
  });
});

describe('addDays', () => {
  it('agrees with UTC Date arithmetic over 1900–2999 boundaries', () => {
    for (const [date, n] of [
      ['1999-12-31', 1],
      ['2000-02-28', 1],
      ['2100-02-28', 1],
      ['2024-03-01', -1],
      ['1970-01-01', -1],
      ['2999-12-30', 1],
    ] as const) {
      expect(addDays(date, n)).toBe(toIso(toMs(date) + n * DAY_MS));
    }
  });
});

describe('today in the person’s zone, with a controlled clock', () => {
  it('Europe/Berlin across the spring and autumn changes: the date turns at local midnight', () => {
    // 2026-03-29: clocks go 02:00 CET → 03:00 CEST (01:00 UTC). Midnight local was 23:00 UTC the day before.
    expect(todayIn('Europe/Berlin', new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(todayIn('Europe/Berlin', new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(todayIn('Europe/Berlin', new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(todayIn('Europe/Berlin', new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    // 2026-10-25: CEST → CET at 01:00 UTC; that day is 25 hours long.
    expect(todayIn('Europe/Berlin', new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(todayIn('Europe/Berlin', new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(todayIn('Europe/Berlin', new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('America/New_York: an hourly clock across both 2026 changes sees each date for exactly its local day', () => {
    const seen = new Map<string, number>();
    for (let ms = Date.UTC(2026, 2, 7); ms < Date.UTC(2026, 2, 10); ms += 3_600_000) {
      const today = todayIn('America/New_York', new Date(ms));
      seen.set(today, (seen.get(today) ?? 0) + 1);
    }
    // 8 March 2026 (spring forward) has 23 hours.
    expect(seen.get('2026-03-08')).toBe(23);
    expect(seen.get('2026-03-07')).toBe(24);
    seen.clear();
    for (let ms = Date.UTC(2026, 9, 31); ms < Date.UTC(2026, 10, 4); ms += 3_600_000) {
      const today = todayIn('America/New_York', new Date(ms));
      seen.set(today, (seen.get(today) ?? 0) + 1);
    }
    expect(seen.get('2026-11-01')).toBe(25);
  });

  it('a daily series due across a DST change: one occurrence per local date, none skipped, none doubled', () => {
    const timing: SeriesTiming = { schedule: { kind: 'days', every: 1 }, startOn: '2026-03-27' };
    const due = new Set<string>();
    let generatedThrough = '2026-03-26';
    for (let ms = Date.UTC(2026, 2, 27); ms < Date.UTC(2026, 3, 1); ms += 15 * 60_000) {
      const today = todayIn('Europe/Berlin', new Date(ms));
      for (const { on } of occurrencesBetween(timing, addDays(generatedThrough, 1), today)) {
        expect(due.has(on)).toBe(false);
        due.add(on);
      }
      if (today > generatedThrough) generatedThrough = today;
    }
    expect([...due]).toEqual(everyDay('2026-03-27', '2026-04-01'));
  });

  it('a zone change moves no date: Auckland then Honolulu (a day behind) generates the same dates, once', () => {
    const timing: SeriesTiming = { schedule: { kind: 'monthly', every: 1, day: 31 }, startOn: '2026-01-31' };
    const instant = new Date('2026-03-31T12:00:00Z'); // already 1 April in Auckland, still 31 March in Honolulu
    const aucklandToday = todayIn('Pacific/Auckland', instant);
    const honoluluToday = todayIn('Pacific/Honolulu', instant);
    expect([aucklandToday, honoluluToday]).toEqual(['2026-04-01', '2026-03-31']);
    const first = occurrencesBetween(timing, timing.startOn, aucklandToday).map((o) => o.on);
    // The generator carries on from max(generatedThrough) + 1: a "today" that went backwards adds nothing.
    const generatedThrough = aucklandToday > honoluluToday ? aucklandToday : honoluluToday;
    const after = occurrencesBetween(timing, addDays(generatedThrough, 1), honoluluToday);
    expect(first).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(after).toEqual([]);
  });
});

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

describe('shiftMonth', () => {
  it('moves between months across year ends', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-06', -18)).toBe('2024-12');
  });

  it('agrees with UTC calendar arithmetic for every month of 2020-2030 and shifts of ±30', () => {
    for (let year = 2020; year <= 2030; year++) {
      for (let month = 1; month <= 12; month++) {
        const from = `${year}-${String(month).padStart(2, '0')}`;
        for (let delta = -30; delta <= 30; delta++) {
          const expected = new Date(Date.UTC(year, month - 1 + delta, 1)).toISOString().slice(0, 7);
          expect(shiftMonth(from, delta)).toBe(expected);
        }
      }
    }
  });
});
