/**
 * Loads Prisma's schema engine compiled to WebAssembly (`@prisma/schema-engine-wasm`). Its own entry point imports
 * the .wasm file as an ES module, which Node only does behind an experimental flag, so we instantiate it by hand
 * with the package's generated JS glue.
 */
import { readFile } from 'node:fs/promises';

const gluePath = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');

/** The message of the engine's last panic: wasm-bindgen's panic hook stores it in this global registry. */
let lastPanicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
  },
};

/** Why the engine panicked, if `error` is a panic (a trap in the wasm code). */
export function panicMessage(error) {
  return error instanceof WebAssembly.RuntimeError ? (lastPanicMessage ?? error.message) : undefined;
}

/** @returns {Promise<typeof import('@prisma/schema-engine-wasm')>} the engine module (SchemaEngine, version). */
export async function loadWasmEngine() {
  const glue = await import(gluePath);
  const bytes = await readFile(new URL('schema_engine_bg.wasm', gluePath));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
