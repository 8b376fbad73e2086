/** The printed table and the JSON file: the same figures, for people and for history. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');

export function printApiTable(api, print = console.log) {
  const { machine } = api;
  print(
    `\nMachine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ` +
      `PostgreSQL ${machine.postgres}; load average ${machine.loadAverageAtStart.join(' ')} → ${machine.loadAverageAtEnd.join(' ')}`,
  );
  print(
    `Dataset: ${api.dataset.users} users, ${api.dataset.expenses.toLocaleString('en')} expenses ` +
      `(heavy user ${api.dataset.heavyUserExpenses.toLocaleString('en')}, median user ${api.dataset.medianUserExpenses.toLocaleString('en')}), seeded in ${api.dataset.seedSeconds} s` +
      (api.dataset.foreignEvery
        ? `; heavy user: 1 expense in ${api.dataset.foreignEvery} in ${api.dataset.foreignCurrencies.join('/')}\n`
        : '\n'),
  );
  const header = [
    'case',
    'via',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'errors',
    'API/SQL p50',
    'API/bare p50',
    'CPU ms/req',
    'API/bare CPU',
  ];
  const rows = [];
  for (const result of api.cases) {
    rows.push([
      result.name,
      'API',
      ...figures(result.http),
      result.apiToSqlP50 === null ? '' : `${result.apiToSqlP50}×`,
      result.bare ? `${result.bare.apiToBareP50}×` : '',
      result.http.cpuMsPerRequest ?? '',
      result.bare ? `${result.bare.apiToBareCpu}×` : '',
    ]);
    if (result.sql) rows.push(['', 'raw SQL', ...figures(result.sql), '', '', '', '']);
    // The bare row's ratio is its own to the floor: what any Node server doing this work costs here.
    if (result.bare)
      rows.push([
        '',
        'bare Node',
        ...figures(result.bare.http),
        `${result.bare.toSqlP50}×`,
        '',
        result.bare.http.cpuMsPerRequest,
        '',
      ]);
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) =>
        column < 2 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ');
  print(line(header));
  print(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) print(line(row));
  print(
    `\nAPI peak RSS (VmHWM): ${api.api.peakRssMb} MB (NODE_OPTIONS: ${api.api.nodeOptions || 'V8 defaults'}; ` +
      `Node flags: ${api.api.nodeFlags.join(' ') || 'none'})`,
  );
  if (api.laterRounds) printSeries(api, print);
}

// Issue 24's targets, checked per round in the series table (printed, never asserted: speed is not a test).
const MAX_API_TO_BARE_P50 = 2;
const MIN_POST_PER_SECOND = 1000;

/** Every round's results, the first (`cases`) included. */
const allRounds = (api) => [api.cases, ...(api.laterRounds ?? [])];

/**
 * Per case, its figure in every round of a `--rounds=N` run: the API/bare p50 and CPU ratios of each read case,
 * requests per second for the others.
 */
export function seriesOf(api) {
  const series = new Map();
  for (const results of allRounds(api)) {
    for (const result of results) {
      const row = series.get(result.name) ?? { name: result.name, p50: [], cpu: [], perSecond: [] };
      if (result.bare) {
        row.p50.push(result.bare.apiToBareP50);
        row.cpu.push(result.bare.apiToBareCpu);
      }
      row.perSecond.push(Math.round(result.http.requestsPerSecond));
      series.set(result.name, row);
    }
  }
  return [...series.values()];
}

function printSeries(api, print) {
  const rounds = allRounds(api).length;
  print(
    `\nSeries: ${rounds} rounds on the same servers and data (load average at each round's start: ` +
      `${api.roundLoadAverages.map((load) => load[0]).join(', ')})`,
  );
  const span = (values) => `${Math.min(...values)}–${Math.max(...values)}`;
  for (const row of seriesOf(api)) {
    if (row.p50.length > 0) {
      const within = row.p50.filter((ratio) => ratio <= MAX_API_TO_BARE_P50).length;
      print(
        `  ${row.name}: API/bare p50 ${row.p50.map((ratio) => `${ratio}×`).join(' ')} ` +
          `(within ${MAX_API_TO_BARE_P50}× in ${within} of ${rounds}); CPU ${span(row.cpu)}×`,
      );
    } else if (row.name.startsWith('POST')) {
      const reached = row.perSecond.filter((perSecond) => perSecond >= MIN_POST_PER_SECOND).length;
      print(
        `  ${row.name}: ${row.perSecond.join(' ')} req/s ` +
          `(≥ ${MIN_POST_PER_SECOND.toLocaleString('en')} in ${reached} of ${rounds})`,
      );
    } else print(`  ${row.name}: ${row.perSecond.join(' ')} req/s`);
  }
}

function figures(result) {
  return [
    result.p50Ms,
    result.p95Ms,
    result.p99Ms,
    Math.round(result.requestsPerSecond),
    result.errors + result.non2xx,
  ];
}

/** Every case ran, answered 2xx and had no connection errors: what the CI run checks (never timings). */
export function harnessProblems(api) {
  const problems = [];
  for (const result of allRounds(api).flat()) {
    for (const [via, run] of [
      ['API', result.http],
      ['raw SQL', result.sql],
      ['bare Node', result.bare?.http],
    ]) {
      if (!run) continue;
      if (run.requests === 0) problems.push(`${result.name} (${via}): no requests completed`);
      if (run.errors > 0) problems.push(`${result.name} (${via}): ${run.errors} errors`);
      if (run.non2xx > 0)
        problems.push(`${result.name} (${via}): ${run.non2xx} non-2xx (${JSON.stringify(run.statuses)})`);
    }
  }
  return problems;
}

export async function writeResults(name, results) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
