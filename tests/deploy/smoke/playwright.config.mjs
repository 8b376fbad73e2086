// The deploy smoke check's browser run (scripts/deploy/smoke.sh starts it). It targets whatever environment
// SMOKE_WEB_URL / SMOKE_API_URL name, so it never starts a server of its own.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium where Playwright's own browser cannot be downloaded; Playwright's Chromium elsewhere (CI).
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// SMOKE_RESOLVE (smoke.sh --help): host names mapped to addresses, as curl --resolve does for the health check.
const resolverRules = (process.env.SMOKE_RESOLVE ?? '')
  .split(',')
  .filter(Boolean)
  .map((entry) => {
    const [host, , ...address] = entry.split(':');
    return `MAP ${host} ${address.join(':')}`;
  });

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.mjs',
  outputDir: path.join(here, 'artifacts'),
  // A deployed environment answers slower than a local one (cold Lambda-backed SSR, first API call).
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        ...(chromiumPath
          ? ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync']
          : []),
        ...(resolverRules.length ? [`--host-resolver-rules=${resolverRules.join(', ')}`] : []),
      ],
    },
  },
});
