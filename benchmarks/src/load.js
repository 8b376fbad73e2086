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
export async function runHttp({
  url,
  cpuSeconds,
  method = 'GET',
  headers,
  body,
  connections,
  warmupSeconds,
  durationSeconds,
}) {
  const options = { url, method, headers, body, connections, pipelining: 1 };
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const latencies = [];
  const statuses = new Map();
  const cpuBefore = cpuSeconds?.();
  const instance = autocannon({ ...options, duration: durationSeconds });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  const cpuMsPerRequest = cpuSeconds
    ? Math.round(((cpuSeconds() - cpuBefore) * 1000 * 100) / latencies.length) / 100
    : null;
  return summarise(latencies, durationSeconds, {
    cpuMsPerRequest,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(statuses),
  });
}

/**
 * `requests` requests at the case's concurrency, nothing recorded: warms a server's code paths for a case before
 * any case is measured (api-bench.js). A count, not a duration, so a slow case does not make the run longer.
 */
export async function warmUp({ url, method = 'GET', headers, body, connections }, requests) {
  const result = await autocannon({
    url,
    method,
    headers,
    body,
    connections,
    pipelining: 1,
    amount: requests,
  });
  return { errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** Runs `query(pool)` from `connections` workers at once for the duration; every call must resolve. */
export async function runSql({ pool, query, connections, warmupSeconds, durationSeconds }) {
  const loop = async (seconds, latencies) => {
    const deadline = performance.now() + seconds * 1000;
    let errors = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < deadline) {
          const started = performance.now();
          try {
            await query(pool);
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
