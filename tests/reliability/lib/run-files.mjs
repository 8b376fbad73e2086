/**
 * Where one run keeps its state: the stack the global setup started (read by every test file, which runs in its
 * own process), the API logs (grepped for secrets at the end) and the figures each suite measured.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// Inside the repo's git-ignored .local/ so CI can upload it as an artifact; one run at a time (concurrency 1).
export const runDir = process.env.RELIABILITY_RUN_DIR ?? path.join(repoRoot, '.local/reliability');
export const logDir = path.join(runDir, 'logs');
const stackFile = path.join(runDir, 'stack.json');
const figuresFile = path.join(runDir, 'figures.jsonl');

/** Empties the run folder's state files (not the folder: a previous run's Postgres data is removed separately). */
export function resetRunFiles() {
  mkdirSync(logDir, { recursive: true });
  writeFileSync(figuresFile, '');
}

/** @param {{ databaseUrl: string, cognitoEndpoint: string, apiUrl: string, apiLog: string }} stack */
export function writeStack(stack) {
  writeFileSync(stackFile, JSON.stringify(stack, null, 2));
}

/** @returns {{ databaseUrl: string, cognitoEndpoint: string, apiUrl: string, apiLog: string }} */
export function readStack() {
  if (!existsSync(stackFile))
    throw new Error(`${stackFile} is missing: run the suites with npm run test:e2e`);
  return JSON.parse(readFileSync(stackFile, 'utf8'));
}

/** Records what a suite measured; the global teardown prints the totals. */
export function recordFigures(suite, figures) {
  appendFileSync(figuresFile, `${JSON.stringify({ suite, ...figures })}\n`);
  console.log(`[figures] ${suite}: ${JSON.stringify(figures)}`);
}

export function readFigures() {
  if (!existsSync(figuresFile)) return [];
  return readFileSync(figuresFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}
