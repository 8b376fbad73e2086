/**
 * The person's last dashboard, kept in this browser so it can be read without a connection (issue 21): what the
 * dashboard showed the last time it loaded fresh data, with the profile and categories the page and the expense
 * form need. One person's at a time, tagged with their Cognito user (`sub`) and shown only while that person's
 * session is in this browser; replaced when someone else's is kept, deleted on sign-out. Never a token.
 *
 * localStorage rather than IndexedDB: one small JSON value (tens of kilobytes), read once when a page starts
 * offline, and the queue of expenses typed offline (features/expenses/offline-expenses.ts) already lives there.
 */
import type { CategoryList, Dashboard, UserProfile } from '@spendwise/contracts';

const KEY = 'spendwise:kept-dashboard';

export interface KeptDashboard {
  /** The Cognito user it belongs to. */
  owner: string;
  /** When the dashboard was fetched (ms since the epoch): the "as of" shown offline. */
  savedAt: number;
  me: UserProfile;
  categories: CategoryList;
  /** This month's dashboard. */
  dashboard: Dashboard;
}

/** Keeps `kept`, replacing whatever was kept before (another person's included). */
export function keepDashboard(kept: KeptDashboard): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage full or refused (private browsing): the page works as before, just not offline.
  }
}

function readKept(): KeptDashboard | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<KeptDashboard> | null;
    if (!stored || typeof stored.owner !== 'string' || !stored.me || !stored.categories || !stored.dashboard)
      return null;
    return stored as KeptDashboard;
  } catch {
    return null;
  }
}

/** What was kept for `owner`, or null (nothing kept, or it is someone else's). */
export function keptDashboardOf(owner: string): KeptDashboard | null {
  const kept = readKept();
  return kept?.owner === owner ? kept : null;
}

/** Deletes what is kept unless it is `owner`'s: another person has signed in in this browser. */
export function forgetKeptDashboardUnlessOwner(owner: string): void {
  const kept = readKept();
  if (kept && kept.owner !== owner) forgetKeptDashboard();
}

export function forgetKeptDashboard(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing could be stored either.
  }
}
