import { convertMinor, type NotInTotals, type RateTable } from '@spendwise/contracts';

/** Spending in one foreign currency on one day in one category (a row of foreignSpendingQuery). */
export interface ForeignGroup {
  currency: string;
  /** YYYY-MM-DD */
  date: string;
  categoryId: string | null;
  totalMinor: number;
  count: number;
}

/** A foreign group in the base currency. */
export interface ConvertedGroup {
  date: string;
  categoryId: string | null;
  amountMinor: number;
}

export interface BaseCurrencySpending {
  converted: ConvertedGroup[];
  notInTotals: NotInTotals[];
}

/**
 * Converts each group to `base` at the rate of its date, rounding once per group (half-even, in convertMinor): the
 * same expenses always give the same total whatever month or chart sums them. A group without a usable rate is never
 * guessed at: it goes to `notInTotals`, summed per currency in the currency it was recorded in, with its dates.
 */
export function toBaseCurrency(
  groups: readonly ForeignGroup[],
  base: string,
  rates: RateTable,
): BaseCurrencySpending {
  const converted: ConvertedGroup[] = [];
  const missing = new Map<string, { count: number; amountMinor: number; dates: Set<string> }>();
  for (const group of groups) {
    const conversion = convertMinor(group.totalMinor, group.currency, base, group.date, rates);
    if (conversion.ok) {
      converted.push({ date: group.date, categoryId: group.categoryId, amountMinor: conversion.amountMinor });
      continue;
    }
    let entry = missing.get(group.currency);
    if (!entry) missing.set(group.currency, (entry = { count: 0, amountMinor: 0, dates: new Set() }));
    entry.count += group.count;
    entry.amountMinor += group.totalMinor;
    entry.dates.add(group.date);
  }
  const notInTotals = [...missing.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, entry]) => ({
      currency,
      count: entry.count,
      amountMinor: entry.amountMinor,
      dates: [...entry.dates].sort(),
    }));
  return { converted, notInTotals };
}

/**
 * Several `notInTotals` lists (e.g. of separate months) as one: per currency, counts and amounts added and dates
 * joined — exactly what toBaseCurrency gives for all their groups at once, since a group falls in one month only.
 */
export function mergeNotInTotals(lists: ReadonlyArray<readonly NotInTotals[]>): NotInTotals[] {
  const merged = new Map<string, { count: number; amountMinor: number; dates: Set<string> }>();
  for (const list of lists) {
    for (const entry of list) {
      let into = merged.get(entry.currency);
      if (!into) merged.set(entry.currency, (into = { count: 0, amountMinor: 0, dates: new Set() }));
      into.count += entry.count;
      into.amountMinor += entry.amountMinor;
      for (const date of entry.dates) into.dates.add(date);
    }
  }
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, entry]) => ({
      currency,
      count: entry.count,
      amountMinor: entry.amountMinor,
      dates: [...entry.dates].sort(),
    }));
}
