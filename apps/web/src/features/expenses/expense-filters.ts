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
import type { Translate } from '@/i18n/translate';
import { amountInputValue, type DescribeRefusal, parseAmountInput } from '@/lib/money';

const SEARCH_MAX = 100;

/**
 * "Refunds only" is the API's own amount filter: amounts compare signed, so `maxAmount=-1` keeps the refunds
 * (negative amounts) and nothing else, and the URL, the list and its total all follow it without a filter of its own.
 */
export const REFUNDS_ONLY_MAX = -1;

/** Filters from the URL; anything the API would reject is dropped rather than shown as an error page. */
export function filtersFromQuery(query: Record<string, string>): AppliedFilters {
  const picked = Object.fromEntries(FILTER_KEYS.filter((key) => query[key]).map((key) => [key, query[key]]));
  const parsed = ExpenseFilters.safeParse(picked);
  return parsed.success ? parsed.data : {};
}

/**
 * `t`: the `expenses.filter` messages; `describe` words the amount parser's refusals. The amounts are typed as
 * positive bounds; "refunds only" replaces the upper one with `REFUNDS_ONLY_MAX`.
 */
export function filterFormSchema(currency: string, locale: string, t: Translate, describe: DescribeRefusal) {
  const amount = (errorKey: 'minimumInvalid' | 'maximumInvalid') =>
    z.string().transform((text, ctx) => {
      if (text.trim() === '') return undefined;
      const parsed = parseAmountInput(text, currency, locale);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: t(errorKey, { reason: describe(parsed.refusal) }) });
        return z.NEVER;
      }
      return parsed.minor;
    });
  return z
    .object({
      q: z
        .string()
        .trim()
        .max(SEARCH_MAX, { message: t('tooLong', { count: SEARCH_MAX }) }),
      from: z.string(),
      to: z.string(),
      categoryId: z.string(),
      minAmount: amount('minimumInvalid'),
      maxAmount: amount('maximumInvalid'),
      tag: z.string().trim(),
      refundsOnly: z.boolean(),
    })
    .transform((form, ctx) => {
      const { refundsOnly, ...fields } = form;
      const query = Object.fromEntries(
        Object.entries({
          ...fields,
          minAmount: fields.minAmount?.toString(),
          maxAmount: (refundsOnly ? REFUNDS_ONLY_MAX : fields.maxAmount)?.toString(),
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

/** Whether the applied filters keep only refunds: an upper bound below zero (the switch sets `REFUNDS_ONLY_MAX`). */
export function isRefundsOnly(filters: AppliedFilters): boolean {
  return filters.maxAmount !== undefined && filters.maxAmount < 0;
}

export function filterFormValues(
  filters: AppliedFilters,
  currency: string,
  locale: string,
): FilterFormValues {
  // The fields take positive amounts only; a negative bound is the refunds switch, not text to edit.
  const amount = (minor: number | undefined) =>
    minor === undefined || minor < 0 ? '' : amountInputValue(minor, currency, locale);
  return {
    q: filters.q ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
    categoryId: filters.categoryId ?? '',
    minAmount: amount(filters.minAmount),
    maxAmount: amount(filters.maxAmount),
    tag: filters.tag ?? '',
    refundsOnly: isRefundsOnly(filters),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
