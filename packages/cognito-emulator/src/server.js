/**
 * The emulator's HTTP face: the Cognito API (`POST /`, see awsJson.js), the pool's JWKS at the path Cognito serves
 * it (`/<poolId>/.well-known/jwks.json`), a health check, and the CORS preflight browsers send before calling.
 */
import { CognitoError, UnsupportedError } from './errors.js';
import { corsHeaders, sendError, sendJson, TARGET_PREFIX } from './awsJson.js';

// Cognito's requests are small; a bigger body is a mistake or an attack, refused before it is buffered.
const MAX_BODY_BYTES = 256 * 1024;
const JWKS_PATH = /^\/([\w-]+)\/\.well-known\/jwks\.json$/;

/**
 * @param {{ route: (operation: string) => ((request: any) => Promise<unknown>) | null,
 *   cognito: { findUserPool: (id: string) => unknown }, jwk: Record<string, string>,
 *   log: (line: string) => void }} options
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void}
 */
export function createRequestHandler({ route, cognito, jwk, log }) {
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://emulator');
    if (request.method === 'OPTIONS') return preflight(request, response);
    if (request.method === 'GET' && pathname === '/health') return sendJson(response, 200, { ok: true });
    const jwksFor = request.method === 'GET' && JWKS_PATH.exec(pathname)?.[1];
    if (jwksFor && cognito.findUserPool(jwksFor)) return sendJson(response, 200, { keys: [jwk] });
    if (request.method !== 'POST' || pathname !== '/') {
      request.resume();
      return sendError(
        response,
        404,
        'ResourceNotFoundException',
        `No route for ${request.method} ${pathname}`,
      );
    }
    handleOperation(request, response, { route, log }).catch((error) => {
      log(`error: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) sendError(response, 500, 'InternalErrorException', 'Internal server error.');
    });
  };
}

async function handleOperation(request, response, { route, log }) {
  const target = request.headers['x-amz-target'];
  const operation =
    typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  if (!operation) {
    request.resume();
    return sendError(response, 400, 'UnknownOperationException', 'Missing or invalid X-Amz-Target header');
  }
  const body = await readBody(request);
  if (body === null) return sendError(response, 413, 'SerializationException', 'Request body too large');
  let input;
  try {
    input = body.length ? JSON.parse(body) : {};
  } catch {
    return sendError(response, 400, 'SerializationException', 'The request body is not valid JSON');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return sendError(response, 400, 'SerializationException', 'The request body must be a JSON object');
  }

  const handle = route(operation);
  try {
    if (!handle) throw new UnsupportedError(`Unsupported operation "${operation}"`);
    sendJson(response, 200, await handle(input));
  } catch (error) {
    if (error instanceof CognitoError) {
      // The one line a developer needs when a call fails: which operation, which Cognito error.
      log(`${operation} → ${error.code}: ${error.message}`);
      return sendError(response, 400, error.code, error.message);
    }
    if (error instanceof UnsupportedError) {
      log(`${operation} → unsupported: ${error.message}`);
      return sendError(
        response,
        500,
        'UnsupportedOperation',
        `Cognito emulator: unsupported feature: ${error.message}`,
      );
    }
    throw error;
  }
}

/** The body as text, or null when it is larger than Cognito would accept (the rest is read and dropped). */
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function preflight(request, response) {
  request.resume();
  response.writeHead(204, {
    ...corsHeaders(),
    'access-control-allow-methods': 'GET,POST,OPTIONS',
    'access-control-allow-headers':
      request.headers['access-control-request-headers'] ?? 'content-type,x-amz-target',
    'access-control-max-age': '600',
    vary: 'Origin, Access-Control-Request-Headers',
    'content-length': 0,
  });
  response.end();
}
