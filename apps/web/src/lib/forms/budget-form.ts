/** The budget form: an amount typed as a decimal in the person's currency, stored as minor units. */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { z } from 'zod';
import { amountField } from './fields';

export function budgetFormSchema(currency: string, locale: string) {
  return z.object({
    amount: amountField(currency, locale),
  });
}

export type BudgetFormValues = z.input<ReturnType<typeof budgetFormSchema>>;
export type BudgetFormOutput = z.output<ReturnType<typeof budgetFormSchema>>;
