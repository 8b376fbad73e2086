#!/usr/bin/env node
/**
 * Prints each route's first-load JavaScript (what a browser downloads before the page is interactive), gzipped,
 * from the production build's own record (.next/diagnostics/route-bundle-stats.json). Exits non-zero when a
 * route exceeds the budget (250 KB gzip, every route: issue 21), so CI holds the line (the benchmark harness in
 * `npm test` runs this).
 *
 * Usage: npm run build -w @spendwise/web && npm run bundle:report -w @spendwise/web [-- --json]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const statsFile = path.join(appDir, '.next/diagnostics/route-bundle-stats.json');
const BUDGET_KB = 250;

const gzipCache = new Map();
async function gzippedBytes(chunkPath) {
  if (!gzipCache.has(chunkPath)) {
    const source = await readFile(path.join(appDir, chunkPath));
    gzipCache.set(chunkPath, { raw: source.length, gzip: gzipSync(source, { level: 9 }).length });
  }
  return gzipCache.get(chunkPath);
}

async function main() {
  let stats;
  try {
    stats = JSON.parse(await readFile(statsFile, 'utf8'));
  } catch {
    console.error(
      `No build statistics at ${path.relative(process.cwd(), statsFile)}: run \`next build\` first.`,
    );
    process.exit(2);
  }

  const rows = [];
  for (const { route, firstLoadChunkPaths } of stats) {
    const sizes = await Promise.all(firstLoadChunkPaths.map(gzippedBytes));
    const gzipKb = sizes.reduce((sum, size) => sum + size.gzip, 0) / 1024;
    const rawKb = sizes.reduce((sum, size) => sum + size.raw, 0) / 1024;
    rows.push({ route, gzipKb, rawKb, budgetKb: BUDGET_KB, overBudget: gzipKb > BUDGET_KB });
  }
  rows.sort((a, b) => a.route.localeCompare(b.route));

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log(
      `First-load JavaScript per route (gzip level 9; uncompressed in brackets; budget ${BUDGET_KB} KB)\n`,
    );
    const width = Math.max(...rows.map((row) => row.route.length));
    for (const row of rows) {
      const budget = row.overBudget ? `  OVER the budget of ${row.budgetKb} KB` : '';
      console.log(
        `${row.route.padEnd(width)}  ${row.gzipKb.toFixed(1).padStart(7)} KB  (${row.rawKb.toFixed(0).padStart(5)} KB)${budget}`,
      );
    }
  }
  if (rows.some((row) => row.overBudget)) process.exit(1);
}

await main();
