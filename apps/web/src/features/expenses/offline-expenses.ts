/**
 * New expenses recorded while the API cannot be reached, kept in this browser (localStorage) until they are sent.
 * Each keeps the Idempotency-Key its form made, so sending it again after a cut-off attempt never stores it twice.
 * Only the expense and the signed-in person's id (so nobody else who signs in here sends it); never a token.
 */
import type { CreateExpenseInput } from '@spendwise/contracts';
import { useMemo, useSyncExternalStore } from 'react';

const KEY = 'spendwise:offline-expenses';
const CHANGED = 'spendwise:offline-expenses-changed';

export interface OfflineExpense {
  owner: string;
  idempotencyKey: string;
  input: CreateExpenseInput;
  queuedAt: string;
}

const NONE = '[]';

// The stored text, not the parsed list: React compares snapshots with Object.is, so a fresh array on every read
// would render for ever.
function storedText(): string {
  try {
    return window.localStorage.getItem(KEY) ?? NONE;
  } catch {
    return NONE;
  }
}

function parse(text: string): OfflineExpense[] {
  try {
    const stored = JSON.parse(text) as unknown;
    return Array.isArray(stored) ? (stored as OfflineExpense[]) : [];
  } catch {
    return [];
  }
}

const readAll = () => parse(storedText());

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

/** The expenses of `owner` waiting in this browser, oldest first (none on the server). */
export function useOfflineExpenses(owner: string | undefined): OfflineExpense[] {
  const text = useSyncExternalStore(subscribe, storedText, () => NONE);
  return useMemo(() => (owner ? parse(text).filter((item) => item.owner === owner) : []), [text, owner]);
}
