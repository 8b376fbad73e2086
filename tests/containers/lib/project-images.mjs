/**
 * The three images the repository's Dockerfile builds, as the suite builds them: tagged `:container-test` so a
 * developer's `:local` images are left alone, sizes measured the way a registry would store them.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { spawn } from 'node:child_process';
import { repoRoot } from '@spendwise/devkit';
import { buildImage, dockerCli, inspectImage } from './docker.mjs';
import { secondsSince } from './timing.mjs';

export const IMAGE_TAG = 'container-test';
const BUILD_TIMEOUT_MS = 900_000;
const SAVE_TIMEOUT_MS = 180_000;

/** `target: undefined` builds the Dockerfile's default target, which must be the backend. */
export const PROJECT_IMAGES = {
  backend: { repository: 'spendwise-backend', target: undefined },
  web: { repository: 'spendwise-web', target: 'web' },
  cognitoEmulator: { repository: 'spendwise-cognito-emulator', target: 'cognito-emulator' },
};

export function imageRef(name) {
  return `${PROJECT_IMAGES[name].repository}:${IMAGE_TAG}`;
}

/** The web app's public settings for a stack whose API and emulator listen on these host ports. */
export function webBuildArgs(ports) {
  return {
    NEXT_PUBLIC_API_URL: `http://localhost:${ports.api}`,
    NEXT_PUBLIC_AWS_REGION: 'us-east-1',
    NEXT_PUBLIC_COGNITO_USER_POOL_ID: 'us-east-1_LocalDev01',
    NEXT_PUBLIC_COGNITO_CLIENT_ID: 'spendwiselocalwebclient001',
    NEXT_PUBLIC_COGNITO_ENDPOINT: `http://localhost:${ports.cognito}`,
  };
}

/**
 * Builds one project image; the full BuildKit log goes to `<logDir>/build-<name>.log`.
 * @returns {Promise<{ ref: string, seconds: number, bytes: number }>}
 */
export async function buildProjectImage(name, { buildArgs = {}, logDir }) {
  const { target } = PROJECT_IMAGES[name];
  const ref = imageRef(name);
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `build-${name}.log`));
  const started = performance.now();
  try {
    await buildImage({
      context: repoRoot,
      tag: ref,
      target,
      buildArgs,
      timeoutMs: BUILD_TIMEOUT_MS,
      onOutput: (chunk) => log.write(chunk),
    });
  } finally {
    log.end();
  }
  const seconds = Number(secondsSince(started));
  const { Size: bytes } = await inspectImage(ref);
  return { ref, seconds, bytes };
}

/** Bytes of the image as gzip-compressed layers, about what a registry (ECR) stores and a host pulls. */
export async function compressedSize(ref) {
  const save = spawn(dockerCli(), ['save', ref], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: SAVE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  let stderr = '';
  save.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => save.once('close', resolve));
  let bytes = 0;
  const counter = new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  await pipeline(save.stdout, createGzip({ level: 6 }), counter);
  const code = await exited;
  if (code !== 0) throw new Error(`docker save ${ref} failed (${code}): ${stderr.trim()}`);
  return bytes;
}

export function megabytes(bytes) {
  return (bytes / 1_000_000).toFixed(1);
}
