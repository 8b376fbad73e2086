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
