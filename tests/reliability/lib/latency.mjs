/** Latency samples per operation, summarised as percentiles (ms). */
export function createLatencyLog() {
  const samples = new Map();
  return {
    add(operation, ms) {
      if (!samples.has(operation)) samples.set(operation, []);
      samples.get(operation).push(ms);
    },
    summary() {
      const result = {};
      for (const [operation, values] of samples) {
        const sorted = [...values].sort((a, b) => a - b);
        const at = (p) =>
          Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
        result[operation] = {
          n: sorted.length,
          p50: at(50),
          p95: at(95),
          p99: at(99),
          max: Math.round(sorted.at(-1)),
        };
      }
      return result;
    },
  };
}
