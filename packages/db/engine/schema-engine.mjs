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
import { describeTlsError } from '../tls/tls-errors.mjs';
import { createEngineAdapterFactory, originalAdapterError } from './pg-adapter.mjs';
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
  const datasource = values.datasource ? JSON.parse(values.datasource) : {};
  if (values.version) {
    assertPinnedVersions();
    process.stdout.write(`schema-engine-cli ${PINNED.engineHash}\n`);
    return 0;
  }
  if (positionals[0] === 'cli') {
    assertPinnedVersions();
    return runCliCommand(positionals[1], datasource);
  }
  // As a server, a start-up failure becomes the answer to every request: the CLI takes an engine that exits
  // before answering for a command that succeeded with no output.
  const adapterFactory = createEngineAdapterFactory(datasource.url);
  await serveJsonRpc(startEngine(values.datamodels ?? [], adapterFactory), (error) => {
    const original = originalAdapterError(adapterFactory, error);
    return describeTlsError(original, datasource.url) ?? original;
  });
  return 0;
}

async function startEngine(schemaFiles, adapterFactory) {
  assertPinnedVersions();
  const { SchemaEngine } = await loadWasmEngine();
  const datamodels = await Promise.all(schemaFiles.map(async (file) => [file, await readFile(file, 'utf8')]));
  return SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    // The engine's log lines are already in the native engine's JSON shape.
    (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
    adapterFactory,
  );
}
