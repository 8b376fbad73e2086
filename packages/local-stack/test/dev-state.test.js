import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { LOCAL_DB_PASSWORD } from '@spendwise/devkit/postgres';
import { runDbCommand } from '../src/db.js';
import { clearDevState, readDevState, writeDevState } from '../src/dev-state.js';

const dir = await mkdtemp(path.join(os.tmpdir(), 'dev-state-'));
const file = path.join(dir, 'dev-stack.json');
after(() => rm(dir, { recursive: true, force: true }));
const ports = { web: 3000, api: 4000, cognito: 9229, postgres: 5433 };

test('a running stack is found by its ports; the file holds no password', async () => {
  writeDevState({ ports }, file);
  assert.deepEqual(readDevState(file), { pid: process.pid, ports });
  assert.doesNotMatch(await readFile(file, 'utf8'), new RegExp(LOCAL_DB_PASSWORD));
});

test('no stack, or a stack that died without cleaning up, is refused with what to do', () => {
  clearDevState(file);
  assert.throws(
    () => readDevState(file),
    /dev stack is not running \(no .*dev-stack\.json\): start it with `npm run dev`/,
  );
  // Above Linux's largest pid_max (2^22): never a live process, as after a `kill -9` of `npm run dev`.
  writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 1, ports }));
  assert.throws(() => readDevState(file), /its process \d+ has exited/);
});

test('db commands other than migrate, status and seed are refused by name', async () => {
  await assert.rejects(
    runDbCommand('reset', [], { state: { pid: process.pid, ports } }),
    /Unknown db command "reset"/,
  );
});
