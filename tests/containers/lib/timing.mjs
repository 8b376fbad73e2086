/** Seconds since `startedAt` (a `performance.now()` value), one decimal, for the timing lines the suite prints. */
export function secondsSince(startedAt) {
  return ((performance.now() - startedAt) / 1000).toFixed(1);
}
