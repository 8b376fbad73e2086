/**
 * Abuse limits and configuration: per-user and per-IP rate limits answer 429 with Retry-After and reset after the
 * window; security headers on every API answer; production mode shows nothing internal and refuses the local
 * emulator's keys.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { API_DIR, apiEntry, startApi } from '../lib/api-process.mjs';
import { newUser } from '../lib/cognito.mjs';
import { call } from '../lib/http.mjs';
import { readStack, recordFigures } from '../lib/run-files.mjs';
import { spawnSync } from 'node:child_process';

const stack = readStack();
const WINDOW_SECONDS = 3;
const figures = { requestsSent: 0, violations: 0 };
let api;

before(async () => {
  api = await startApi({
    name: 'abuse',
    databaseUrl: stack.databaseUrl,
    cognitoEndpoint: stack.cognitoEndpoint,
    env: {
      RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
      RATE_LIMIT_PER_USER: '5',
      RATE_LIMIT_PER_IP: '12',
      TRUST_PROXY: '1',
    },
  });
});

after(async () => {
  recordFigures('abuse-and-headers', figures);
  await api?.stop();
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests until the first 429 (bounded); returns how many passed and the 429. */
async function untilLimited(send, max = 30) {
  for (let i = 0; i < max; i += 1) {
    const response = await send();
    figures.requestsSent += 1;
    if (response.status === 429) return { passed: i, limited: response };
    assert.ok(response.status < 400, `${response.status} ${response.text}`);
  }
  return { passed: max, limited: undefined };
}

describe('rate limits', () => {
  it('per user: the 6th request in the window is 429 with Retry-After; others are unaffected; it resets', async () => {
    const [a, b] = await Promise.all([
      newUser(stack.cognitoEndpoint, 'rl-a'),
      newUser(stack.cognitoEndpoint, 'rl-b'),
    ]);
    // Each user from its own address, so only the user limit can trigger.
    const asA = () =>
      call(api.url, 'GET', '/me', { token: a.accessToken, headers: { 'x-forwarded-for': '198.51.100.1' } });
    const { passed, limited } = await untilLimited(asA);
    assert.equal(passed, 5);
    assert.equal(limited.body.error, 'RATE_LIMITED');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= WINDOW_SECONDS, `Retry-After ${retryAfter}`);
    const other = await call(api.url, 'GET', '/me', {
      token: b.accessToken,
      headers: { 'x-forwarded-for': '198.51.100.2' },
    });
    assert.equal(other.status, 200, 'another user is not limited');
    await sleep(retryAfter * 1000 + 200);
    assert.equal((await asA()).status, 200, 'the limit resets after Retry-After');
    figures.requestsSent += 2;
  });

  it('per IP: anonymous floods from one address are 429 before authentication; other addresses pass; it resets', async () => {
    await sleep(WINDOW_SECONDS * 1000);
    const fromOne = () =>
      call(api.url, 'GET', '/expenses', { headers: { 'x-forwarded-for': '203.0.113.7' } }).then((r) =>
        r.status === 401 ? { ...r, status: 200 } : r,
      );
    const { passed, limited } = await untilLimited(fromOne);
    assert.equal(passed, 12);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    const elsewhere = await call(api.url, 'GET', '/expenses', {
      headers: { 'x-forwarded-for': '203.0.113.8' },
    });
    assert.equal(elsewhere.status, 401, 'another address is not limited');
    // A spoofed extra X-Forwarded-For entry does not move the client to a fresh counter (only the ALB's entry counts).
    const spoofed = await call(api.url, 'GET', '/expenses', {
      headers: { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' },
    });
    assert.equal(spoofed.status, 429, 'spoofing X-Forwarded-For does not escape the limit');
    await sleep(Number(limited.headers.get('retry-after')) * 1000 + 200);
    assert.equal((await fromOne()).status, 200, 'the limit resets');
    figures.requestsSent += 3;
  });
});

describe('headers and production mode', () => {
  it('every API answer carries the security headers and no framework banner', async () => {
    for (const [method, path] of [
      ['GET', '/health'],
      ['GET', '/me'],
      ['GET', '/no-such-route'],
      ['POST', '/expenses'],
    ]) {
      const response = await call(stack.apiUrl, method, path);
      figures.requestsSent += 1;
      const h = response.headers;
      assert.equal(h.get('x-content-type-options'), 'nosniff', path);
      assert.match(h.get('strict-transport-security') ?? '', /max-age=\d+/, path);
      assert.ok(h.get('content-security-policy'), `${path}: CSP`);
      assert.ok(h.get('x-frame-options') || /frame-ancestors/.test(h.get('content-security-policy')), path);
      assert.equal(h.get('x-powered-by'), null, path);
      assert.ok(h.get('x-request-id'), path);
    }
  });

  it('CORS admits only the configured origin', async () => {
    const hostile = await call(stack.apiUrl, 'OPTIONS', '/expenses', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(hostile.headers.get('access-control-allow-origin'), null);
    const own = await call(stack.apiUrl, 'OPTIONS', '/expenses', {
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    assert.equal(own.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    figures.requestsSent += 2;
  });

  it('production refuses to start with the local emulator keys, naming the variable', () => {
    const result = spawnSync(process.execPath, [apiEntry()], {
      cwd: API_DIR,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: stack.databaseUrl,
        COGNITO_USER_POOL_ID: 'us-east-1_LocalDev01',
        COGNITO_CLIENT_ID: 'spendwiselocalwebclient001',
        AUTH_LOCAL_EMULATOR: 'true',
        COGNITO_ENDPOINT: stack.cognitoEndpoint,
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr + result.stdout, /AUTH_LOCAL_EMULATOR/);
    assert.doesNotMatch(
      result.stderr + result.stdout,
      /\n\s+at /,
      'no stack trace for a configuration error',
    );
  });

  it('production mode: errors carry no stack, no internals, logs are JSON lines', async () => {
    const prod = await startApi({
      name: 'production',
      databaseUrl: stack.databaseUrl,
      cognitoEndpoint: '',
      // Production refuses to print emails (MAIL_TRANSPORT=log); SES is not called unless an alert is sent.
      env: {
        NODE_ENV: 'production',
        AUTH_LOCAL_EMULATOR: 'false',
        COGNITO_ENDPOINT: '',
        MAIL_TRANSPORT: 'ses',
        MAIL_FROM: 'alerts@example.com',
      },
    });
    try {
      for (const [method, path, options] of [
        ['GET', '/no-such-route', {}],
        ['POST', '/expenses', { rawBody: '{bad', headers: { 'content-type': 'application/json' } }],
        ['GET', '/me', { token: 'eyJhbGciOiJSUzI1NiJ9.e30.x' }],
      ]) {
        const response = await call(prod.url, method, path, options);
        figures.requestsSent += 1;
        assert.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status}`);
        assert.doesNotMatch(
          response.text,
          /\bat \S+ \(|node_modules|\/work\/|Error:|stack/i,
          `${path} leaks internals: ${response.text}`,
        );
      }
      const lines = prod.output().split('\n').filter(Boolean);
      assert.ok(
        lines.every((line) => line.startsWith('{')),
        'every log line is JSON (no pretty-printing, no debug dumps)',
      );
      assert.ok(
        !lines.some((line) => JSON.parse(line).level === 20 || JSON.parse(line).level === 'debug'),
        'no debug lines at the default level',
      );
    } finally {
      await prod.stop();
    }
  });
});
