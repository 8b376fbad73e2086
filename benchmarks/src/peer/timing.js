/** How each step is timed, the same way for both products: wall clock from the action to what it waits for. */

/** The longest any one step may take (the peer at 100,000 rows needs up to about a minute and a half). */
export const STEP_TIMEOUT_MS = 300_000;

/** Milliseconds from calling `action` until `until` resolves. */
export async function timed(action, until) {
  const started = performance.now();
  await action();
  await until();
  return Math.round(performance.now() - started);
}

/** Resolves once an element matching `selector` is visible. */
export function firstVisible(page, selector) {
  return page.waitForSelector(selector, { visible: true, timeout: STEP_TIMEOUT_MS });
}

/** A navigation that returns as soon as the new document is parsed; the step then waits for its rows. */
export function navigate(page, url) {
  return page.goto(url, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT_MS });
}

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}
