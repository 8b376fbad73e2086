import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadDotEnv } from '../src/dotenv.js';

const repoFile = (name) => new URL(`../../../${name}`, import.meta.url);

test('.env fills what the environment lacks, and the environment wins', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dotenv-')), '.env');
  writeFileSync(file, '# mine\nLOG_LEVEL=debug\nAPI_PORT=4100\nSEED_DEMO="true"\n');
  const env = { API_PORT: '4200' };
  assert.deepEqual(loadDotEnv(file, env), ['LOG_LEVEL', 'SEED_DEMO']);
  assert.deepEqual(env, { API_PORT: '4200', LOG_LEVEL: 'debug', SEED_DEMO: 'true' });
});

test('no .env, nothing changes', () => {
  const env = {};
  assert.deepEqual(loadDotEnv(path.join(tmpdir(), 'no-such-dir', '.env'), env), []);
  assert.deepEqual(env, {});
});

test('every variable .env.example names reaches `npm run dev` through Turborepo’s strict env mode', () => {
  const turbo = JSON.parse(readFileSync(repoFile('turbo.json'), 'utf8'));
  const allowed = [
    ...turbo.globalEnv,
    ...turbo.globalPassThroughEnv,
    ...(turbo.tasks.dev.env ?? []),
    ...turbo.tasks.dev.passThroughEnv,
  ].map((pattern) => new RegExp(`^${pattern.replaceAll('*', '.*')}$`));
  // Set or commented out (`# NAME=value`), every NAME the example documents.
  const documented = [
    ...readFileSync(repoFile('.env.example'), 'utf8').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm),
  ].map((match) => match[1]);
  assert.ok(documented.length >= 8, `found ${documented.join(', ')}`);
  const stripped = documented.filter((name) => !allowed.some((pattern) => pattern.test(name)));
  assert.deepEqual(stripped, [], 'variables Turborepo would strip before the stack sees them');
});
