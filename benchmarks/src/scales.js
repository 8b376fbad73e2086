/**
 * Dataset and load sizes. `full` is the dataset (1,000 users, 1,000,000 expenses, one user with 100,000
 * over 5 years); `ci` keeps the same shape at 10,000 expenses so the harness runs in CI in about two minutes.
 */
export const SCALES = {
  full: {
    users: 1000,
    totalExpenses: 1_000_000,
    heavyUserExpenses: 100_000,
    deepPageOffset: 90_000,
    years: 5,
    warmupSeconds: 5,
    durationSeconds: 15,
    connections: 10,
    lighthouseRuns: 3,
  },
  ci: {
    users: 20,
    totalExpenses: 10_000,
    heavyUserExpenses: 5_000,
    deepPageOffset: 4_000,
    years: 5,
    warmupSeconds: 1,
    durationSeconds: 3,
    connections: 10,
    lighthouseRuns: 1,
  },
};

export function scaleNamed(name) {
  const scale = SCALES[name];
  if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${name}"`);
  return { name, ...scale };
}

/**
 * Datasets on top of a scale. `usd`: every expense in USD (the base currency). `foreign`: the heavy user has one
 * expense in 20 (5 %) in EUR, GBP or JPY, with ECB-shaped rates seeded for every business day they cover (issue 16's
 * "speed holds" case: the dashboard converts them at read time).
 */
export const DATASETS = {
  usd: { foreignEvery: 0, foreignCurrencies: [] },
  foreign: { foreignEvery: 20, foreignCurrencies: ['EUR', 'GBP', 'JPY'] },
};

export function datasetNamed(name) {
  const dataset = DATASETS[name];
  if (!dataset)
    throw new Error(`--dataset must be one of ${Object.keys(DATASETS).join(', ')}, got "${name}"`);
  return { dataset: name, ...dataset };
}
