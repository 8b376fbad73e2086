import type { ImportPreviewRow } from '@spendwise/contracts';

/** A category chosen in the preview per line: an id, or null for uncategorised. */
export type ChosenCategories = Record<number, string | null>;

/**
 * The `categories` parameter of a commit: `line:categoryId` (or `line:none`) for each row to be imported whose
 * category the person changed from the suggestion, in line order. Rows left out and rows left as suggested send
 * nothing, so the query stays short; each choice sent is learned as a rule by the API.
 */
export function categoryChoices(
  rows: ReadonlyArray<Pick<ImportPreviewRow, 'line' | 'suggestedCategoryId'>>,
  chosen: ChosenCategories,
  included: Readonly<Record<number, boolean>>,
): string[] {
  return rows
    .filter((row) => included[row.line] && row.line in chosen && chosen[row.line] !== row.suggestedCategoryId)
    .map((row) => `${row.line}:${chosen[row.line] ?? 'none'}`);
}
