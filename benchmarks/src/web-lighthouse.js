/**
 * Lighthouse (desktop preset) on the signed-in dashboard. Starts the local stack with the web app's production
 * build (`next start`), the API, embedded PostgreSQL and the Cognito emulator; seeds the demo account (a year of
 * expenses); signs in through the real sign-in page in Debian's Chromium (Amplify SRP against the emulator); then
 * audits /dashboard in that same browser with its storage kept, as a returning signed-in user loads it. Everything
 * it starts is stopped, also on failure. Needs `npm run build -w @spendwise/web` first and the default local ports.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { DEFAULT_PORTS, makeLocalTempDir, repoRoot, startStack } from '@spendwise/local-stack';
import { DEMO_USER, seedDemo } from '@spendwise/local-stack/seed-demo';
import { launchChromium, signIn, VIEWPORT } from './browser.js';

const TARGETS = { performance: 90, accessibility: 95 };
/**
 * `runs` audits of /dashboard; the result is the median by performance score, with every run kept. `screenshot`
 * (a file name under benchmarks/results) records what the page looked like, so a reader can see the audit was of a
 * full, signed-in dashboard.
 */
export async function benchLighthouse(
  log,
  { runs: runCount = 3, screenshot = 'lighthouse-dashboard.png' } = {},
) {
  if (!existsSync(path.join(repoRoot, 'apps/web/.next/BUILD_ID')))
    throw new Error('no production build of the web app: run `npm run build -w @spendwise/web` first');
  const dataDir = await makeLocalTempDir('bench-lighthouse-');
  let stack;
  let browser;
  try {
    log('Lighthouse: starting the local stack (web production build)…');
    stack = await startStack({
      ports: DEFAULT_PORTS,
      dataDir,
      persistent: false,
      api: 'start',
      web: 'start',
      log: () => {},
    });
    await seedDemo(stack);

    browser = await launchChromium();
    const page = await browser.newPage();
    await signIn(page, stack.urls.web, DEMO_USER);

    const runs = [];
    for (let run = 1; run <= runCount; run++) {
      log(`Lighthouse: /dashboard, run ${run} of ${runCount}…`);
      const result = await lighthouse(
        `${stack.urls.web}/dashboard`,
        {
          logLevel: 'error',
          output: 'json',
          onlyCategories: Object.keys(TARGETS),
          disableStorageReset: true,
        },
        desktopConfig,
        page,
      );
      const { lhr } = result;
      if (lhr.runtimeError)
        throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      if (new URL(lhr.finalDisplayedUrl).pathname !== '/dashboard')
        throw new Error(`Lighthouse audited ${lhr.finalDisplayedUrl}, not the signed-in dashboard`);
      runs.push(summarise(lhr));
    }
    await page.setViewport(VIEWPORT);
    await page.screenshot({ path: path.join(repoRoot, 'benchmarks/results', screenshot) });
    return aggregate(runs);
  } finally {
    await browser?.close().catch(() => {});
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function summarise(lhr) {
  const score = (category) => Math.round(lhr.categories[category].score * 100);
  const ms = (audit) => Math.round(lhr.audits[audit]?.numericValue ?? NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    firstContentfulPaintMs: ms('first-contentful-paint'),
    largestContentfulPaintMs: ms('largest-contentful-paint'),
    totalBlockingTimeMs: ms('total-blocking-time'),
    cumulativeLayoutShift:
      Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
    speedIndexMs: ms('speed-index'),
    failedAccessibilityAudits: Object.values(lhr.audits)
      .filter(
        (audit) =>
          audit.score === 0 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === audit.id),
      )
      .map((audit) => audit.id),
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
  };
}

/** The median run by performance score (Lighthouse's own advice for noisy machines), plus every run. */
function aggregate(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor(sorted.length / 2)];
  return {
    url: '/dashboard (signed in, demo account with 12 months of expenses)',
    preset: 'desktop',
    runs,
    median,
    targets: TARGETS,
  };
}

export function printLighthouse(result, print = console.log) {
  const { median, runs, targets } = result;
  print(
    `\nLighthouse ${median.lighthouseVersion}, ${result.preset}, ${result.url} — median of ${runs.length} runs`,
  );
  print(
    `  performance   ${median.performance} (target ≥ ${targets.performance}; runs: ${runs.map((run) => run.performance).join(', ')})`,
  );
  print(
    `  accessibility ${median.accessibility} (target ≥ ${targets.accessibility}; runs: ${runs.map((run) => run.accessibility).join(', ')})`,
  );
  print(
    `  FCP ${median.firstContentfulPaintMs} ms · LCP ${median.largestContentfulPaintMs} ms · TBT ${median.totalBlockingTimeMs} ms · CLS ${median.cumulativeLayoutShift} · SI ${median.speedIndexMs} ms`,
  );
  if (median.failedAccessibilityAudits.length)
    print(`  failed accessibility audits: ${median.failedAccessibilityAudits.join(', ')}`);
}
