#!/usr/bin/env node
/**
 * `npm run dev -w @spendwise/api`: TypeScript in watch mode plus `node --watch dist/main.js`, so every saved edit
 * recompiles and restarts the API — edits to the shared contracts (packages/contracts) too: their own compiler
 * watches them, the API's compiler re-checks against the new types, and Node restarts on the new JavaScript. The
 * environment comes from the caller (the local stack sets it; see .env.example). Stopping this process stops all
 * three children.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contractsDir = path.resolve(appDir, '../../packages/contracts');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const children = new Set();

function run(args, options = {}) {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? appDir,
    stdio: options.stdio ?? 'inherit',
  });
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

const WATCHING = /Found (\d+) errors?\. Watching for file changes/;

/** `tsc --watch` with its chatter dropped: only errors reach the terminal. Resolves after the first compile. */
function watchCompile(label, cwd) {
  const compiler = run([tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  compiler.stdout.setEncoding('utf8');
  return new Promise((compiled) => {
    compiler.stdout.on('data', (text) => {
      for (const line of text.split('\n')) {
        if (/error TS\d+/.test(line)) process.stdout.write(`[${label}] ${line}\n`);
        const done = WATCHING.exec(line);
        if (done && done[1] !== '0') process.stdout.write(`[${label}] ${done[1]} TypeScript error(s)\n`);
        if (done) compiled();
      }
    });
  });
}

// Contracts first, so the API compiles against them; the server starts only after the API's first full compile,
// so it never runs a half-written dist/.
await watchCompile('contracts', contractsDir);
await watchCompile('api', appDir);
if (!stopping) run(['--watch', '--watch-preserve-output', 'dist/main.js']);
