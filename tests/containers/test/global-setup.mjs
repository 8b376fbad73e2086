/**
 * Once per run, before the test files: a Docker engine (started here only if none runs), the base images the
 * Dockerfile and compose file name (pulled, or offline stand-ins), then the three project images, timed. A
 * failed image build is recorded, not thrown, so the tests that need that image fail with its reason and the
 * others still run. The engine started here is stopped in the teardown, whatever happened in between.
 */
import { freePort } from '@spendwise/devkit';
import { allBaseImages } from '../lib/base-image-names.mjs';
import { ensureDockerDaemon } from '../lib/docker-daemon.mjs';
import { ensureHostPackages } from '../lib/host-tools.mjs';
import { buildProjectImage, megabytes, PROJECT_IMAGES, webBuildArgs } from '../lib/project-images.mjs';
import { logDir, workDir, writeRunPlan } from '../lib/run-plan.mjs';
import { ensureBaseImages } from '../offline-base-images/index.mjs';

const log = (line) => console.log(`[containers] ${line}`);
let daemon;

export async function globalSetup() {
  await ensureHostPackages({ log });
  daemon = await ensureDockerDaemon({ logDir, log });
  try {
    await ensureBaseImages(allBaseImages(), { cacheDir: workDir, log });

    const runId = `${process.pid}`;
    const ports = { web: await freePort(), api: await freePort(), cognito: await freePort() };
    const builds = {};
    const buildFailures = {};
    for (const name of Object.keys(PROJECT_IMAGES)) {
      const buildArgs = name === 'web' ? webBuildArgs(ports) : {};
      try {
        builds[name] = await buildProjectImage(name, { buildArgs, logDir });
        const { ref, seconds, bytes } = builds[name];
        log(`built ${ref} in ${seconds}s: ${megabytes(bytes)} MB (log: ${logDir}/build-${name}.log)`);
      } catch (error) {
        buildFailures[name] = error.message;
        log(`the ${name} image did not build (log: ${logDir}/build-${name}.log)`);
      }
    }
    writeRunPlan({ runId, ports, composeProject: `spendwise-ct-${runId}`, builds, buildFailures });
  } catch (error) {
    await daemon.stop();
    throw error;
  }
}

export async function globalTeardown() {
  await daemon?.stop();
}
