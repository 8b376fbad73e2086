import { isYearMonth } from './dates';

/** Next.js hands pages their query string as a promise of string | string[] values. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter, or '' when absent. */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** The `month` query parameter (YYYY-MM); undefined when absent or malformed: the page shows its default month. */
export function monthParam(params: Awaited<SearchParams>): string | undefined {
  const month = firstParam(params.month);
  return isYearMonth(month) ? month : undefined;
}
