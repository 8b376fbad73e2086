/**
 * docker-compose.yml as written: valid for docker-compose 1.29 (what these machines have; Compose v2 accepts a
 * superset), ports published on 127.0.0.1 only, and built exactly like the images this suite tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compose, composeEnv } from '../lib/compose.mjs';
import { imageRef, webBuildArgs } from '../lib/project-images.mjs';
import { readRunPlan } from '../lib/run-plan.mjs';

const plan = readRunPlan();
const env = composeEnv(plan, { postgresPassword: 'not-used-by-config' });

test('docker-compose 1.29 validates the file', async () => {
  await compose(['config', '--quiet'], { env });
});

test('the resolved file names the images this suite builds, with the same web build arguments', async () => {
  const { stdout } = await compose(['config'], { env });
  for (const name of ['backend', 'web', 'cognitoEmulator']) {
    assert.match(stdout, new RegExp(`^\\s+image: ${imageRef(name)}$`, 'm'));
  }
  for (const [key, value] of Object.entries(webBuildArgs(plan.ports))) {
    assert.match(stdout, new RegExp(`^\\s+${key}: ['"]?${value}['"]?$`, 'm'), `build arg ${key}`);
  }
});

test('every published port listens on 127.0.0.1 only', async () => {
  const { stdout } = await compose(['config'], { env });
  const published = [...stdout.matchAll(/^\s+- (\S+:\d+:\d+(?:\/\w+)?)$/gm)].map(([, port]) => port);
  assert.deepEqual(
    published.sort(),
    [
      `127.0.0.1:${plan.ports.api}:4000/tcp`,
      `127.0.0.1:${plan.ports.cognito}:${plan.ports.cognito}/tcp`,
      `127.0.0.1:${plan.ports.web}:${plan.ports.web}/tcp`,
    ].sort(),
  );
});
