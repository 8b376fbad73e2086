/**
 * The run's headline figures (what RELIABILITY.md quotes), summed over the suites' records. Each suite records
 * what it measured with the same field names, so the sums need no knowledge of the suites.
 */
const SUMMED = [
  'requestsSent',
  'writesAcknowledged',
  'writesFound',
  'faultsInjected',
  'faultsRecovered',
  'inputsTried',
  'violations',
];

export function printTotals(records) {
  const totals = Object.fromEntries(SUMMED.map((field) => [field, 0]));
  for (const record of records) for (const field of SUMMED) totals[field] += record[field] ?? 0;
  console.log('\n[reliability] figures of this run');
  for (const record of records) console.log(`  ${record.suite}: ${JSON.stringify(record)}`);
  console.log(`[reliability] totals: ${JSON.stringify(totals)}`);
}
