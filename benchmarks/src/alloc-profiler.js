/**
 * Benchmark-only preload for allocation profiles, never shipped:
 * `BENCH_NODE_FLAGS="--no-concurrent-recompilation --import=<this file>" node src/cli.js …` (the API and the bare
 * reference alike). Runs V8's sampling heap profiler with the objects collected by minor and major GCs kept, so the
 * profile shows everything allocated — the garbage the collector works through — where `--heap-prof` keeps only what
 * is still alive at exit. On exit (the benchmark stops both servers cleanly) it writes
 * `<tmpdir>/spendwise-alloc-<pid>.heapprofile`, which Chrome DevTools' Memory tab opens.
 */
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';

const session = new inspector.Session();
session.connect();
session.post('HeapProfiler.startSampling', {
  samplingInterval: 16 * 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
process.on('exit', () => {
  // An in-process session answers synchronously, so the profile is written before the process ends.
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (error) return;
    const file = path.join(os.tmpdir(), `spendwise-alloc-${process.pid}.heapprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
  });
});
