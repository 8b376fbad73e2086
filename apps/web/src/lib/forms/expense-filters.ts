/**
 * The expense list's filters in their three shapes: the URL query (what a reload or a shared link keeps), the
 * filter form (amounts as decimals) and the API query (amounts in minor units). The rules are the contract's.
 * The zod-free part (to a URL query, "any filter?") is lib/expense-filter-query.ts, for the list's first load.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { ExpenseFilters } from '@spendwise/contracts';
import { z } from 'zod';
import { type AppliedFilters, FILTER_KEYS } from '@/lib/expense-filter-query';
import { amountInputValue, parseAmountInput } from '@/lib/money';

/** Filters from the URL; anything the API would reject is dropped rather than shown as an error page. */
export function filtersFromQuery(query: Record<string, string>): AppliedFilters {
  const picked = Object.fromEntries(FILTER_KEYS.filter((key) => query[key]).map((key) => [key, query[key]]));
  const parsed = ExpenseFilters.safeParse(picked);
  return parsed.success ? parsed.data : {};
}

export function filterFormSchema(currency: string, locale: string) {
  const amount = (label: string) =>
    z.string().transform((text, ctx) => {
      if (text.trim() === '') return undefined;
      const parsed = parseAmountInput(text, currency, locale);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: `${label}: ${lowerFirst(parsed.reason)}` });
        return z.NEVER;
      }
      return parsed.minor;
    });
  return z
    .object({
      q: z.string().trim().max(100, { message: 'Use at most 100 characters' }),
      from: z.string(),
      to: z.string(),
      categoryId: z.string(),
      minAmount: amount('Minimum'),
      maxAmount: amount('Maximum'),
      tag: z.string().trim(),
    })
    .transform((form, ctx) => {
      const query = Object.fromEntries(
        Object.entries({
          ...form,
          minAmount: form.minAmount?.toString(),
          maxAmount: form.maxAmount?.toString(),
        }).filter(([, value]) => value !== undefined && value !== ''),
      );
      const parsed = ExpenseFilters.safeParse(query);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: 'custom', path: issue.path, message: capitalise(issue.message) });
        }
        return z.NEVER;
      }
      return parsed.data as AppliedFilters;
    });
}

export type FilterFormValues = z.input<ReturnType<typeof filterFormSchema>>;

export function filterFormValues(
  filters: AppliedFilters,
  currency: string,
  locale: string,
): FilterFormValues {
  const amount = (minor: number | undefined) =>
    minor === undefined ? '' : amountInputValue(minor, currency, locale);
  return {
    q: filters.q ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
    categoryId: filters.categoryId ?? '',
    minAmount: amount(filters.minAmount),
    maxAmount: amount(filters.maxAmount),
    tag: filters.tag ?? '',
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
