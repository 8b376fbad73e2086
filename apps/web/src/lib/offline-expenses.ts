/**
 * New expenses recorded while the API cannot be reached, kept in this browser (localStorage) until they are sent.
 * Each keeps the Idempotency-Key its form made, so sending it again after a cut-off attempt never stores it twice.
 * Only the expense and the signed-in person's id (so nobody else who signs in here sends it); never a token.
 */
import type { CreateExpenseInput } from '@spendwise/contracts';
import { useSyncExternalStore } from 'react';

const KEY = 'spendwise:offline-expenses';
const CHANGED = 'spendwise:offline-expenses-changed';

export interface OfflineExpense {
  owner: string;
  idempotencyKey: string;
  input: CreateExpenseInput;
  queuedAt: string;
}

function readAll(): OfflineExpense[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as OfflineExpense[]) : [];
  } catch {
    return [];
  }
}

function writeAll(items: OfflineExpense[]): void {
  window.localStorage.setItem(KEY, JSON.stringify(items));
  window.dispatchEvent(new Event(CHANGED));
}

/** Keeps an expense to send later; the same Idempotency-Key twice is one expense. */
export function keepOffline(item: Omit<OfflineExpense, 'queuedAt'>): void {
  const items = readAll().filter((kept) => kept.idempotencyKey !== item.idempotencyKey);
  writeAll([...items, { ...item, queuedAt: new Date().toISOString() }]);
}

export function offlineExpensesOf(owner: string): OfflineExpense[] {
  return readAll().filter((item) => item.owner === owner);
}

export function forgetOffline(idempotencyKey: string): void {
  writeAll(readAll().filter((item) => item.idempotencyKey !== idempotencyKey));
}

// Other tabs change localStorage too ('storage' event); this tab says so itself.
function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** How many expenses of `owner` wait in this browser (0 on the server). */
export function useOfflineCount(owner: string | undefined): number {
  return useSyncExternalStore(
    subscribe,
    () => (owner ? offlineExpensesOf(owner).length : 0),
    () => 0,
  );
}

/** Whether the browser says it is online (true on the server). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener('online', onChange);
      window.addEventListener('offline', onChange);
      return () => {
        window.removeEventListener('online', onChange);
        window.removeEventListener('offline', onChange);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}
