/**
 * The shim drives Prisma's own WebAssembly schema engine on behalf of the Prisma CLI. The CLI and the engine speak
 * a private JSON-RPC protocol that changes between releases, so the shim trusts only the exact versions it was
 * tested with. Upgrading Prisma: bump these three constants together, then run `npm test -w @spendwise/db`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const PINNED = {
  prisma: '7.10.0',
  /** The prisma-engines build the CLI expects (`@prisma/engines-version`)… */
  engineHash: '0edf323efd1d98336f3f0a68684b56f689b900d3',
  /** …and the WebAssembly build of that same engine. */
  wasmEngine: '7.10.0-4.0edf323efd1d98336f3f0a68684b56f689b900d3',
};

/** Versions installed next to the shim, each resolved the way the CLI that runs it resolves them. */
export function installedVersions() {
  const fromShim = createRequire(import.meta.url);
  const fromPrisma = createRequire(fromShim.resolve('prisma/package.json'));
  const fromEngines = createRequire(fromPrisma.resolve('@prisma/engines/package.json'));
  return {
    prisma: fromShim('prisma/package.json').version,
    engineHash: fromEngines('@prisma/engines-version/package.json').prisma.enginesVersion,
    // The wasm package exports no ./package.json; its manifest sits next to its entry point.
    wasmEngine: readJson(
      path.join(path.dirname(fromShim.resolve('@prisma/schema-engine-wasm')), 'package.json'),
    ).version,
  };
}

/** Throws one actionable line naming every installed version that differs from the pin. */
export function assertPinnedVersions(installed = installedVersions()) {
  const mismatches = Object.keys(PINNED)
    .filter((key) => installed[key] !== PINNED[key])
    .map((key) => `${key} is ${installed[key]} (pinned ${PINNED[key]})`);
  if (mismatches.length > 0) {
    throw new Error(
      `The offline schema engine (packages/db/engine) is pinned to Prisma ${PINNED.prisma}, but ${mismatches.join(', ')}: ` +
        'install the pinned versions, or update engine/version-pin.mjs and run `npm test -w @spendwise/db`.',
    );
  }
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
