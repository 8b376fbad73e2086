/**
 * Closed-loop load at a fixed number of concurrent connections, after a warm-up, with every response time kept so
 * p50/p95/p99 are exact (autocannon's own summary has no p95). HTTP through autocannon; raw SQL through a `pg`
 * pool with one worker per connection, the same shape of load.
 */
import autocannon from 'autocannon';

/**
 * `cpuSeconds`, when given, reads the server process's CPU time: the result then also says how much CPU the server
 * spent per answered request while measured. Unlike latency at a fixed concurrency, that figure barely moves when
 * other work shares the machine's cores, so two servers compare fairly on a busy host.
 * @returns {Promise<import('./report.js').CaseResult>}
 */
export async function runHttp(target) {
  await warm(target);
  const record = newRecord();
  await measure(target, target.durationSeconds, record);
  return summariseRecord(record, target);
}

/**
 * Two servers doing the same case (the API and the bare reference), measured in alternating slices, A B B A A B…:
 * each gets the same total time, and whatever else the shared machine runs meanwhile weighs on both alike. Measured
 * one whole run after the other, a quiet few seconds on one side alone moved their p50 ratio from 1.2–1.5× to 2.76×
 * (BENCHMARKS.md, "Guards without awaits"; "Interleaved API and bare-Node runs").
 * @returns {Promise<[import('./report.js').CaseResult, import('./report.js').CaseResult]>}
 */
export async function runHttpInterleaved(a, b, slices) {
  await warm(a);
  await warm(b);
  const records = [newRecord(), newRecord()];
  for (let slice = 0; slice < slices; slice += 1) {
    const order = slice % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const target = [a, b][index];
      await measure(target, target.durationSeconds / slices, records[index]);
    }
  }
  return [summariseRecord(records[0], a), summariseRecord(records[1], b)];
}

const autocannonOptions = ({ url, method = 'GET', headers, body, connections }) => ({
  url,
  method,
  headers,
  body,
  connections,
  pipelining: 1,
});

async function warm(target) {
  if (target.warmupSeconds > 0)
    await autocannon({ ...autocannonOptions(target), duration: target.warmupSeconds });
}

const newRecord = () => ({
  latencies: [],
  statuses: new Map(),
  cpuSeconds: 0,
  seconds: 0,
  errors: 0,
  non2xx: 0,
});

/** Adds `seconds` of closed-loop load on `target` to `record`: every response time, status and CPU second. */
async function measure(target, seconds, record) {
  const cpuBefore = target.cpuSeconds?.();
  const instance = autocannon({ ...autocannonOptions(target), duration: seconds });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    record.latencies.push(responseTimeMs);
    record.statuses.set(statusCode, (record.statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  if (target.cpuSeconds) record.cpuSeconds += target.cpuSeconds() - cpuBefore;
  record.seconds += seconds;
  record.errors += result.errors + result.timeouts;
  record.non2xx += result.non2xx;
}

function summariseRecord(record, target) {
  const cpuMsPerRequest = target.cpuSeconds
    ? Math.round((record.cpuSeconds * 1000 * 100) / record.latencies.length) / 100
    : null;
  return summarise(record.latencies, record.seconds, {
    cpuMsPerRequest,
    errors: record.errors,
    non2xx: record.non2xx,
    statuses: Object.fromEntries(record.statuses),
  });
}

/**
 * `requests` requests at the case's concurrency, nothing recorded: warms a server's code paths for a case before
 * any case is measured (api-bench.js). A count, not a duration, so a slow case does not make the run longer.
 */
export async function warmUp(target, requests) {
  const result = await autocannon({ ...autocannonOptions(target), amount: requests });
  return { errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** Runs `query(pools)` from `connections` workers at once for the duration; every call must resolve. */
export async function runSql({ pools, query, connections, warmupSeconds, durationSeconds }) {
  const loop = async (seconds, latencies) => {
    const deadline = performance.now() + seconds * 1000;
    let errors = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < deadline) {
          const started = performance.now();
          try {
            await query(pools);
            latencies?.push(performance.now() - started);
          } catch (error) {
            errors += 1;
            if (errors === 1) console.error(`  SQL error: ${error.message}`);
          }
        }
      }),
    );
    return errors;
  };
  if (warmupSeconds > 0) await loop(warmupSeconds);
  const latencies = [];
  const started = performance.now();
  const errors = await loop(durationSeconds, latencies);
  return summarise(latencies, (performance.now() - started) / 1000, { errors, non2xx: 0, statuses: {} });
}

function summarise(latencies, seconds, outcome) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (fraction) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] : NaN;
  const round = (value) => Math.round(value * 100) / 100;
  return {
    requests: sorted.length,
    requestsPerSecond: round(sorted.length / seconds),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted.at(-1) ?? NaN),
    ...outcome,
  };
}
