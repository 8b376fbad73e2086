/**
 * The budget form: an amount typed as a decimal in the person's currency, stored as minor units, and whether what is
 * left (or overspent) each month rolls over into the next.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { z } from 'zod';
import type { DescribeRefusal } from '@/lib/money';
import { amountField } from '@/lib/forms/fields';

/** `describe` words the amount parser's refusals in the page's language. */
export function budgetFormSchema(currency: string, locale: string, describe: DescribeRefusal) {
  return z.object({
    amount: amountField(currency, locale, describe),
    rollover: z.boolean(),
  });
}

export type BudgetFormValues = z.input<ReturnType<typeof budgetFormSchema>>;
export type BudgetFormOutput = z.output<ReturnType<typeof budgetFormSchema>>;
