#!/usr/bin/env node
/**
 * A stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI downloads on first use from a host
 * this project cannot reach. The CLI runs this file instead through its official `PRISMA_SCHEMA_ENGINE_BINARY`
 * hook (prisma.config.ts sets it). Same command line, same JSON-RPC, same engine: Prisma's WebAssembly build of
 * it, talking to PostgreSQL through @prisma/adapter-pg. Why and how to delete it: README.md next to this file.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCliCommand } from './cli-commands.mjs';
import { logLine } from './engine-log.mjs';
import { createEngineAdapterFactory } from './pg-adapter.mjs';
import { serveJsonRpc } from './rpc-server.mjs';
import { assertPinnedVersions, PINNED } from './version-pin.mjs';
import { loadWasmEngine, panicMessage } from './wasm-engine.mjs';

// A panic inside the wasm engine can surface outside any request (in a callback the engine scheduled). The native
// engine logs the panic and exits 101, which the CLI reports as an engine crash; do the same.
process.on('uncaughtException', (error) => {
  logLine('ERROR', panicMessage(error) ?? error.stack ?? String(error), { is_panic: true });
  process.exit(101);
});

// The CLI ignores the first stderr line of a `cli …` command (the native engine's start-up log); make it this one.
logLine('INFO', "Starting the offline schema engine (Prisma's wasm engine, packages/db/engine)");

try {
  assertPinnedVersions();
  // Exit explicitly: the engine's connection pool would keep the process alive after the CLI hangs up.
  process.exit(await main(process.argv.slice(2)));
} catch (error) {
  logLine('ERROR', error.message, { is_panic: false });
  process.exit(1);
}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      version: { type: 'boolean', short: 'V' },
      datamodels: { type: 'string', short: 'd', multiple: true },
      datasource: { type: 'string' },
      // Accepted, not forwarded: the wasm engine reads preview features and extensions from the schema files.
      'enabled-preview-features': { type: 'string' },
      'extension-types': { type: 'string' },
    },
  });
  if (values.version) {
    process.stdout.write(`schema-engine-cli ${PINNED.engineHash}\n`);
    return 0;
  }
  const datasource = values.datasource ? JSON.parse(values.datasource) : {};
  if (positionals[0] === 'cli') return runCliCommand(positionals[1], datasource);

  if (!datasource.url) throw new Error('No database URL: set DATABASE_URL (prisma.config.ts reads it).');
  const { SchemaEngine } = await loadWasmEngine();
  const datamodels = await Promise.all(
    (values.datamodels ?? []).map(async (file) => [file, await readFile(file, 'utf8')]),
  );
  const engine = await SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    // The engine's log lines are already in the native engine's JSON shape.
    (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
    createEngineAdapterFactory(datasource.url),
  );
  await serveJsonRpc(engine);
  return 0;
}
