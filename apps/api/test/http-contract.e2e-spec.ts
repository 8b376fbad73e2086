import { describe, it, expect, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { apiLogLines, apiLogText, linesOfRequest } from './support/api-log';
import { newUser, type Tokens } from './support/cognito';
import { as, call } from './support/http';
import { OPENAPI_TYPES_FILE, REGENERATE_COMMAND, openApiTypes } from './support/openapi-types';

describe('HTTP contract: one error body, request ids, headers, docs, logs', () => {
  let user: Tokens;
  let api: ReturnType<typeof as>;

  beforeAll(async () => {
    user = await newUser('contract');
    api = as(user.accessToken);
  });

  it('answers unknown routes with 404 in the error body', async () => {
    const response = await call('GET', '/api/expenses');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'NOT_FOUND',
      message: 'No such route',
      requestId: response.headers.get('x-request-id'),
    });
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await api.post('/expenses', undefined, {
      rawBody: '{"amountMinor": 12,',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'MALFORMED_JSON' });
  });

  it('answers an oversized body with 413 and a non-JSON body with 415', async () => {
    const huge = await api.post('/expenses', { description: 'x'.repeat(70 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ statusCode: 413, error: 'PAYLOAD_TOO_LARGE' });
    const form = await api.post('/expenses', undefined, {
      rawBody: 'amountMinor=5',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject({ statusCode: 415, error: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers URLs the router or the HTTP parser refuses with the error body too, without echoing them', async () => {
    const longId = await api.get(`/expenses/${'a'.repeat(150)}`);
    expect(longId.status).toBe(400);
    expect(longId.body).toEqual({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: 'A path parameter is too long',
      requestId: longId.headers.get('x-request-id'),
    });
    const badEncoding = await call('GET', '/expenses/%zz');
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.body).toMatchObject({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      requestId: expect.any(String),
    });
    expect(badEncoding.text).not.toContain('%zz');
    const hugeUrl = await call('GET', `/expenses?q=${'x'.repeat(20_000)}`);
    expect(hugeUrl.status).toBe(413);
    expect(hugeUrl.body).toMatchObject({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      requestId: expect.any(String),
    });
  });

  it('never answers 500 to whatever a client sends', async () => {
    const id = randomUUID();
    const attempts: Array<[string, string, unknown]> = [
      ['POST', '/expenses', []],
      ['POST', '/expenses', 'a string'],
      ['POST', '/expenses', null],
      ['POST', '/expenses', { amountMinor: '12', occurredOn: 20260101, description: { nested: true } }],
      ['POST', '/expenses', { amountMinor: 1e308, occurredOn: '9999-99-99', description: '😀'.repeat(300) }],
      [
        'POST',
        '/expenses',
        { amountMinor: 1, occurredOn: '2026-01-01', description: 'x', tags: [{}, null, 5] },
      ],
      ['PATCH', `/expenses/${id}`, { occurredOn: '0000-00-00' }],
      ['PUT', '/budgets', { categoryId: 'none', amountMinor: 1 }],
      ['PUT', '/budgets', { categoryId: null, amountMinor: 1, fromMonth: '-infinity' }],
      ['POST', '/categories', { name: ['a'], color: '#zzzzzz' }],
      ['PATCH', '/me', { timeZone: '../../etc/passwd', currency: 'usd' }],
      ['GET', '/expenses?limit=-1&minAmount=99999999999&q=', undefined],
      ['GET', '/expenses?from[$gt]=x', undefined],
      ['GET', `/expenses?cursor=${'A'.repeat(200)}`, undefined],
      ['GET', '/dashboard?month=1899-12', undefined],
      ['GET', '/expenses/%00', undefined],
      ['DELETE', '/categories/null', undefined],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call(method, path, { token: user.accessToken, body });
      expect({ method, path, status: response.status < 500 ? 'not 5xx' : response.status }).toEqual({
        method,
        path,
        status: 'not 5xx',
      });
      expect(response.body).toMatchObject({ statusCode: response.status, requestId: expect.any(String) });
    }
  });

  it("honours a caller's X-Request-Id and returns it; replaces an unacceptable one", async () => {
    const honoured = await api.get('/me', { headers: { 'x-request-id': 'trace-123.abc' } });
    expect(honoured.headers.get('x-request-id')).toBe('trace-123.abc');
    const replaced = await api.get('/nope', { headers: { 'x-request-id': 'has spaces and "quotes"' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.body.requestId).toBe(replaced.headers.get('x-request-id'));
  });

  it('logs one JSON line per request with request id, user id, route, status and duration', async () => {
    const requestId = `log-check-${randomUUID()}`;
    const response = await api.get('/expenses?q=private-search-text', {
      headers: { 'x-request-id': requestId },
    });
    const completion = (await linesOfRequest(requestId)).filter((line) => line.msg === 'request completed');
    expect(completion).toEqual([
      expect.objectContaining({
        level: 'info',
        requestId,
        userId: (await api.get('/me')).body.id,
        method: 'GET',
        route: '/expenses',
        status: response.status,
        durationMs: expect.any(Number),
      }),
    ]);
    expect(apiLogText()).not.toContain('private-search-text');
  });

  it('never writes tokens or Authorization headers to the logs', async () => {
    await api.get('/me');
    const log = apiLogText();
    expect(log).not.toContain(user.accessToken.split('.')[2]);
    expect(log).not.toContain(user.idToken.split('.')[2]);
    expect(log.toLowerCase()).not.toContain('bearer ey');
    expect(apiLogLines().length).toBeGreaterThan(10);
  });

  it('sends security headers and no stack traces', async () => {
    const response = await call('GET', '/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it("sends helmet's default security headers, exactly, on every kind of answer", async () => {
    const securityHeaders = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
        "frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';" +
        "script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    const answers = await Promise.all([
      call('GET', '/health'),
      api.get('/expenses?limit=1'),
      api.post('/expenses', { amountMinor: -1 }),
      call('GET', '/expenses'),
      call('GET', '/no-such-route'),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 400, 401, 404]);
    for (const answer of answers) {
      const sent = Object.fromEntries(
        Object.keys(securityHeaders).map((name) => [name, answer.headers.get(name)]),
      );
      expect(sent).toEqual(securityHeaders);
    }
  });

  it('allows CORS only for the configured origins', async () => {
    const preflight = (origin: string) =>
      call('OPTIONS', '/expenses', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,idempotency-key',
        },
      });
    const allowed = await preflight('http://localhost:3000');
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    const denied = await preflight('https://evil.example.com');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("the web client's checked-in route types are this document's", async () => {
    const generated = await openApiTypes((await call('GET', '/docs-json')).body);
    if (process.env.UPDATE_OPENAPI_TYPES === '1') await writeFile(OPENAPI_TYPES_FILE, generated);
    const checkedIn = await readFile(OPENAPI_TYPES_FILE, 'utf8').catch(() => '');
    expect(checkedIn === generated, `${OPENAPI_TYPES_FILE} is stale: run ${REGENERATE_COMMAND}`).toBe(true);
  });

  it('documents every route with its request and response schemas in the OpenAPI document', async () => {
    // Routes whose body is a file's bytes (a bank statement), not JSON.
    const FILE_UPLOADS = ['POST /imports/preview', 'POST /imports'];
    const document = (await call('GET', '/docs-json')).body;
    const operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          route: `${method.toUpperCase()} ${path}`,
          operation,
        })),
    );
    expect(operations.map((entry) => entry.route).sort()).toEqual(
      [
        'GET /health',
        'GET /health/ready',
        'GET /me',
        'PATCH /me',
        'DELETE /me',
        'GET /me/export',
        'GET /me/exchange-rates',
        'PUT /me/exchange-rates/{currency}/{date}',
        'DELETE /me/exchange-rates/{currency}/{date}',
        'GET /categories',
        'POST /categories',
        'PATCH /categories/{id}',
        'DELETE /categories/{id}',
        'GET /expenses',
        'POST /expenses',
        'GET /expenses/export.csv',
        'GET /expenses/summary',
        'POST /expenses/bulk',
        'GET /expenses/undo',
        'POST /expenses/undo/{id}',
        'GET /expenses/{id}',
        'PATCH /expenses/{id}',
        'DELETE /expenses/{id}',
        'GET /budgets',
        'PUT /budgets',
        'PATCH /budgets/{id}',
        'DELETE /budgets/{id}',
        'GET /dashboard',
        'GET /recurring',
        'POST /recurring',
        'GET /recurring/{id}',
        'PATCH /recurring/{id}',
        'POST /recurring/{id}/occurrences/{date}/skip',
        'POST /recurring/{id}/pause',
        'POST /recurring/{id}/resume',
        'POST /recurring/{id}/end',
        'GET /recurring/suggestions',
        'POST /recurring/suggestions/{key}/dismiss',
        'POST /imports/preview',
        'POST /imports',
        'GET /imports',
        'DELETE /imports/{id}',
        'GET /import-presets',
        'PUT /import-presets',
        'DELETE /import-presets/{id}',
        'GET /categorisation-rules',
        'POST /categorisation-rules',
        'PATCH /categorisation-rules/{id}',
        'DELETE /categorisation-rules/{id}',
      ].sort(),
    );
    // Actions whose path says everything: no body to document.
    const bodyless = new Set([
      'POST /recurring/{id}/occurrences/{date}/skip',
      'POST /recurring/{id}/pause',
      'POST /recurring/{id}/resume',
      'POST /recurring/suggestions/{key}/dismiss',
      'POST /expenses/undo/{id}',
    ]);
    for (const { route, operation } of operations) {
      const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      expect({ route, hasSuccess: success.length > 0 }).toEqual({ route, hasSuccess: true });
      if (FILE_UPLOADS.includes(route)) {
        expect({ route, body: Object.keys(operation.requestBody?.content ?? {}) }).toEqual({
          route,
          body: ['application/octet-stream'],
        });
      } else if (/^(POST|PUT|PATCH) /.test(route) && !bodyless.has(route)) {
        expect({ route, body: operation.requestBody?.content?.['application/json']?.schema?.$ref }).toEqual({
          route,
          body: expect.stringMatching(/^#\/components\/schemas\/\w+Input$/),
        });
      }
      if (!route.includes('/health')) {
        expect({ route, error: operation.responses['401']?.content?.['application/json']?.schema }).toEqual({
          route,
          error: { $ref: '#/components/schemas/ApiErrorBody' },
        });
      }
    }
    const expense = document.components.schemas.CreateExpenseInput;
    expect(expense.required).toEqual(['amountMinor', 'occurredOn', 'description']);
    expect(expense.properties.amountMinor).toMatchObject({ type: 'integer', maximum: 1_000_000_000 });
    const list = operations.find((entry) => entry.route === 'GET /expenses')!.operation;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['from', 'to', 'categoryId', 'q', 'minAmount', 'maxAmount', 'cursor', 'limit']),
    );
    expect(document.components.securitySchemes.cognito).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect((await call('GET', '/docs')).headers.get('content-type')).toContain('text/html');
  });
});
