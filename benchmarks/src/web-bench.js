/**
 * The web part: first-load JavaScript per route, read from the production build by the web app's own reporter
 * (apps/web/scripts/report-bundle-size.mjs), so there is one definition of "first-load JS".
 * Needs `npm run build -w @spendwise/web` first.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@spendwise/devkit';

export async function benchWeb(log) {
  log('Web: first-load JS per route from the production build…');
  const script = path.join(repoRoot, 'apps/web/scripts/report-bundle-size.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, '--json'], {
    cwd: path.join(repoRoot, 'apps/web'),
    timeout: 60_000,
  }).catch((error) => {
    // Exit 1 only means a route is over its budget; the JSON is still printed. Exit 2: no build.
    if (error.code === 1 && error.stdout) return error;
    throw new Error(
      `bundle report failed (run \`npm run build -w @spendwise/web\` first): ${error.stderr || error.message}`,
    );
  });
  const rows = JSON.parse(stdout);
  const routes = rows.map((row) => ({
    route: row.route,
    gzipKb: Math.round(row.gzipKb * 10) / 10,
    rawKb: Math.round(row.rawKb),
  }));
  const dashboard = routes.find((row) => row.route === '/dashboard');
  const problems = rows
    .filter((row) => row.overBudget)
    .map(
      (row) =>
        `${row.route}: first-load JS ${row.gzipKb.toFixed(1)} KB gzip, over the ${row.budgetKb} KB budget`,
    );
  if (!dashboard) problems.push('the production build has no /dashboard route');
  return {
    routes,
    budgetKb: rows[0]?.budgetKb ?? null,
    dashboardGzipKb: dashboard?.gzipKb ?? null,
    problems,
  };
}

export function printWebTable(web, print = console.log) {
  print('\nFirst-load JS per route (gzip level 9; uncompressed in brackets)');
  const width = Math.max(...web.routes.map((row) => row.route.length));
  for (const row of web.routes) {
    print(
      `${row.route.padEnd(width)}  ${row.gzipKb.toFixed(1).padStart(7)} KB  (${String(row.rawKb).padStart(5)} KB)`,
    );
  }
}
