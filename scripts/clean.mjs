// `npm run clean`: deletes what builds and tests write (dist, .next, coverage, .tsbuildinfo, Turborepo's logs and
// cache) in every workspace and the root, so the next build starts from nothing. Keeps node_modules (`npm ci`
// replaces it), .local (the dev database: README, "Reset local data") and .env.
import { globSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { workspaces } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const OUTPUTS = ['dist', '.next', 'coverage', '.turbo', '*.tsbuildinfo'];

const removed = ['.', ...globSync(workspaces, { cwd: root })].flatMap((dir) =>
  globSync(
    OUTPUTS.map((output) => path.join(dir, output)),
    { cwd: root },
  ),
);
for (const target of removed) rmSync(path.join(root, target), { recursive: true, force: true });
console.log(removed.length ? `removed ${removed.sort().join(', ')}` : 'nothing to clean');
