/**
 * The import target of issue 19: a year of bank history as one CSV file, previewed and committed through the API
 * as the production image runs it (its heap limit from the Dockerfile), then the same file again (everything a
 * duplicate, nothing stored). Prints each step's time, the API's peak RSS, V8 heap in use and Buffers; the harness
 * fails only on a wrong answer, never on a time.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCognitoEmulator } from '@spendwise/cognito-emulator';
import { IMPORT_PREVIEW_PAGE, MAX_IMPORT_ROWS } from '@spendwise/contracts';
import { migrateDeploy } from '@spendwise/db/cli';
import { freePort } from '@spendwise/devkit';
import { startPostgres } from '@spendwise/devkit/postgres';
import { buildApi } from './api-build.js';
import { benchApiEnv, productionMemoryEnv, productionNodeFlags, startApi } from './api-process.js';
import { createIdentity } from './identities.js';

// Full scale: the most rows an import takes (issue 19's target, 50,000); BENCH_IMPORT_ROWS asks for another number
// (beyond MAX_IMPORT_ROWS the API answers 413).
const ROWS = { full: MAX_IMPORT_ROWS, ci: 2_000 };
// Bench-only: the API's peak V8 heap in use and Buffers outside it, sampled from inside it (heap-sampler.js).
const HEAP_SAMPLER = new URL('./heap-sampler.js', import.meta.url).href;
const MERCHANTS = ['Corner Grocer', 'City Transit', 'Coffee Lab', 'Book Nook', 'Pharmacy 24', 'Gas & Go'];

export async function benchImport(scale, log) {
  const rows = Number(process.env.BENCH_IMPORT_ROWS ?? ROWS[scale.name] ?? ROWS.ci);
  const atStart = os.loadavg().map(round);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'spendwise-import-bench-'));
  const cleanups = [];
  const problems = [];
  try {
    log('Building the API…');
    await buildApi();
    const postgres = await startPostgres({
      dataDir: path.join(workDir, 'postgres'),
      port: await freePort(),
      persistent: false,
    });
    cleanups.push(() => postgres.stop());
    await postgres.createDatabase('spendwise');
    const databaseUrl = postgres.url('spendwise');
    await migrateDeploy(databaseUrl);
    const cognito = await startCognitoEmulator({
      port: await freePort(),
      dataDir: path.join(workDir, 'cognito'),
      log: () => {},
    });
    cleanups.push(() => cognito.stop());
    const port = await freePort();
    const nodeFlags = productionNodeFlags();
    const heapFile = path.join(workDir, 'heap-peak');
    const api = await startApi({
      port,
      env: {
        ...benchApiEnv({ port, databaseUrl, cognitoEndpoint: cognito.endpoint }),
        BENCH_HEAP_SAMPLE_FILE: heapFile,
      },
      nodeFlags: [...nodeFlags, '--import', HEAP_SAMPLER],
      logFile: path.join(workDir, 'api.log'),
    });
    cleanups.push(() => api.stop());
    const { accessToken } = await createIdentity(cognito.endpoint, 'importer@bench.local');

    const file = bankCsv(rows, Number(process.env.BENCH_IMPORT_MEMO_CHARS ?? 0));
    log(
      `Importing ${rows.toLocaleString('en')} rows (${(file.length / 1024 / 1024).toFixed(1)} MiB of CSV)…`,
    );
    const send = async (route, expected) => {
      const started = performance.now();
      let response;
      try {
        response = await fetch(`${api.url}${route}?filename=year.csv`, {
          method: 'POST',
          headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/octet-stream' },
          body: file,
          signal: AbortSignal.timeout(300_000),
        });
      } catch (error) {
        const log = await readFile(path.join(workDir, 'api.log'), 'utf8');
        throw new Error(
          `POST ${route} got no answer (${error.cause?.code ?? error.message}); the API's log ends:\n${log.slice(-1500)}`,
        );
      }
      const text = await response.text();
      const seconds = (performance.now() - started) / 1000;
      if (response.status !== expected) {
        problems.push(`POST ${route}: HTTP ${response.status} ${text.slice(0, 300)}`);
        return { seconds, status: response.status, body: null, bytes: text.length };
      }
      return { seconds, status: response.status, body: JSON.parse(text), bytes: text.length };
    };
    const preview = await send('/imports/preview', 200);
    const commit = await send('/imports', 201);
    const again = await send('/imports', 201);
    if (preview.body && preview.body.rows.length !== Math.min(rows, IMPORT_PREVIEW_PAGE))
      problems.push(`preview listed ${preview.body.rows.length} rows`);
    if (preview.body && preview.body.counts.new !== rows)
      problems.push(`preview: ${preview.body.counts.new} new`);
    if (commit.body && commit.body.stored !== rows) problems.push(`commit stored ${commit.body.stored}`);
    if (again.body && again.body.stored !== 0) problems.push(`re-import stored ${again.body.stored}`);
    return {
      rows,
      fileMiB: round(file.length / 1024 / 1024),
      previewSeconds: round(preview.seconds),
      previewResponseMiB: round(preview.bytes / 1024 / 1024),
      commitSeconds: round(commit.seconds),
      reimportSeconds: round(again.seconds),
      stored: commit.body?.stored ?? null,
      storedAgain: again.body?.stored ?? null,
      apiPeakRssMb: round(api.peakRssMb()),
      ...(await peakMemoryOf(heapFile)),
      loadAverage: { atStart, atEnd: os.loadavg().map(round) },
      heapLimitMb: heapLimitOf([...(productionMemoryEnv().NODE_OPTIONS ?? '').split(' '), ...nodeFlags]),
      problems,
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * A bank's CSV export: one debit per line, a year of days, a few merchants, amounts with two decimals; with
 * `memoChars` (BENCH_IMPORT_MEMO_CHARS), each description carries a memo that long, to try the byte limit.
 */
