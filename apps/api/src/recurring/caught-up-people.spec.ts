import { describe, expect, it } from 'vitest';
import { CaughtUpPeople } from './caught-up-people';

const at = (iso: string) => Date.parse(iso);

describe('CaughtUpPeople', () => {
  it('remembers a catch-up until the next UTC quarter hour, then forgets everyone', () => {
    let now = at('2026-12-04T18:14:59.000Z');
    const people = new CaughtUpPeople(() => now);
    expect(people.has('ana')).toBe(false);
    people.remember('ana', people.currentQuarter());
    expect(people.has('ana')).toBe(true);
    expect(people.has('ben')).toBe(false);
    now = at('2026-12-04T18:14:59.999Z');
    expect(people.has('ana')).toBe(true);
    // 18:15 UTC is midnight in Kathmandu (+05:45): the people caught up before may have dates due now.
    now = at('2026-12-04T18:15:00.000Z');
    expect(people.has('ana')).toBe(false);
  });

  it('does not remember a catch-up that started before the quarter hour it finished in', () => {
    let now = at('2026-12-04T22:59:59.900Z');
    const people = new CaughtUpPeople(() => now);
    const startedIn = people.currentQuarter();
    now = at('2026-12-04T23:00:00.100Z');
    people.remember('ana', startedIn);
    expect(people.has('ana')).toBe(false);
  });

  it('rests on every time zone being a whole number of quarter hours from UTC, in winter and summer', () => {
    const offsets = new Set<string>();
    for (const timeZone of Intl.supportedValuesOf('timeZone')) {
      const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
      for (const instant of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z', '2027-03-29T01:30:00Z']) {
        const name = format
          .formatToParts(new Date(instant))
          .find((part) => part.type === 'timeZoneName')!.value;
        offsets.add(name);
        // "GMT", "GMT+05:45", "GMT-09:30"; seconds would be "GMT+00:19:32".
        const [, minutes = '00', seconds] = /^GMT(?:[+-]\d{2}:(\d{2})(?::(\d{2}))?)?$/.exec(name) ?? [];
        expect(seconds, `${timeZone} ${name}`).toBeUndefined();
        expect(Number(minutes) % 15, `${timeZone} ${name}`).toBe(0);
      }
    }
    // The odd ones exist, so the check above saw them.
    expect(offsets).toContain('GMT+05:45');
    expect(offsets).toContain('GMT-09:30');
  });
});
