/**
 * SpendWise's service worker: lets the installed app (or a reload) open the dashboard and the expense list without
 * a connection, instead of the browser's offline page (issue 21). Hand-written and small on purpose: it caches
 * two kinds of things and nothing else.
 *
 * - `spendwise-static-v1`: the build's static files (`/_next/static/…`, content-hashed, so cache-first is safe) and
 *   the icons and manifest (network first). Public files, the same for everyone.
 * - `spendwise-pages-v1`: the page shells of /dashboard and /expenses, fetched by this worker with the
 *   `X-SpendWise-Shell` header, which makes the server leave out the person's data (their expenses, profile and
 *   categories arrive from the API in the browser; see src/app/(app)/expenses/page.tsx). A shell holds the
 *   layout, the language's messages and the script tags: nobody's data. Served only when the network fails;
 *   deleted on sign-out (src/lib/offline/kept-dashboard.ts).
 *
 * Never touched: other origins (the API, Cognito: their answers are personal and carry tokens), requests with an
 * Authorization header, anything but GET, and every other page (a normal network request, as without a worker).
 * The person's last dashboard for reading offline is kept by the page in localStorage, keyed by their Cognito
 * user, not here.
 */
const STATIC_CACHE = 'spendwise-static-v1';
const PAGES_CACHE = 'spendwise-pages-v1';
const OFFLINE_PAGES = ['/dashboard', '/expenses'];
const SHELL_HEADER = 'X-SpendWise-Shell';
// A shell is fetched again once it is older than this, so it follows new deployments (its scripts change).
const SHELL_MAX_AGE_MS = 60 * 60 * 1000;
const NON_HASHED_STATIC = ['/icon.svg', '/apple-icon.png', '/manifest.webmanifest'];

const isHashedStatic = (url) => url.pathname.startsWith('/_next/static/');
const isStatic = (url) =>
  isHashedStatic(url) || url.pathname.startsWith('/icons/') || NON_HASHED_STATIC.includes(url.pathname);

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = [STATIC_CACHE, PAGES_CACHE];
      for (const name of await caches.keys()) {
        if (name.startsWith('spendwise-') && !current.includes(name)) await caches.delete(name);
      }
      // Controls the page that registered it at once, so the files it still loads are cached too.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('Authorization')) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isStatic(url)) {
    event.respondWith(isHashedStatic(url) ? cacheFirst(request) : networkFirst(request));
  } else if (request.mode === 'navigate' && OFFLINE_PAGES.includes(url.pathname)) {
    event.respondWith(pageOrShell(request, url.pathname));
  }
});

/** Only plain same-origin 200s are kept: never a redirect (to sign-in), an error or an opaque answer. */
const keepable = (response) => response.ok && response.type === 'basic' && !response.redirected;

async function cacheFirst(request) {
  const cache = await caches.open(STATIC_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (keepable(response)) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(STATIC_CACHE);
  try {
    const response = await fetch(request);
    if (keepable(response)) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

/** Online, the real page (with its server-rendered data, never stored); without a connection, the shell. */
async function pageOrShell(request, path) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await (await caches.open(PAGES_CACHE)).match(path);
    if (shell) return shell;
    throw error;
  }
}

// Sent by the signed-in pages (src/lib/offline/shell.ts): the static files they loaded, and once per page load
// the request to keep the shells. Only this origin's pages can message this worker.
self.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'keep') return;
  const assets = Array.isArray(message.assets) ? message.assets : [];
  // The shells last: once /expenses is cached, everything this message named is too (the suite waits on it).
  const work = keepAssets(assets).then(() => (message.shells === true ? keepShells() : undefined));
  event.waitUntil(work.catch(() => undefined));
});

// What a script names as `static/chunks/…`: the chunks it loads later (the expense form's dialog, the charts).
const CHUNK_REFERENCE = /static\/chunks\/[\w.-]+\.(?:js|css)/g;
// Scripts already read in this worker's life: each page load reports its files again.
const scanned = new Set();

/**
 * Keeps these static files and, transitively, the chunks their scripts load on demand: a dialog first opened
 * offline must not fail for want of its code.
 */
async function keepAssets(urls) {
  const cache = await caches.open(STATIC_CACHE);
  const queue = [...urls];
  while (queue.length > 0) {
    const href = queue.shift();
    if (typeof href !== 'string') continue;
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin || !isStatic(url) || scanned.has(url.href)) continue;
    scanned.add(url.href);
    let response = await cache.match(url);
    if (!response) {
      response = await fetch(url);
      if (!keepable(response)) continue;
      await cache.put(url, response.clone());
    }
    if (url.pathname.endsWith('.js')) {
      for (const chunk of (await response.text()).match(CHUNK_REFERENCE) ?? []) queue.push(`/_next/${chunk}`);
    }
  }
}

async function keepShells() {
  const cache = await caches.open(PAGES_CACHE);
  for (const path of OFFLINE_PAGES) {
    const kept = await cache.match(path);
    const keptAt = kept ? Date.parse(kept.headers.get('Date') ?? '') : NaN;
    if (kept && Date.now() - keptAt < SHELL_MAX_AGE_MS) continue;
    // Signed out (or the session ended), the server redirects to sign-in: nothing is kept.
    const response = await fetch(path, { headers: { [SHELL_HEADER]: '1' }, redirect: 'manual' });
    if (!keepable(response) || !response.headers.get('Content-Type')?.startsWith('text/html')) continue;
    const html = await response.clone().text();
    // The scripts and styles the shell names, so it starts offline even if this person never opened it here.
    await keepAssets(html.match(/\/_next\/static\/[^"'\s\\)]+/g) ?? []);
    await cache.put(path, response);
  }
}
