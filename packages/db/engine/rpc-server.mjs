/**
 * The engine's JSON-RPC 2.0 server over stdio, as the Prisma CLI drives it (one request per line on stdin, one
 * response per line on stdout), answered by the wasm engine.
 */
import { createInterface } from 'node:readline';
import { logLine } from './engine-log.mjs';
import { panicMessage } from './wasm-engine.mjs';

/** RPC methods whose wasm method has another name; every other method keeps its name. */
const WASM_METHOD_FOR = { getDatabaseVersion: 'version' };

/**
 * Calls made before forwarding a method, for quirks of the wasm engine. evaluateDataLoss (`migrate dev`) fails with
 * "PostgreSQL shadow DB must be provided through an external factory" unless a shadow-database call already ran in
 * this engine; a drift check is one, reads only, and `migrate dev` has applied pending migrations by then.
 */
const PREPARE = {
  evaluateDataLoss: (engine, { migrationsList, filters }) =>
    engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true }),
};

/** Native-engine error codes the CLI recognises. */
const RPC_ERROR = { methodNotFound: -32601, engine: 4466 };

/**
 * Serves requests until stdin closes, the CLI's way of stopping the engine.
 * @param {Promise<object>} starting the wasm SchemaEngine; if it fails to start, each request gets that error
 * @param {(error: Error) => Error | undefined} originalError the error an engine error stands for, if another
 */
export async function serveJsonRpc(starting, originalError) {
  starting.catch(() => {}); // Reported per request below, not as an unhandled rejection.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let queue = Promise.resolve();
  for await (const line of lines) {
    if (!line.trim()) continue;
    const message = JSON.parse(line);
    // Replies to our own `print` requests carry no method; nothing waits for them.
    if (!message.method) continue;
    // One request at a time, in order, like the native engine.
    queue = queue.then(() => answer(starting, originalError, message));
  }
  await queue;
}

async function answer(starting, originalError, { id, method, params }) {
  try {
    send({ jsonrpc: '2.0', id, result: await dispatch(await starting, method, params) });
  } catch (error) {
    send({ jsonrpc: '2.0', id, error: toRpcError(method, originalError(error) ?? error) });
  }
}

async function dispatch(engine, method, params) {
  await PREPARE[method]?.(engine, params);
  const wasmMethod = WASM_METHOD_FOR[method] ?? method;
  if (typeof engine[wasmMethod] !== 'function') {
    throw Object.assign(new Error(`The offline schema engine does not support the \`${method}\` method.`), {
      rpcCode: RPC_ERROR.methodNotFound,
    });
  }
  // Called on the engine itself: a detached wasm-bindgen method loses its `this` pointer.
  const result = (await engine[wasmMethod](params)) ?? {};
  if (method === 'diff') return printDiff(result);
  return result;
}

/** The native engine prints a diff by asking the CLI to (`print`); the wasm engine returns it instead. */
function printDiff({ stdout, ...rest }) {
  if (stdout)
    send({ jsonrpc: '2.0', id: `print-${Date.now()}`, method: 'print', params: { content: stdout } });
  return rest;
}

/** Errors in the native engine's shape: the CLI shows `data.message`, prefixed by `data.error_code` if any. */
function toRpcError(method, error) {
  const panic = panicMessage(error);
  const isPanic = panic !== undefined;
  const message = panic ?? error.message ?? String(error);
  logLine('ERROR', message, { is_panic: isPanic, error_code: error.code });
  return {
    code: error.rpcCode ?? RPC_ERROR.engine,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: isPanic, message, meta: error.meta, error_code: error.code, method },
  };
}

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}
