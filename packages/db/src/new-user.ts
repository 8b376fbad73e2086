import { DEFAULT_CATEGORIES } from '@spendwise/contracts';

/**
 * The key that makes category names unique per user regardless of case and surrounding space
 * ("Groceries" = " groceries "). Stored in `categories.normalized_name`, which carries the unique index.
 */
export function normalizeCategoryName(name: string): string {
  return name.trim().toLocaleLowerCase('en-US');
}

/**
 * The categories every new user starts with, as rows of `categories` — one definition for the API (a first
 * sign-in provisions the user) and the demo seed.
 */
export function defaultCategoryRows(userId: string) {
  return DEFAULT_CATEGORIES.map(({ name, color }) => ({
    userId,
    name,
    normalizedName: normalizeCategoryName(name),
    color,
  }));
}
