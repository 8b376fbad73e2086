// @vitest-environment jsdom
/**
 * "Can this page reach the API", as the app's own requests (client.ts) and the probe find it: the browser saying
 * online is not enough (captive Wi-Fi, a tunnel), and an answer of any status means the API is there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/config', () => ({ config: { NEXT_PUBLIC_API_URL: 'https://api.example.test' } }));
vi.mock('@/lib/amplify/configure-client', () => ({}));
vi.mock('aws-amplify/auth', () => ({
  fetchAuthSession: () => Promise.resolve({ tokens: { accessToken: { toString: () => 'token' } } }),
}));

const { apiRequest } = await import('./client');
const { ApiError } = await import('./errors');
const { apiAnswered, connection, subscribeConnection } = await import('./reachability');

const HEALTH = 'https://api.example.test/health';
const fetchMock = vi.fn<typeof fetch>();
let browserOnline = true;
Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => browserOnline });

const answer = (status: number, body: unknown = {}) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
const noAnswer = () => Promise.reject(new TypeError('Failed to fetch'));
const healthCalls = () => fetchMock.mock.calls.filter(([url]) => String(url) === HEALTH).length;

/** An API request the app makes, settled either way. */
async function request(): Promise<unknown> {
  return apiRequest('/me').catch((error: unknown) => error);
}

let changes: number;
let stopListening: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('fetch', fetchMock);
  changes = 0;
  stopListening = subscribeConnection(() => (changes += 1));
});

afterEach(() => {
  stopListening();
  apiAnswered();
  browserOnline = true;
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reachability', () => {
  it('a request with no answer makes the API unreachable while the browser says online', async () => {
    fetchMock.mockImplementation(noAnswer);
    const error = await request();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as InstanceType<typeof ApiError>).kind).toBe('network');
    expect(connection()).toBe('unreachable');
    expect(changes).toBe(1);
  });

  it('any answer from the API makes it reachable again', async () => {
    fetchMock.mockImplementationOnce(noAnswer);
    await request();
    expect(connection()).toBe('unreachable');
    fetchMock.mockImplementationOnce(() => answer(200, { id: 'me' }));
    expect(await request()).toEqual({ id: 'me' });
    expect(connection()).toBe('online');
    expect(changes).toBe(2);
  });

  it('a 4xx or 5xx is the API answering: reachable, and no change said while it already was', async () => {
    fetchMock.mockImplementation(() => answer(404, { statusCode: 404, error: 'NOT_FOUND', message: 'No.' }));
    expect(await request()).toMatchObject({ kind: 'http', status: 404 });
    expect(connection()).toBe('online');
    expect(changes).toBe(0);

    fetchMock.mockImplementationOnce(noAnswer);
    await request();
    fetchMock.mockImplementation(() => answer(503));
    expect(await request()).toMatchObject({ kind: 'http', status: 503 });
    expect(connection()).toBe('online');
    expect(changes).toBe(2);
  });

  it('while unreachable, a probe asks /health again with a growing pause until it answers', async () => {
    fetchMock.mockImplementation(noAnswer);
    await request();
    expect(healthCalls()).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(healthCalls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(healthCalls()).toBe(1);
    fetchMock.mockImplementation(() => answer(200, { status: 'ok' }));
    await vi.advanceTimersByTimeAsync(1);
    expect(healthCalls()).toBe(2);
    expect(connection()).toBe('online');
    // Reachable again: no more probes.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(healthCalls()).toBe(2);
  });

  it('probes at once when the person comes back to the tab or the browser comes back online', async () => {
    fetchMock.mockImplementation(noAnswer);
    await request();
    fetchMock.mockImplementation(() => answer(200, { status: 'ok' }));
    window.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(0);
    expect(healthCalls()).toBe(1);
    expect(connection()).toBe('online');

    fetchMock.mockImplementation(noAnswer);
    await request();
    browserOnline = false;
    window.dispatchEvent(new Event('offline'));
    expect(connection()).toBe('offline');
    // Without a connection the probe waits for the browser instead of asking.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(healthCalls()).toBe(1);
    fetchMock.mockImplementation(() => answer(200, { status: 'ok' }));
    browserOnline = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(healthCalls()).toBe(2);
    expect(connection()).toBe('online');
  });

  it('a request the caller cancelled says nothing about the API', async () => {
    fetchMock.mockImplementation((_url, init) => {
      const signal = init?.signal;
      return new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(signal.reason)),
      );
    });
    const controller = new AbortController();
    const pending = apiRequest('/me', { signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
    expect(connection()).toBe('online');
  });
});
