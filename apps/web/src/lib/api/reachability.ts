/**
 * Whether this page can reach the API: the one source of truth for "offline" in the web app. The browser's
 * `navigator.onLine` alone is not enough: captive Wi-Fi, a tunnel or unpaid in-flight Wi-Fi say online while no
 * request gets through. So the API client (client.ts) reports every answer (any status: a 4xx or 5xx is the API
 * answering) and every request that got none (an ApiError of kind `network`); while no answer comes, a light
 * probe (GET /health, public, no token) asks again with a growing pause, and at once when the browser says it is
 * back online, the person returns to the tab or presses "Try again" (ErrorState), so the app recovers by itself
 * without a reload.
 */
import { useSyncExternalStore } from 'react';

/** `offline`: the browser says so; `unreachable`: it says online, but the API does not answer. */
export type Connection = 'online' | 'offline' | 'unreachable';

const FIRST_PROBE_MS = 1_000;
const LONGEST_PAUSE_MS = 30_000;
const PROBE_TIMEOUT_MS = 5_000;

let reachable = true;
// Where to ask (the API's GET /health), told by the client along with the failure: this file needs no config.
let healthUrl = '';
let pause = FIRST_PROBE_MS;
let probeTimer: ReturnType<typeof setTimeout> | undefined;
let probing = false;
const listeners = new Set<() => void>();

export function connection(): Connection {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return 'offline';
  return reachable ? 'online' : 'unreachable';
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** One of the app's requests got an answer from the API (whatever the status). */
export function apiAnswered(): void {
  pause = FIRST_PROBE_MS;
  markReachable();
}

// Only an answer to one of the app's own requests shortens the pause again: were /health to answer while the
// other routes cannot be reached, each failure would otherwise start a new round of quick probes.
function markReachable(): void {
  clearTimeout(probeTimer);
  probeTimer = undefined;
  if (reachable) return;
  reachable = true;
  notify();
}

/** A request to the API got no answer at all (refused, cut, timed out); `health` is its GET /health URL. */
export function apiUnreachable(health: string): void {
  healthUrl = health;
  if (!reachable) return;
  reachable = false;
  notify();
  scheduleProbe();
}

function scheduleProbe(): void {
  if (reachable || probeTimer !== undefined) return;
  probeTimer = setTimeout(() => {
    probeTimer = undefined;
    void probe();
  }, pause);
  pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
}

/**
 * Asks the API whether it is there, if it was not; the next probe waits longer each time it is not. Without a
 * connection at all (the browser says offline) it waits for the browser's `online` event instead.
 */
export async function probe(): Promise<void> {
  if (reachable || probing) return;
  if (!navigator.onLine) return;
  probing = true;
  clearTimeout(probeTimer);
  probeTimer = undefined;
  try {
    // A CORS request on purpose: a captive portal's redirect to its own page fails it, as it fails the app's calls.
    await fetch(healthUrl, {
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    probing = false;
    markReachable();
  } catch {
    probing = false;
    scheduleProbe();
  }
}

function probeWhenVisible(): void {
  if (document.visibilityState === 'visible') void probe();
}

/** The browser's own events, listened to while anyone listens here (React, React Query's onlineManager). */
export function subscribeConnection(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', notify);
    window.addEventListener('focus', probeNow);
    document.addEventListener('visibilitychange', probeWhenVisible);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', notify);
    window.removeEventListener('focus', probeNow);
    document.removeEventListener('visibilitychange', probeWhenVisible);
  };
}

function onOnline(): void {
  notify();
  void probe();
}

function probeNow(): void {
  void probe();
}

/** This page's connection to the API, as it changes (`online` while rendered on the server). */
export function useConnection(): Connection {
  return useSyncExternalStore(subscribeConnection, connection, () => 'online');
}
