import { type UserProfile } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';

export interface UserRow {
  id: string;
  cognitoSub: string;
  email: string;
  displayName: string | null;
  currency: string;
  timeZone: string;
  createdAt: Date;
}

export function toUserProfile(row: UserRow): UserProfile {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    currency: row.currency,
    timeZone: row.timeZone,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toAuthenticatedUser(row: UserRow): AuthenticatedUser {
  return {
    id: row.id,
    cognitoSub: row.cognitoSub,
    email: row.email,
    currency: row.currency,
    timeZone: row.timeZone,
  };
}
