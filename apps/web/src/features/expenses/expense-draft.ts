/**
 * What a person was typing into the expense form, kept in this tab's sessionStorage so that being signed out (in
 * another tab, or by an expired session) does not throw it away: after signing in again here, the form reopens with
 * it. Only the form's own fields and the signed-in person's id (a draft is never shown to someone else who signs in
 * in this tab); never a token. Gone when the tab closes, the expense is saved or the form is cancelled.
 */
import type { Expense } from '@spendwise/contracts';
import { useMemo, useSyncExternalStore } from 'react';
import type { ExpenseFormValues } from '@/features/expenses/expense-form';

const KEY = 'spendwise:expense-draft';

export interface ExpenseDraft {
  owner: string;
  /** The expense being edited, or absent for a new one. */
  editing?: Expense;
  values: ExpenseFormValues;
}

export function saveDraft(draft: ExpenseDraft): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form works as before, without the safety net.
  }
}

/** The draft `owner` left in this tab, if any. */
export function readDraft(owner: string): ExpenseDraft | null {
  try {
    const draft = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as ExpenseDraft | null;
    return draft && draft.owner === owner && typeof draft.values === 'object' ? draft : null;
  } catch {
    return null;
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

// Drafts are written by this tab only, so nothing needs to be listened to: the value is read once per render.
const noSubscription = () => () => {};

/** The draft `owner` left in this tab, as the page first renders (none on the server). */
export function useStoredDraft(owner: string | undefined): ExpenseDraft | null {
  const stored = useSyncExternalStore(
    noSubscription,
    () => window.sessionStorage.getItem(KEY),
    () => null,
  );
  return useMemo(() => (owner && stored ? readDraft(owner) : null), [owner, stored]);
}
