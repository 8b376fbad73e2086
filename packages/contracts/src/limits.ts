/**
 * Plain constants with no schema library behind them, so code that needs only these (and the money helpers)
 * can import them without pulling zod into a browser bundle.
 */

/** Largest amount one expense or budget may hold, in minor units (10 million in a 2-decimal currency). */
export const MAX_AMOUNT_MINOR = 1_000_000_000;
