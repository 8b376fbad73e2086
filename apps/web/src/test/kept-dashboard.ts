/** A dashboard as kept for offline reading (lib/offline/kept-dashboard.ts), for tests. */
import type { Dashboard } from '@spendwise/contracts';
import type { KeptDashboard } from '@/lib/offline/kept-dashboard';

export const SAVED_AT = Date.parse('2026-12-05T10:00:00Z');

export const keptDashboard = (): Dashboard => ({
  month: '2026-12',
  currency: 'USD',
  timeZone: 'UTC',
  totalMinor: 42_50,
  previousTotalMinor: 0,
  change: { amountMinor: 42_50, percent: null },
  overallBudget: { budgetMinor: null, percentUsed: null, scheduledMinor: 0 },
  byCategory: [],
  daily: [],
  monthly: [{ month: '2026-12', totalMinor: 42_50 }],
  recent: [
    {
      id: '00000000-0000-7000-8000-0000000000e1',
      amountMinor: 42_50,
      currency: 'USD',
      baseAmountMinor: 42_50,
      occurredOn: '2026-12-04',
      description: 'Groceries kept offline',
      merchant: null,
      note: null,
      tags: [],
      categoryId: null,
      createdAt: '2026-12-04T09:00:00.000Z',
      updatedAt: '2026-12-04T09:00:00.000Z',
    },
  ],
  notInTotals: [],
  upcoming: { from: '2026-12-05', through: '2026-12-31', items: [], totals: [] },
});

export const keptFor = (owner: string): KeptDashboard => ({
  owner,
  savedAt: SAVED_AT,
  me: {
    id: '00000000-0000-7000-8000-0000000000a1',
    email: `${owner}@example.com`,
    displayName: null,
    currency: 'USD',
    timeZone: 'UTC',
    preferencesSet: true,
    budgetAlerts: true,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  categories: { items: [] },
  dashboard: keptDashboard(),
});
