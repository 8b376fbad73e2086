import { describe, expect, it } from 'vitest';
import { spentFor, thresholdsReached, thresholdToSend } from './thresholds';

describe('thresholdsReached', () => {
  it('reaches 80 % and 100 % exactly at the line, in integers', () => {
    expect(thresholdsReached(0, 50_000)).toEqual([]);
    expect(thresholdsReached(39_999, 50_000)).toEqual([]);
    expect(thresholdsReached(40_000, 50_000)).toEqual([80]);
    expect(thresholdsReached(49_999, 50_000)).toEqual([80]);
    expect(thresholdsReached(50_000, 50_000)).toEqual([80, 100]);
    expect(thresholdsReached(90_000, 50_000)).toEqual([80, 100]);
    // 80 % of 3 minor units is 2.4: 2 is below it, 3 is 100 %.
    expect(thresholdsReached(2, 3)).toEqual([]);
    expect(thresholdsReached(3, 3)).toEqual([80, 100]);
  });

  it('counts refunds: spending pushed below zero reaches nothing', () => {
    expect(thresholdsReached(-5_000, 10_000)).toEqual([]);
  });

  it('treats a month with nothing available (an overspend carried in) as used up, as the dashboard does', () => {
    expect(thresholdsReached(0, 0)).toEqual([80, 100]);
    expect(thresholdsReached(100, -2_000)).toEqual([80, 100]);
  });

  it('stays exact for amounts beyond what a float multiplies exactly', () => {
    const available = 9_007_199_254_740_991; // Number.MAX_SAFE_INTEGER
    expect(thresholdsReached(available - 1, available)).toEqual([80]);
  });
});

describe('thresholdToSend', () => {
  it('sends the highest threshold claimed, nothing when none was', () => {
    expect(thresholdToSend([])).toBeNull();
    expect(thresholdToSend([80])).toBe(80);
    expect(thresholdToSend([100])).toBe(100);
    expect(thresholdToSend([80, 100])).toBe(100);
  });
});

describe('spentFor', () => {
  const byCategory = new Map<string | null, number>([
    ['food', 3_000],
    ['rent', 90_000],
    [null, 500],
  ]);

  it('counts a category budget against its category, the overall one against everything', () => {
    expect(spentFor('food', byCategory)).toBe(3_000);
    expect(spentFor('fun', byCategory)).toBe(0);
    expect(spentFor(null, byCategory)).toBe(93_500);
  });
});
