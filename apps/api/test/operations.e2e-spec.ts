import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { freePort, waitFor } from '@spendwise/local-stack';
import { localApiEnv, spawnApi, startApi, type ApiProcess } from './support/api-process';
import { LOCAL_COGNITO } from './support/constants';
import { cognito, newUser, type Tokens } from './support/cognito';
import { openDatabase } from './support/database';
import { e2eEnv } from './support/e2e-env';
import { call } from './support/http';
import { startTcpProxy, viaProxy } from './support/tcp-proxy';

/** Behaviour that needs its own API process: boot checks, limits, outages, shutdown. */
describe('operations', () => {
  const { databaseUrl, cognitoEndpoint } = e2eEnv();
  const started: ApiProcess[] = [];
  const proxies: Array<{ stop(): Promise<void> }> = [];
  let user: Tokens;

  beforeAll(async () => {
    user = await newUser('ops');
    // Provisioned once through the shared API, so the processes below only need to read the user.
    expect((await call('GET', '/me', { token: user.accessToken })).status).toBe(200);
  });
  afterEach(async () => {
    // Proxies first: a connection they left hanging would otherwise hold the API's shutdown until its deadline.
    await Promise.all(proxies.splice(0).map((proxy) => proxy.stop()));
    await Promise.all(started.splice(0).map((api) => api.stop()));
  });

  async function api(env: NodeJS.ProcessEnv = {}, database = databaseUrl, cognito = cognitoEndpoint) {
    const process = await startApi({ databaseUrl: database, cognitoEndpoint: cognito, env });
    started.push(process);
    return process;
  }

  describe('configuration is checked at boot', () => {
    async function bootFailure(env: NodeJS.ProcessEnv) {
      const process = spawnApi(env);
      const timer = setTimeout(() => process.child.kill('SIGKILL'), 15_000);
      const { code } = await process.exited;
      clearTimeout(timer);
      return { code, output: process.output().trim() };
    }

    it('refuses to start in local emulator mode with NODE_ENV=production, in one line', async () => {
      const env = localApiEnv({ port: await freePort(), databaseUrl, cognitoEndpoint });
      const { code, output } = await bootFailure({ ...env, NODE_ENV: 'production' });
      expect(code).toBe(1);
      expect(output.split('\n')).toHaveLength(1);
      expect(JSON.parse(output)).toMatchObject({
        level: 'fatal',
        msg: expect.stringContaining('AUTH_LOCAL_EMULATOR is refused when NODE_ENV=production'),
      });
    });

    it('names a missing variable and never prints secrets', async () => {
      const env = localApiEnv({ port: await freePort(), databaseUrl, cognitoEndpoint });
      delete env.COGNITO_CLIENT_ID;
      const { code, output } = await bootFailure(env);
      expect(code).toBe(1);
      expect(output).toContain('COGNITO_CLIENT_ID is required');
      expect(output).not.toContain(new URL(databaseUrl).password);
    });
  });

  it('limits requests per IP and per user with 429 and Retry-After', async () => {
    const limited = await api({
      RATE_LIMIT_PER_IP: '8',
      RATE_LIMIT_PER_USER: '3',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      statuses.push(
        (await call('GET', '/categories', { token: user.accessToken, baseUrl: limited.url })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const userLimited = await call('GET', '/me', { token: user.accessToken, baseUrl: limited.url });
    expect(userLimited.status).toBe(429);
    expect(Number(userLimited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(userLimited.body).toMatchObject({
      statusCode: 429,
      error: 'RATE_LIMITED',
      requestId: expect.any(String),
    });

    // The per-IP limit counts everyone from this address, signed in or not; health checks are never limited.
    const anonymous: number[] = [];
    for (let index = 0; index < 5; index += 1)
      anonymous.push((await call('GET', '/me', { baseUrl: limited.url })).status);
    expect(anonymous).toContain(429);
    expect((await call('GET', '/health/ready', { baseUrl: limited.url })).status).toBe(200);
  });

  it('fails fast with 503 while the database is down and recovers by itself', async () => {
    const { hostname, port } = new URL(databaseUrl);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    proxies.push(proxy);
    const server = await api({}, viaProxy(databaseUrl, proxy.port));
    const get = (path: string, token?: string) => call('GET', path, { token, baseUrl: server.url });
    // Several pooled connections open, so the outage also hits connections the pool believes are healthy.
    const warm = await Promise.all([1, 2, 3].map(() => get('/expenses', user.accessToken)));
    expect(warm.map((response) => response.status)).toEqual([200, 200, 200]);

    await proxy.down();
    const started = Date.now();
    const during = await Promise.all([1, 2, 3, 4].map(() => get('/expenses', user.accessToken)));
    expect(during.map((response) => response.status)).toEqual([503, 503, 503, 503]);
    expect(during[0]!.body).toMatchObject({ statusCode: 503, error: 'SERVICE_UNAVAILABLE' });
    expect(during[0]!.headers.get('retry-after')).toBe('5');
    expect(Date.now() - started).toBeLessThan(6_000);
    // The line, as the process writes it, that the database-connection alarm counts: the log group's metric
    // filter is { $.dependency = "database" } (infrastructure/modules/observability).
    const unavailable = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.msg === 'dependency unavailable');
    // The process's stdout reaches this test asynchronously: wait for all four lines.
    await waitFor('one warning per failed request', () => unavailable().length >= 4, {
      timeoutMs: 5_000,
      intervalMs: 50,
    });
    expect(unavailable().every((line) => line.dependency === 'database')).toBe(true);
    expect(unavailable()[0]).toMatchObject({
      level: 'warn',
      code: 'SERVICE_UNAVAILABLE',
      reason: expect.any(String),
    });
    const readiness = await get('/health/ready');
    expect(readiness.status).toBe(503);
    expect(readiness.body).toEqual({ status: 'unavailable', checks: { database: 'down' } });
    expect((await get('/health')).status).toBe(200);

    await proxy.up();
    await waitFor('API to recover', async () => (await get('/expenses', user.accessToken)).status === 200, {
      timeoutMs: 10_000,
      intervalMs: 200,
    });
    expect((await get('/health/ready')).status).toBe(200);
  });

  it('answers 503 within the request timeout when the database stops answering', async () => {
    const { hostname, port } = new URL(databaseUrl);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    proxies.push(proxy);
    const server = await api({ REQUEST_TIMEOUT_MS: '2000' }, viaProxy(databaseUrl, proxy.port));
    expect((await call('GET', '/me', { token: user.accessToken, baseUrl: server.url })).status).toBe(200);

    proxy.swallowReplies = true;
    const started = Date.now();
    const response = await call('GET', '/expenses', { token: user.accessToken, baseUrl: server.url });
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      statusCode: 503,
      error: 'SERVICE_UNAVAILABLE',
      requestId: expect.any(String),
    });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('on SIGTERM finishes in-flight requests, refuses new work, closes the pool and exits 0', async () => {
    const { hostname, port } = new URL(databaseUrl);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    proxies.push(proxy);
    const server = await api({}, viaProxy(databaseUrl, proxy.port));
    expect((await call('GET', '/me', { token: user.accessToken, baseUrl: server.url })).status).toBe(200);
    // The list's two statements run in parallel: open both connections now, so what is slowed below is the
    // request's work, not connecting (a new connection's set-up has its own round trips and time limit).
    expect((await call('GET', '/expenses', { token: user.accessToken, baseUrl: server.url })).status).toBe(
      200,
    );

    proxy.delayMs = 1_500;
    const inFlight = call('GET', '/expenses', { token: user.accessToken, baseUrl: server.url });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopping = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await call('GET', '/health', { baseUrl: server.url }).catch(() => 'connection refused');
    if (typeof refused !== 'string') expect(refused.status).toBe(503);

    expect((await inFlight).status).toBe(200);
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
  });

  it('keeps serving confirmed sessions (cached keys and confirmations) while Cognito is unreachable', async () => {
    const { hostname, port } = new URL(cognitoEndpoint);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    proxies.push(proxy);
    const server = await api({ SESSION_CHECK_SECONDS: '0' }, databaseUrl, `http://127.0.0.1:${proxy.port}`);
    const other = await newUser('ops-unconfirmed');
    expect((await call('GET', '/me', { token: user.accessToken, baseUrl: server.url })).status).toBe(200);

    await proxy.down();
    expect((await call('GET', '/me', { token: user.accessToken, baseUrl: server.url })).status).toBe(200);
    // A token Cognito never confirmed to this process cannot be checked: 503, not a guess either way.
    const unconfirmed = await call('GET', '/me', { token: other.accessToken, baseUrl: server.url });
    expect(unconfirmed.status).toBe(503);
    expect(unconfirmed.body).toMatchObject({ error: 'SERVICE_UNAVAILABLE' });
  });

  describe('sessions Cognito has ended are refused although their tokens still verify', () => {
    it('after sign-out everywhere (GlobalSignOut)', async () => {
      const server = await api({ SESSION_CHECK_SECONDS: '0' });
      const person = await newUser('ops-signout');
      expect((await call('GET', '/me', { token: person.accessToken, baseUrl: server.url })).status).toBe(200);
      await cognito('GlobalSignOut', { AccessToken: person.accessToken });
      const after = await call('GET', '/me', { token: person.accessToken, baseUrl: server.url });
      expect(after.status).toBe(401);
      expect(after.headers.get('www-authenticate')).toBe('Bearer realm="spendwise", error="invalid_token"');
    });

    it('after the user is deleted, without writing anything', async () => {
      const server = await api({ SESSION_CHECK_SECONDS: '0' });
      const person = await newUser('ops-deleted');
      expect((await call('GET', '/me', { token: person.accessToken, baseUrl: server.url })).status).toBe(200);
      await cognito('AdminDeleteUser', { UserPoolId: LOCAL_COGNITO.userPoolId, Username: person.email });
      const after = await call('POST', '/expenses', {
        token: person.accessToken,
        baseUrl: server.url,
        body: { amountMinor: 1, occurredOn: '2026-01-01', description: 'after deletion' },
      });
      expect(after.status).toBe(401);
      const db = openDatabase();
      try {
        expect(await db.expense.count({ where: { description: 'after deletion' } })).toBe(0);
      } finally {
        await db.$disconnect();
      }
    });
  });
});