function bankCsv(rows, memoChars) {
  const memo =
    memoChars > 0
      ? ` ${'card payment ref 0123456789 '.repeat(Math.ceil(memoChars / 28)).slice(0, memoChars)}`
      : '';
  const lines = ['Date,Description,Amount'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    const cents = 100 + ((i * 7919) % 20_000);
    lines.push(`${day},${MERCHANTS[i % MERCHANTS.length]} #${i}${memo},-${(cents / 100).toFixed(2)}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

export function printImportTable(result, print = console.log) {
  print(
    `\nImport (${result.rows.toLocaleString('en')} rows, ${result.fileMiB} MiB CSV, production heap limit)`,
  );
  print(`  preview  ${result.previewSeconds} s (response ${result.previewResponseMiB} MiB)`);
  print(`  commit   ${result.commitSeconds} s, stored ${result.stored}`);
  print(`  again    ${result.reimportSeconds} s, stored ${result.storedAgain}`);
  print(
    `  preview + commit ${round(result.previewSeconds + result.commitSeconds)} s; API peak RSS ${result.apiPeakRssMb} MB ` +
      `(V8 old-space limit ${result.heapLimitMb ?? 'none'} MB: the process is killed only if the heap passes it)`,
  );
  print(
    `  API peak V8 heap used ${result.apiPeakHeapUsedMb} MB, ArrayBuffers/Buffers ${result.apiPeakArrayBuffersMb} MB ` +
      `(sampled every 20 ms); load average ` +
      `${result.loadAverage.atStart.join(' ')} → ${result.loadAverage.atEnd.join(' ')}`,
  );
}

/** The API's sampled peaks (heap-sampler.js): V8 heap in use, and ArrayBuffers/Buffers outside it. */
async function peakMemoryOf(file) {
  const { heapUsedMb = null, arrayBuffersMb = null } = JSON.parse(
    await readFile(file, 'utf8').catch(() => '{}'),
  );
  return { apiPeakHeapUsedMb: heapUsedMb, apiPeakArrayBuffersMb: arrayBuffersMb };
}

/** The `--max-old-space-size` the API ran with (MB), from NODE_OPTIONS and its flags; null without one. */
function heapLimitOf(flags) {
  const flag = flags.find((f) => f.startsWith('--max-old-space-size='));
  return flag ? Number(flag.split('=')[1]) : null;
}

function round(value) {
  return Math.round(value * 100) / 100;
}
