/**
 * The peer part: SpendWise and Actual Budget holding the same ledger (the benchmarks' generator, seed.js: one
 * person's expenses over five years), measured one after the other in the same Chromium at the same viewport.
 * Each run is a fresh browser profile that signs in (Actual: and downloads the budget), then takes every step
 * once cold and once more warm; the tab's memory is read at the end of the run. Medians over the runs.
 * Everything it starts is stopped, also on failure. Needs the web app's production build (SpendWise's side runs
 * on the local stack's default ports, which that build is made for).
 *
 * BENCH_PEER_ACTUAL_FROM=<an earlier results file> measures SpendWise's side only and takes Actual's figures from
 * that file (recorded under `actualFrom`, with when they were measured): Actual's side takes most of an hour at
 * 100,000 expenses and does not change with SpendWise's code.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeLocalTempDir, repoRoot } from '@spendwise/devkit';
import { launchChromium, rendererMemoryMb, VIEWPORT } from './browser.js';
import { actualSteps, openActual, startActual } from './peer/actual.js';
import { ACTUAL_VERSION, ensurePeerInstalled } from './peer/install.js';
import { openSpendWise, spendWiseSteps, startSpendWise } from './peer/spendwise.js';
import { median, STEP_TIMEOUT_MS } from './peer/timing.js';

const SEARCH_TEXT = 'coffee';
/** Ledger size and runs per scale; BENCH_PEER_EXPENSES / BENCH_PEER_RUNS override them. */
const SETTINGS = {
  full: { expenses: 100_000, deepRow: 10_000, runs: 5 },
  ci: { expenses: 5_000, deepRow: 2_500, runs: 1 },
};
export const STEPS = {
  list: 'navigation → first list rows',
  search: `text search "${SEARCH_TEXT}" → first results`,
  deep: 'rows ~10,000 deep',
  byCategory: 'spending by category, this month',
};

export async function benchPeer(scale, log) {
  if (!existsSync(path.join(repoRoot, 'apps/web/.next/BUILD_ID')))
    throw new Error('no production build of the web app: run `npm run build -w @spendwise/web` first');
  const settings = { ...SETTINGS[scale.name] };
  if (process.env.BENCH_PEER_EXPENSES) settings.expenses = Number(process.env.BENCH_PEER_EXPENSES);
  if (process.env.BENCH_PEER_RUNS) settings.runs = Number(process.env.BENCH_PEER_RUNS);
  settings.deepRow = Math.min(settings.deepRow, Math.floor(settings.expenses / 2));
  const earlier = process.env.BENCH_PEER_ACTUAL_FROM
    ? await earlierActual(process.env.BENCH_PEER_ACTUAL_FROM, settings.expenses)
    : null;
  if (!earlier) await ensurePeerInstalled(log);

  const workDir = await makeLocalTempDir('bench-peer-');
  const cleanups = [];
  try {
    log(`Peer: SpendWise with ${settings.expenses.toLocaleString('en')} expenses (web production build)…`);
    const spendwise = await startSpendWise({ ...settings, dataDir: workDir });
    cleanups.push(() => spendwise.stack.stop());
    const actual = earlier
      ? null
      : await startActual({ ledger: spendwise.ledger, workDir: path.join(workDir, 'actual'), log });
    if (actual) cleanups.push(() => actual.server.stop());

    const products = {
      spendwise: {
        open: (page) => openSpendWise(page, spendwise),
        steps: spendWiseSteps(spendwise, SEARCH_TEXT),
      },
    };
    if (actual)
      products.actual = {
        open: (page) => openActual(page, actual),
        steps: actualSteps(actual, SEARCH_TEXT, spendwise.deepDate),
      };
    const measured = {};
    for (const [name, product] of Object.entries(products)) {
      measured[name] = await measure(name, product, settings.runs, log);
    }
    if (earlier) measured.actual = { ...earlier.actual, problems: [] };
    return {
      machine: { ...spendwise.machine, loadAverageAtEnd: os.loadavg().map(round) },
      settings: { ...settings, searchText: SEARCH_TEXT, deepDate: spendwise.deepDate, viewport: VIEWPORT },
      versions: { ...(await versions()), ...(earlier && { actual: earlier.versions.actual }) },
      seedSeconds: {
        spendwise: round(spendwise.seedSeconds),
        actual: earlier ? earlier.seedSeconds.actual : round(actual.seedSeconds),
      },
      ...(earlier && { actualFrom: earlier.from }),
      ...measured,
      ratios: ratios(measured.spendwise, measured.actual),
    };
  } finally {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error) => log(`cleanup: ${error.message}`));
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Actual's side of an earlier full peer run, refused when it held a different ledger size. */
async function earlierActual(file, expenses) {
  const earlier = JSON.parse(await readFile(path.resolve(file), 'utf8'));
  const peer = earlier.peer;
  if (!peer?.actual?.median) throw new Error(`BENCH_PEER_ACTUAL_FROM: ${file} holds no peer results`);
  if (peer.settings.expenses !== expenses)
    throw new Error(
      `BENCH_PEER_ACTUAL_FROM: ${file} measured ${peer.settings.expenses} expenses, this run ${expenses}`,
    );
  return {
    actual: peer.actual,
    versions: peer.versions,
    seedSeconds: peer.seedSeconds,
    from: { file: path.basename(file), measuredAt: earlier.startedAt, runs: peer.settings.runs },
  };
}

