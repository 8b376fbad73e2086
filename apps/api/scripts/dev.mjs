#!/usr/bin/env node
/**
 * `npm run dev -w @spendwise/api`: TypeScript in watch mode plus `node --watch dist/main.js`, so every saved edit
 * recompiles and restarts the API. The environment comes from the caller (the local stack sets it; see
 * .env.example). Stopping this process stops both children.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const children = new Set();

function run(args, options = {}) {
  const child = spawn(process.execPath, args, { cwd: appDir, stdio: options.stdio ?? 'inherit' });
  children.add(child);
  child.on('exit', (code) => {
    children.delete(child);
    if (!stopping) stop(code ?? 1);
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Start the server only after the first full compile, so it never runs a half-written dist/.
const compiler = run([tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let server;
compiler.stdout.setEncoding('utf8');
compiler.stdout.on('data', (text) => {
  process.stdout.write(text);
  if (!server && /Found \d+ errors?\. Watching for file changes/.test(text)) {
    server = run(['--watch', '--watch-preserve-output', 'dist/main.js']);
  }
});
