/**
 * Starts the local Cognito: the AWS JSON protocol on POST /, CORS for browsers and the JWKS (server.js) over the
 * operation table (router.js), with the SpendWise pool and clients seeded.
 */
import http from 'node:http';
import { codeGenerator } from './codes.js';
import { createFaults } from './faults.js';
import { LOCAL_COGNITO } from './identities.js';
import { PortInUseError } from './portInUseError.js';
import { createRouter } from './router.js';
import { seedLocalPool } from './seed.js';
import { createRequestHandler } from './server.js';
import { createServices } from './services.js';

/**
 * @param {{
 *   port: number,
 *   dataDir: string,
 *   host?: string,
 *   log?: (line: string) => void,
 *   fixedCode?: string,
 *   now?: () => number,
 * }} options `log` gets each line without a prefix; `fixedCode` (or COGNITO_FIXED_CODE) pins every code;
 *   `now` replaces the clock (tests use it to expire codes and tokens).
 * @returns {Promise<{ endpoint: string, jwksUri: string, signingKeyFile: string,
 *   readConfirmationCode: (email: string) => Promise<string | null>,
 *   readPasswordResetCode: (email: string) => Promise<string | null>,
 *   injectFault: (kind: 'throttle' | 'internal' | 'timeout', operations: string[]) => void,
 *   clearFaults: () => void, readonly faultedCalls: number, stop: () => Promise<void> }>}
 */
export async function startCognitoEmulator({
  port,
  dataDir,
  host = '127.0.0.1',
  log = (line) => console.log(`[cognito] ${line}`),
  fixedCode = process.env.COGNITO_FIXED_CODE || undefined,
  now = Date.now,
}) {
  // Take the port before touching the data folder, so a clash fails fast and a second instance never writes it.
  let respond = (_request, response) => response.writeHead(503).end();
  const faults = createFaults();
  const server = http.createServer(
    (request, response) => faults.intercept(request, response) || respond(request, response),
  );
  await listen(server, port, host);
  const { port: boundPort } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const reachableHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const endpoint = `http://${reachableHost.includes(':') ? `[${reachableHost}]` : reachableHost}:${boundPort}`;

  let services;
  try {
    services = await createServices({ dataDir, now, nextCode: codeGenerator(fixedCode), log });
    await seedLocalPool(services);
    respond = createRequestHandler({
      route: createRouter(services),
      cognito: services.cognito,
      jwk: services.signingKey.jwk,
      log,
    });
    if (!(await answersHealthCheck(endpoint)))
      throw new Error(`Cognito emulator at ${endpoint} does not answer`);
  } catch (error) {
    server.close();
    throw error;
  }

  const userPool = services.cognito.getUserPool(LOCAL_COGNITO.userPoolId);
  /** @param {string} email @returns {Promise<Record<string, any> | null>} */
  const findUser = async (email) => userPool.getUserByUsername(email);
  let stopped;
  return {
    endpoint,
    jwksUri: `${endpoint}/${LOCAL_COGNITO.userPoolId}/.well-known/jwks.json`,
    /** The PEM private key the emulator signs with (in its data folder): tests read it to forge attack tokens. */
    signingKeyFile: services.signingKey.file,
    async readConfirmationCode(email) {
      return (await findUser(email))?.ConfirmationCode ?? null;
    },
    async readPasswordResetCode(email) {
      return (await findUser(email))?.PasswordResetCode ?? null;
    },
    /**
     * Makes `operations` (e.g. `['GetUser']`) fail as Cognito does: `throttle` (400 TooManyRequestsException),
     * `internal` (500 InternalErrorException) or `timeout` (no answer), until `clearFaults()`.
     * @param {'throttle' | 'internal' | 'timeout'} kind @param {string[]} operations
     */
    injectFault(kind, operations) {
      faults.inject(kind, operations);
    },
    clearFaults() {
      faults.clear();
    },
    /** Calls answered by an injected fault so far. */
    get faultedCalls() {
      return faults.count;
    },
    stop() {
      faults.release();
      stopped ??= /** @type {Promise<void>} */ (
        new Promise((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        })
      );
      return stopped;
    },
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error));
    server.listen({ port, host, exclusive: true }, resolve);
  });
}

async function answersHealthCheck(endpoint) {
  try {
    return (await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}