async function measure(name, { open, steps }, runs, log) {
  const all = [];
  for (let run = 1; run <= runs; run++) {
    log(`Peer: ${name}, run ${run} of ${runs}…`);
    // A wait runs as one DevTools call, which must outlive the step's own limit.
    const browser = await launchChromium({ viewport: VIEWPORT, protocolTimeout: STEP_TIMEOUT_MS + 60_000 });
    try {
      const [page] = await browser.pages();
      const record = { openMs: (await open(page)) ?? null, cold: {}, warm: {}, timedOut: [], failed: [] };
      for (const pass of ['cold', 'warm']) {
        for (const [step, run] of Object.entries(steps)) {
          // A step that never shows its rows is a figure too ("> the limit"); one that fails is reported, and
          // neither throws away the runs already measured.
          record[pass][step] = await run(page).catch((error) => {
            if (error.name === 'TimeoutError') record.timedOut.push(`${pass} ${step}`);
            else record.failed.push(`${pass} ${step}: ${error.message.split('\n')[0]}`);
            return null;
          });
        }
      }
      record.memoryMb = rendererMemoryMb(browser);
      log(`  ${JSON.stringify(record)}`);
      all.push(record);
    } finally {
      await browser.close().catch(() => {});
    }
  }
  const medianOf = (pick) => median(all.map(pick));
  return {
    problems: all.flatMap((record) => record.failed.map((failure) => `${name}: ${failure}`)),
    runs: all,
    median: {
      openMs: medianOf((record) => record.openMs),
      cold: Object.fromEntries(Object.keys(steps).map((step) => [step, medianOf((r) => r.cold[step])])),
      warm: Object.fromEntries(Object.keys(steps).map((step) => [step, medianOf((r) => r.warm[step])])),
      memoryMb: medianOf((record) => record.memoryMb),
    },
  };
}

/** How many times longer Actual takes (or the more memory it holds) than SpendWise, per figure. */
function ratios(spendwise, actual) {
  const ratio = (ours, theirs) => (ours > 0 && theirs !== null ? round(theirs / ours) : null);
  const perPass = (pass) =>
    Object.fromEntries(
      Object.keys(STEPS).map((step) => [
        step,
        ratio(spendwise.median[pass][step], actual.median[pass][step]),
      ]),
    );
  return {
    cold: perPass('cold'),
    warm: perPass('warm'),
    memory: ratio(spendwise.median.memoryMb, actual.median.memoryMb),
  };
}

export function printPeerTable(peer, print = console.log) {
  const { machine, settings, versions: v } = peer;
  print(
    `\nMachine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ` +
      `load average ${machine.loadAverageAtStart.join(' ')} → ${machine.loadAverageAtEnd.join(' ')}`,
  );
  print(
    `SpendWise vs Actual Budget ${v.actual}: ${settings.expenses.toLocaleString('en')} expenses over 5 years, one ` +
      `person; ${v.chromium}, ${settings.viewport.width}×${settings.viewport.height}; median of ${settings.runs} ` +
      `fresh-profile run(s), each step cold then warm`,
  );
  if (peer.actualFrom)
    print(
      `Actual's figures are not from this run: from ${peer.actualFrom.file} (${peer.actualFrom.measuredAt}, ` +
        `${peer.actualFrom.runs} run(s))`,
    );
  const header = ['step', 'pass', 'SpendWise ms', 'Actual ms', 'Actual/SpendWise'];
  const rows = [];
  for (const [step, label] of Object.entries(STEPS)) {
    for (const pass of ['cold', 'warm']) {
      rows.push([
        pass === 'cold' ? label : '',
        pass,
        shown(peer.spendwise.median[pass][step]),
        shown(peer.actual.median[pass][step]),
        ratioShown(peer, pass, step),
      ]);
    }
  }
  rows.push([
    'tab memory (renderer PSS, MB)',
    'end',
    peer.spendwise.median.memoryMb,
    peer.actual.median.memoryMb,
    `${peer.ratios.memory}×`,
  ]);
  rows.push(['Actual only: first open of the budget (download)', 'cold', '', peer.actual.median.openMs, '']);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) =>
        column < 2 ? String(cell ?? '').padEnd(widths[column]) : String(cell ?? '').padStart(widths[column]),
      )
      .join('  ');
  print(line(header));
  print(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) print(line(row));
}

/** A step that timed out in every run has no median: it took longer than the limit. */
const shown = (ms) => ms ?? `> ${STEP_TIMEOUT_MS}`;

/** The ratio, or its lower bound when Actual's step ran into the limit. */
function ratioShown(peer, pass, step) {
  const ratio = peer.ratios[pass][step];
  if (ratio !== null) return `${ratio}×`;
  const ours = peer.spendwise.median[pass][step];
  return ours > 0 && peer.actual.median[pass][step] === null ? `> ${round(STEP_TIMEOUT_MS / ours)}×` : '';
}

async function versions() {
  const manifest = async (file) => JSON.parse(await readFile(path.join(repoRoot, file), 'utf8')).version;
  const browser = await launchChromium();
  try {
    return {
      actual: ACTUAL_VERSION,
      chromium: await browser.version(),
      next: await manifest('node_modules/next/package.json'),
      node: process.version,
    };
  } finally {
    await browser.close();
  }
}

function round(value) {
  return Math.round(value * 100) / 100;
}
