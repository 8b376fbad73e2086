import { type UserProfile } from '@spendwise/contracts';

export interface UserRow {
  id: string;
  cognitoSub: string;
  email: string;
  displayName: string | null;
  currency: string;
  timeZone: string;
  preferencesSetAt: Date | null;
  budgetAlerts: boolean;
  createdAt: Date;
}

export function toUserProfile(row: UserRow): UserProfile {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    currency: row.currency,
    timeZone: row.timeZone,
    preferencesSet: row.preferencesSetAt !== null,
    budgetAlerts: row.budgetAlerts,
    createdAt: row.createdAt.toISOString(),
  };
}
