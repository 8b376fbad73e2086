/** The shares of a month's available amount that send an alert when spending passes them, in percent. */
export const THRESHOLDS = [80, 100] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/**
 * The thresholds `spentMinor` has reached against `availableMinor` (both integers in the budget's currency): spent ×
 * 100 ≥ available × threshold, in integers (no float rounding puts 79.999… % over the line). As on the dashboard
 * (percentOfAvailable), a month with nothing available — an overspend carried in — is used up: both are reached.
 */
export function thresholdsReached(spentMinor: number, availableMinor: number): Threshold[] {
  if (availableMinor <= 0) return [...THRESHOLDS];
  return THRESHOLDS.filter(
    (threshold) => BigInt(spentMinor) * 100n >= BigInt(availableMinor) * BigInt(threshold),
  );
}

/**
 * Of the thresholds just claimed, the one the email is about: the highest. Passing 80 % and 100 % in one write sends
 * one email (over budget), and the 80 % one is claimed with it, never sent late.
 */
export function thresholdToSend(claimed: readonly number[]): Threshold | null {
  const highest = Math.max(
    ...claimed.filter((value): value is Threshold => THRESHOLDS.includes(value as Threshold)),
  );
  return Number.isFinite(highest) ? (highest as Threshold) : null;
}

/** Spending per budget: a category budget counts its category, the overall one (null) everything. */
export function spentFor(categoryId: string | null, byCategory: ReadonlyMap<string | null, number>): number {
  if (categoryId !== null) return byCategory.get(categoryId) ?? 0;
  let total = 0;
  for (const amount of byCategory.values()) total += amount;
  return total;
}
