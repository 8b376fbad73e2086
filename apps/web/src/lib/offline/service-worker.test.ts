/**
 * public/sw.js run in a stand-in worker scope: what it answers, what it stores, and above all what it never
 * touches (the API, Cognito, credentials, writes, other pages).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const ORIGIN = 'https://app.example.com';
const SOURCE = readFileSync(path.join(__dirname, '../../../public/sw.js'), 'utf8');

type Listener = (event: Record<string, unknown>) => void;

/** A Cache Storage in memory, keyed by URL. */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    const key = (request: RequestInfo | URL) =>
      new URL(request instanceof Request ? request.url : String(request), ORIGIN).href;
    return {
      match: (request: RequestInfo | URL) => Promise.resolve(store.get(key(request))?.clone()),
      put: (request: RequestInfo | URL, response: Response) => {
        store.set(key(request), response);
        return Promise.resolve();
      },
    };
  };
  return {
    stores,
    api: {
      open: (name: string) => Promise.resolve(open(name)),
      keys: () => Promise.resolve([...stores.keys()]),
      delete: (name: string) => Promise.resolve(stores.delete(name)),
    },
  };
}

let listeners: Record<string, Listener>;
let caches: ReturnType<typeof memoryCaches>;
let network: (request: Request) => Promise<Response>;
let fetched: Request[];

function startWorker() {
  listeners = {};
  caches = memoryCaches();
  fetched = [];
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, listener: Listener) => (listeners[type] = listener),
    skipWaiting: () => Promise.resolve(),
    clients: { claim: () => Promise.resolve() },
  };
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(input instanceof Request ? input.url : String(input), ORIGIN), init);
    fetched.push(request);
    return network(request);
  };
  new Function('self', 'caches', 'fetch', SOURCE)(self, caches.api, fetch);
}

/** Dispatches a fetch event; the worker's answer, or undefined when it lets the browser handle the request. */
async function dispatch(request: Request, mode?: RequestMode): Promise<Response | undefined> {
  let answer: Promise<Response> | undefined;
  listeners.fetch!({
    request: mode ? Object.defineProperty(request, 'mode', { value: mode }) : request,
    respondWith: (response: Promise<Response>) => (answer = response),
  });
  return answer;
}

async function message(data: unknown) {
  let work: Promise<unknown> = Promise.resolve();
  listeners.message!({ data, waitUntil: (promise: Promise<unknown>) => (work = promise) });
  await work;
}

const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    headers: { 'Content-Type': 'text/html', Date: new Date().toUTCString(), ...headers },
  });
// A Response built in a test has type 'default'; the browser's same-origin answers are 'basic'.
const basic = (response: Response) => Object.defineProperty(response, 'type', { value: 'basic' });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

describe('the service worker', () => {
  beforeEach(() => {
    network = (request) => Promise.resolve(basic(new Response(`body of ${new URL(request.url).pathname}`)));
    startWorker();
  });

  it('never answers for the API or Cognito, requests carrying an Authorization header, writes or other pages', async () => {
    const untouched = [
      new Request('https://api.example.com/dashboard'),
      new Request('https://cognito-idp.eu-west-1.amazonaws.com/'),
      new Request(`${ORIGIN}/_next/static/chunks/a.js`, { headers: { Authorization: 'Bearer token' } }),
      new Request(`${ORIGIN}/_next/static/chunks/a.js`, { method: 'POST', body: '{}' }),
      new Request(`${ORIGIN}/settings`),
    ];
    for (const request of untouched) expect(await dispatch(request, 'navigate')).toBeUndefined();
    expect(fetched).toEqual([]);
    expect(caches.stores.size).toBe(0);
  });

  it('keeps the build’s files once and answers them from the cache', async () => {
    const url = `${ORIGIN}/_next/static/chunks/a.js`;
    expect(await (await dispatch(new Request(url)))!.text()).toBe('body of /_next/static/chunks/a.js');
    network = offline;
    expect(await (await dispatch(new Request(url)))!.text()).toBe('body of /_next/static/chunks/a.js');
    expect(fetched).toHaveLength(1);
  });

  it('passes the real pages through, never stores them, and answers with the shell only without a connection', async () => {
    network = () => Promise.resolve(basic(html('<p>the real page, with data</p>')));
    const page = await dispatch(new Request(`${ORIGIN}/expenses?category=food`), 'navigate');
    expect(await page!.text()).toBe('<p>the real page, with data</p>');
    expect(caches.stores.get('spendwise-pages-v1')?.size ?? 0).toBe(0);

    network = (request) =>
      Promise.resolve(
        basic(
          html(
            request.headers.get('X-SpendWise-Shell') === '1'
              ? '<p>shell</p>'
              : '<p>the real page, with data</p>',
          ),
        ),
      );
    await message({ type: 'keep', shells: true, assets: [] });
    network = offline;
    const shell = await dispatch(new Request(`${ORIGIN}/expenses?category=food`), 'navigate');
    expect(await shell!.text()).toBe('<p>shell</p>');
  });

  it('keeps no shell when the server redirects (signed out) or answers with an error', async () => {
    network = () =>
      Promise.resolve(basic(new Response(null, { status: 307, headers: { Location: '/signin' } })));
    await message({ type: 'keep', shells: true, assets: [] });
    network = () =>
      Promise.resolve(basic(new Response('oops', { status: 500, headers: { 'Content-Type': 'text/html' } })));
    await message({ type: 'keep', shells: true, assets: [] });
    expect(caches.stores.get('spendwise-pages-v1')?.size ?? 0).toBe(0);
    network = offline;
    await expect(dispatch(new Request(`${ORIGIN}/dashboard`), 'navigate')).rejects.toThrow('Failed to fetch');
  });

  it('keeps the files a page reports and, transitively, the chunks they load on demand — of this origin only', async () => {
    const files: Record<string, string> = {
      '/_next/static/chunks/page.js': 'import("static/chunks/dialog.js")',
      '/_next/static/chunks/dialog.js': 'load("static/chunks/form.js"); load("static/chunks/page.js")',
      '/_next/static/chunks/form.js': '',
    };
    network = (request) => Promise.resolve(basic(new Response(files[new URL(request.url).pathname] ?? '')));
    await message({
      type: 'keep',
      assets: [`${ORIGIN}/_next/static/chunks/page.js`, 'https://api.example.com/me', `${ORIGIN}/expenses`],
    });
    expect([...caches.stores.get('spendwise-static-v1')!.keys()].sort()).toEqual(
      Object.keys(files)
        .map((file) => `${ORIGIN}${file}`)
        .sort(),
    );
    expect(fetched.map((request) => new URL(request.url).origin)).toEqual([ORIGIN, ORIGIN, ORIGIN]);
  });
});
