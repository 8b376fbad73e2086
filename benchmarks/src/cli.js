#!/usr/bin/env node
/**
 * `node src/cli.js [--scale=full|ci] [--dataset=usd|foreign] [--parts=api,web,lighthouse,peer,import] [--cases=<text>]
 * [--rounds=N]`: runs the benchmark parts (`--cases`: only the API cases whose name contains the text, plus the
 * references; `--rounds`: the API cases measured N times over, with a per-round series of the ratios), prints the tables and writes results/<scale>[-foreign]-<parts>-latest.json (plus a timestamped copy for full runs). Exits non-zero when any case had
 * errors or non-2xx answers — never because of a timing.
 */
import { parseArgs } from 'node:util';
import { benchApi } from './api-bench.js';
import { harnessProblems, printApiTable, writeResults } from './report.js';
import { datasetNamed, scaleNamed } from './scales.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'full' },
    parts: { type: 'string', default: 'api,web,lighthouse' },
    dataset: { type: 'string', default: 'usd' },
    cases: { type: 'string' },
    rounds: { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a whole number of at least 1, got "${values.rounds}"`);
const scale = {
  ...scaleNamed(values.scale),
  ...datasetNamed(values.dataset),
  cases: values.cases ?? null,
  rounds,
};
const parts = new Set(values.parts.split(',').map((part) => part.trim()));
const log = (line) => console.log(line);

const results = { scale: scale.name, startedAt: new Date().toISOString(), settings: scale };
const problems = [];
if (parts.has('api')) {
  results.api = await benchApi(scale, log);
  printApiTable(results.api);
  problems.push(...harnessProblems(results.api));
}
if (parts.has('web')) {
  const { benchWeb, printWebTable } = await import('./web-bench.js');
  results.web = await benchWeb(log);
  printWebTable(results.web);
  problems.push(...results.web.problems);
}
if (parts.has('lighthouse')) {
  const { benchLighthouse, printLighthouse } = await import('./web-lighthouse.js');
  results.lighthouse = await benchLighthouse(log, {
    runs: scale.lighthouseRuns,
    screenshot: `${scale.name}-lighthouse-dashboard.png`,
  });
  printLighthouse(results.lighthouse);
}
if (parts.has('import')) {
  const { benchImport, printImportTable } = await import('./import-bench.js');
  results.import = await benchImport(scale, log);
  printImportTable(results.import);
  problems.push(...results.import.problems);
}
if (parts.has('peer')) {
  const { benchPeer, printPeerTable } = await import('./peer-bench.js');
  results.peer = await benchPeer(scale, log);
  printPeerTable(results.peer);
  problems.push(...results.peer.spendwise.problems, ...results.peer.actual.problems);
}

const label = `${scale.name}${scale.dataset === 'usd' ? '' : `-${scale.dataset}`}-${[...parts].sort().join('+')}${scale.cases ? '-some' : ''}${rounds > 1 ? `-${rounds}rounds` : ''}`;
const file = await writeResults(`${label}-latest`, results);
if (scale.name === 'full') await writeResults(`${label}-${results.startedAt.replace(/[:.]/g, '-')}`, results);
console.log(`\nResults: ${file}`);
if (problems.length) {
  console.error(`\nHarness problems:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
