import net from 'node:net';
import os from 'node:os';

/** Thrown when a port the stack needs is taken; its message is the one line a developer needs. */
export class PortInUseError extends Error {
  constructor(port, service, envVar) {
    super(
      `Port ${port} (${service}) is already in use. Stop whatever is listening there ` +
        `(\`ss -ltnp 'sport = :${port}'\` shows it)${envVar ? ` or choose another port with ${envVar}=<port>` : ''}.`,
    );
    this.name = 'PortInUseError';
    this.port = port;
  }
}

/** Resolves when nothing listens on 127.0.0.1:`port`; throws PortInUseError otherwise. */
export async function assertPortFree(port, service, envVar) {
  await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, service, envVar) : error),
    );
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(resolve));
  });
}

/** A port the OS considers free right now (for tests, which must not collide with a running dev stack). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Thrown by a `waitFor` check to stop waiting at once (e.g. the process being waited for has exited). */
export class FatalWaitError extends Error {}

/** Polls `check` until it resolves truthy or `timeoutMs` passes; the error names what never became ready. */
export async function waitFor(what, check, { timeoutMs = 30_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      if (error instanceof FatalWaitError) throw error;
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `${what} did not become ready within ${timeoutMs / 1000}s${lastError ? `: ${lastError.message}` : ''}`,
  );
}

/** True when an HTTP GET of `url` answers 2xx. */
export async function httpOk(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  return response.ok;
}

/**
 * The machine's own IPv4 addresses other than 127.0.0.1 — the "Network:" address `next dev` prints, from which
 * a developer may open the app (a phone on the same network, a VM). Same rule as Next.js's own choice.
 */
export function networkAddresses(interfaces = os.networkInterfaces()) {
  return Object.values(interfaces)
    .flat()
    .filter((entry) => entry?.family === 'IPv4' && entry.address !== '127.0.0.1')
    .map((entry) => entry.address);
}
