/**
 * The third-party images the project's container files name: `FROM` lines of the Dockerfile (minus its own
 * stages) and `image:` entries of the compose file (minus the images the Dockerfile builds, all `spendwise-*`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@spendwise/devkit';

export function dockerfileBaseImages(dockerfile = path.join(repoRoot, 'Dockerfile')) {
  const stages = new Set();
  const images = new Set();
  for (const [, image, stage] of readFileSync(dockerfile, 'utf8').matchAll(
    /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim,
  )) {
    if (!stages.has(image)) images.add(image);
    if (stage) stages.add(stage);
  }
  return [...images];
}

export function composeBaseImages(composeFile = path.join(repoRoot, 'docker-compose.yml')) {
  const images = [...readFileSync(composeFile, 'utf8').matchAll(/^\s*image:\s*["']?([^"'\s#]+)/gm)].map(
    ([, image]) => image,
  );
  return [...new Set(images.filter((image) => !image.startsWith('spendwise-')))];
}

export function allBaseImages() {
  return [...new Set([...dockerfileBaseImages(), ...composeBaseImages()])];
}
