/**
 * The web side of the service worker (public/sw.js), which cannot import this code: the names both must agree on,
 * and what a signed-in page tells it. The worker is registered only by production builds on secure contexts
 * (HTTPS, or localhost): `next dev` rebuilds its scripts all the time, and browsers refuse workers elsewhere.
 */
import { forgetKeptDashboard } from './kept-dashboard';

/** Sent by the worker when it fetches a page shell: the server leaves the person's data out of the HTML. */
export const OFFLINE_SHELL_HEADER = 'x-spendwise-shell';
/** The worker's cache of page shells (public/sw.js PAGES_CACHE). */
export const PAGES_CACHE = 'spendwise-pages-v1';

export function serviceWorkerWanted(): boolean {
  return process.env.NODE_ENV === 'production' && window.isSecureContext && 'serviceWorker' in navigator;
}

/**
 * Registers the worker and hands it the static files this page loaded (and, through a PerformanceObserver, those
 * it loads later, such as the charts), so the first visit already leaves what an offline start needs. Returns a
 * function that stops observing.
 */
export function startServiceWorker(): () => void {
  if (!serviceWorkerWanted()) return () => undefined;
  let observer: PerformanceObserver | undefined;
  let stopped = false;
  void (async () => {
    try {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker || stopped) return;
      // The first message also asks for the shells (once per page load); later ones only add files.
      let shells = true;
      const send = (entries: PerformanceEntryList) => {
        worker.postMessage({ type: 'keep', shells, assets: entries.map((entry) => entry.name) });
        shells = false;
      };
      observer = new PerformanceObserver((list) => send(list.getEntries()));
      observer.observe({ type: 'resource', buffered: true });
    } catch {
      // No worker (refused, or an old browser): the app works as before, online only.
    }
  })();
  return () => {
    stopped = true;
    observer?.disconnect();
  };
}

/** Sign-out: the last dashboard and the page shells go, so nothing of this session opens offline afterwards. */
export async function forgetOfflineCopies(): Promise<void> {
  forgetKeptDashboard();
  if ('caches' in window) await window.caches.delete(PAGES_CACHE).catch(() => false);
}
