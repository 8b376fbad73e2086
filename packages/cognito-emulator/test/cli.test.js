import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { freePort, makeLocalTempDir } from '@spendwise/devkit';

const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));
let dataDir;
before(async () => {
  dataDir = await makeLocalTempDir('test-cognito-cli-');
});
after(() => rm(dataDir, { recursive: true, force: true }));

/** Runs the CLI; `output()` is everything it printed so far, `exited` its exit code. */
function runCli(args) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code);
  return { child, exited, output: () => output };
}

// Generous: starting Node on a busy 2-core CI machine can take several seconds. Only a hang reaches it.
async function waitForOutput(cli, pattern, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(cli.output())) {
    if (Date.now() > deadline) throw new Error(`CLI never printed ${pattern}; output:\n${cli.output()}`);
    if (cli.child.exitCode !== null) throw new Error(`CLI exited early; output:\n${cli.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('the CLI serves the seeded pool, says where codes appear, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const cli = runCli(['--port', String(port), '--data-dir', dataDir]);
  try {
    await waitForOutput(cli, /codes are printed here/);
    assert.match(cli.output(), new RegExp(`listening on http://127\\.0\\.0\\.1:${port}`));
    assert.match(cli.output(), /user pool us-east-1_LocalDev01 · web client spendwiselocalwebclient001/);
    const health = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) });
    assert.equal(health.status, 200);
  } finally {
    cli.child.kill('SIGTERM');
  }
  assert.equal(await cli.exited, 0);
  assert.match(cli.output(), /\[cognito\] stopped/);
});

test('the CLI exits 1 with one actionable line when its port is taken', async () => {
  const port = await freePort();
  const first = runCli(['--port', String(port), '--data-dir', dataDir]);
  try {
    await waitForOutput(first, /listening on/);
    const second = runCli(['--port', String(port), '--data-dir', dataDir]);
    assert.equal(await second.exited, 1);
    assert.equal(second.output().trim().split('\n').length, 1);
    assert.match(second.output(), /Port \d+ \(Cognito emulator\) is already in use.*COGNITO_PORT=<port>/);
  } finally {
    first.child.kill('SIGTERM');
    await first.exited;
  }
});
