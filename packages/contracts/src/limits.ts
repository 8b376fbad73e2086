/**
 * Plain constants with no schema library behind them, so code that needs only these (and the money helpers)
 * can import them without pulling zod into a browser bundle.
 */

/** Largest amount one expense or budget may hold, in minor units (10 million in a 2-decimal currency). */
export const MAX_AMOUNT_MINOR = 1_000_000_000;

/** Category choices one import commit may carry (each ~45 characters of the query string; a URL stays under 16 KB). */
export const MAX_CATEGORY_CHOICES = 250;
/** The longest categorisation rule text (a description is stored with at most 200 characters); the column's size. */
export const MAX_RULE_TEXT = 200;
/** Categorisation rules one person may have, learned and written together: a bound on the preview's matching work. */
export const MAX_RULES = 500;

/**
 * The largest file one import takes (bytes), and the most rows: both refused with 413 beyond. Sized for the API's
 * production heap (`--max-old-space-size=128`, Dockerfile), measured by the import benchmark (docs/import.md,
 * limits): the rows go to the database in chunks (COPY into a staging table) and are decided there, so the heap
 * holds one parse of the file, not three copies of its rows.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
/**
 * Rows one preview answer lists (the counts and errors cover the whole file): a page of a 50,000-row file is what
 * a person can check in a table; the rest are fetched with `offset`, or stored as their status says.
 */
export const IMPORT_PREVIEW_PAGE = 1_000;
