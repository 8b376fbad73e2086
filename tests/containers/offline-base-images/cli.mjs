#!/usr/bin/env node
/**
 * `npm run base-images -w @spendwise/container-tests`: makes the base images the Dockerfile and the compose file
 * name available on this engine (pulled when possible, otherwise the offline stand-ins), so `docker build`
 * and `docker-compose up` work on a machine without Docker Hub.
 */
import { localDataDir } from '@spendwise/devkit';
import { allBaseImages } from '../lib/base-image-names.mjs';
import { ensureBaseImages } from './index.mjs';

await ensureBaseImages(allBaseImages(), {
  cacheDir: localDataDir('containers'),
  log: (line) => console.log(`[base-images] ${line}`),
});
