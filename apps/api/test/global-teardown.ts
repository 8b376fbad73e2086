import { rm } from 'node:fs/promises';

/** Stops what global-setup started, whether the suites passed or not, and deletes its data. */
export async function globalTeardown(): Promise<void> {
  const started = globalThis.__SPENDWISE_E2E__;
  if (!started) return;
  globalThis.__SPENDWISE_E2E__ = undefined;
  try {
    await started.api.stop();
  } finally {
    await started.stack.stop();
    await rm(started.dataDir, { recursive: true, force: true });
    await rm(started.snapshotDir, { recursive: true, force: true });
  }
}
