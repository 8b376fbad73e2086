/**
 * Preloaded into the benchmark's API process only (`node --import`, import-bench.js), never shipped: samples
 * `process.memoryUsage()` every 20 ms and keeps the peaks of the V8 heap in use (`heapUsed`) and of the memory of
 * ArrayBuffers and Buffers (`arrayBuffers`: outside the V8 heap, where a received body would be) in
 * BENCH_HEAP_SAMPLE_FILE (JSON, in MB, rewritten when either grows by 0.25 MB), since the kernel's VmHWM gives the
 * peak RSS but nothing gives these. A sample is a lower bound of the true peak (memory can rise and be collected
 * between two samples).
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_HEAP_SAMPLE_FILE;
if (file) {
  const peak = { heapUsed: 0, arrayBuffers: 0 };
  const written = { heapUsed: 0, arrayBuffers: 0 };
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    let grown = false;
    for (const key of Object.keys(peak)) {
      peak[key] = Math.max(peak[key], usage[key]);
      grown ||= peak[key] - written[key] >= 256 * 1024;
    }
    if (!grown) return;
    Object.assign(written, peak);
    const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 100) / 100;
    writeFileSync(
      file,
      JSON.stringify({ heapUsedMb: mb(peak.heapUsed), arrayBuffersMb: mb(peak.arrayBuffers) }),
    );
  }, 20);
  timer.unref();
}
