/**
 * The key that makes category names unique per user regardless of case and surrounding space
 * ("Groceries" = " groceries "). Stored in `normalized_name`, which carries the unique index.
 */
export function normalizeCategoryName(name: string): string {
  return name.trim().toLocaleLowerCase('en-US');
}
