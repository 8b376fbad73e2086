// `npm run db:studio`: Prisma Studio on the running dev database, served from this machine (no network needed),
// with the database's password kept out of its output.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from '@spendwise/devkit';
import { LOCAL_DB_PASSWORD, startPostgres } from '@spendwise/devkit/postgres';
import { writeDevState } from '../src/dev-state.js';

const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
let dataDir;
let postgres;

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'db-studio-'));
  postgres = await startPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port: await freePort(),
    persistent: false,
  });
  await postgres.createDatabase('spendwise');
});
after(async () => {
  await postgres?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

test('db studio serves Prisma Studio for the running dev database, UI included, and prints no password', async () => {
  // As a running `npm run dev` would leave it: this test's pid (alive) and the database's port.
  const env = { ...process.env, SPENDWISE_DATA_DIR: dataDir };
  writeDevState({ ports: { postgres: postgres.port } }, path.join(dataDir, 'dev-stack.json'));
  const port = await freePort();
  const studio = spawn(process.execPath, [cli, 'db', 'studio', '--port', String(port), '--browser', 'none'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the test stops Prisma too (Ctrl-C does that for a person).
    detached: true,
  });
  let output = '';
  studio.stdout.on('data', (chunk) => (output += chunk));
  studio.stderr.on('data', (chunk) => (output += chunk));
  try {
    await waitFor(
      `Prisma Studio on ${port}\n${output}`,
      async () => {
        const page = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
        return page.ok;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const script = await fetch(`http://127.0.0.1:${port}/studio.js`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(script.status, 200, 'the UI comes from this machine, not a CDN');
    assert.doesNotMatch(output, new RegExp(LOCAL_DB_PASSWORD));
  } finally {
    process.kill(-studio.pid, 'SIGTERM');
  }
});
