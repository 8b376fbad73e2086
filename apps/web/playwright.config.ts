import { defineConfig, devices } from '@playwright/test';
import { networkInterfaces } from 'node:os';

/**
 * Browser end-to-end tests in real Chromium against the real local stack (web production build, API,
 * embedded PostgreSQL, Cognito emulator), which e2e/fixtures.ts starts once per worker. One worker: the stack
 * uses the fixed local ports the web build was made for, and this machine has two cores.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// This machine's own addresses (the dev server is opened at its network address in e2e/dev-server.spec.ts).
const ownAddresses = Object.values(networkInterfaces())
  .flat()
  .flatMap((entry) => (entry?.family === 'IPv4' ? [entry.address] : []));

export default defineConfig({
  testDir: './e2e',
  // The local stack's packages are native ES modules: let Node load them instead of Playwright's transpiler.
  build: {
    external: ['**/packages/devkit/**', '**/packages/local-stack/**', '**/packages/cognito-emulator/**'],
  },
  outputDir: './e2e/artifacts/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: './e2e/artifacts/report', open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: 'http://localhost:3000',
    locale: 'en-US',
    timezoneId: 'UTC',
    // Requests that pass through a service worker escape page.route(), which many journeys use to cut or slow the
    // API. The worker's own journey (e2e/offline.spec.ts, the cold start) allows it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Nothing outside this machine is needed; stop Chromium's own look-ups (updates, safe browsing). The
        // machine's network addresses stay reachable: the dev server is opened there (e2e/dev-server.spec.ts).
        `--host-resolver-rules=MAP * ~NOTFOUND , ${['localhost', ...ownAddresses]
          .map((host) => `EXCLUDE ${host}`)
          .join(' , ')}`,
      ],
    },
  },
});
