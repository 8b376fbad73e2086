// @vitest-environment jsdom
/**
 * The upload path (XMLHttpRequest) against a real HTTP server: jsdom's XMLHttpRequest sends real requests, with
 * CORS, as a browser does. Only the session (Amplify) and the API's address are replaced.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const TOKEN = 'header.payload.signature';
const env = vi.hoisted(() => ({ NEXT_PUBLIC_API_URL: '' }));
vi.mock('@/lib/config', () => ({ config: env }));
vi.mock('@/lib/amplify/configure-client', () => ({}));
vi.mock('aws-amplify/auth', () => ({
  fetchAuthSession: () => Promise.resolve({ tokens: { accessToken: { toString: () => TOKEN } } }),
}));

const { apiRequest, apiUpload } = await import('./client');
const { ApiError } = await import('./errors');

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  bytes: number;
}
const received: Received[] = [];

const REFUSED = {
  statusCode: 400,
  error: 'BAD_REQUEST',
  message: 'The file cannot be read.',
  details: [{ field: 'dateOrder', message: 'choose DMY or MDY' }],
  requestId: 'req-42',
};

function answer(request: IncomingMessage, response: ServerResponse, bytes: number) {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  if (path === '/hang') return; // never answers: the timeout must end the wait
  const [status, body] =
    path === '/imports/preview'
      ? [200, JSON.stringify({ bytes })]
      : path === '/imports'
        ? [400, JSON.stringify(REFUSED)]
        : [200, 'not json'];
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
}

const server = createServer((request, response) => {
  // The page and the API are on different origins, as in production: the browser asks first.
  response.setHeader('Access-Control-Allow-Origin', '*');
  if (request.method === 'OPTIONS') {
    response
      .writeHead(204, {
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'authorization, content-type, accept',
      })
      .end();
    return;
  }
  let bytes = 0;
  request.on('data', (chunk: Buffer) => (bytes += chunk.length));
  request.on('end', () => {
    received.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      bytes,
    });
    answer(request, response, bytes);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  env.NEXT_PUBLIC_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
});

const file = (size: number) => new File([new Uint8Array(size).fill(65)], 'statement.csv');

describe('apiUpload', () => {
  it('sends the file with the token in a header, reports its bytes going up, and resolves with the JSON', async () => {
    const progress: Array<{ loaded: number; total: number }> = [];
    const size = 256 * 1024;
    const result = await apiUpload<{ bytes: number }>('/imports/preview', {
      file: file(size),
      query: { filename: 'statement.csv' },
      onProgress: (p) => progress.push(p),
    });

    expect(result).toEqual({ bytes: size });
    const [request] = received;
    expect(request).toMatchObject({
      method: 'POST',
      authorization: `Bearer ${TOKEN}`,
      contentType: 'application/octet-stream',
      bytes: size,
    });
    expect(request?.url).toBe('/imports/preview?filename=statement.csv');
    expect(request?.url).not.toContain(TOKEN);
    // jsdom reports an upload only when it is done; a browser also reports the bytes on the way.
    expect(progress.length).toBeGreaterThan(0);
    progress.forEach((p, i) => {
      expect(p.total).toBe(size);
      expect(p.loaded).toBeGreaterThanOrEqual(progress[i - 1]?.loaded ?? 0);
    });
    expect(progress.at(-1)).toEqual({ loaded: size, total: size });
  });

  it('turns a 4xx answer into the same ApiError as the fetch path', async () => {
    const viaFetch = await apiRequest('/imports', { method: 'POST', file: file(10) }).catch(
      (e: unknown) => e,
    );
    const viaUpload = await apiUpload('/imports', { file: file(10) }).catch((e: unknown) => e);

    expect(viaUpload).toBeInstanceOf(ApiError);
    expect(viaFetch).toBeInstanceOf(ApiError);
    expect({ ...(viaUpload as object), message: (viaUpload as Error).message }).toEqual({
      ...(viaFetch as object),
      message: (viaFetch as Error).message,
    });
    expect(viaUpload).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'BAD_REQUEST',
      message: 'The file cannot be read.',
      details: REFUSED.details,
      requestId: 'req-42',
    });
  });

  it('turns a 2xx answer that is not JSON into the ApiError apiRequest gives', async () => {
    const error = await apiUpload('/imports/other' as '/imports', { file: file(10) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      kind: 'http',
      status: 200,
      message: 'The server sent a response that is not JSON.',
    });
  });

  it('turns an API that cannot be reached, or does not answer in time, into a network ApiError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const working = env.NEXT_PUBLIC_API_URL;
    env.NEXT_PUBLIC_API_URL = `http://127.0.0.1:${port}`;
    const refused = await apiUpload('/imports', { file: file(10) }).catch((e: unknown) => e);
    env.NEXT_PUBLIC_API_URL = working;
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ kind: 'network', status: null });

    const late = await apiUpload('/hang' as '/imports', { file: file(10), timeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(late).toBeInstanceOf(ApiError);
    expect(late).toMatchObject({ kind: 'network' });
  });

  it('gives a caller that cancels its own AbortError back', async () => {
    const controller = new AbortController();
    const sent = apiUpload('/hang' as '/imports', { file: file(10), signal: controller.signal });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    controller.abort();
    await expect(sent).rejects.toMatchObject({ name: 'AbortError' });
  });
});
