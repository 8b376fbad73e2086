/** Settings → Exchange rates: a rate the person enters, by the contract's rules (the API checks the same). */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { RateCurrency, RateDate, RateText } from '@spendwise/contracts';
import { z } from 'zod';

export const personalRateFormSchema = z.object({
  currency: RateCurrency,
  date: RateDate,
  rate: RateText,
});

export type PersonalRateFormValues = z.input<typeof personalRateFormSchema>;
export type PersonalRateFormOutput = z.output<typeof personalRateFormSchema>;
export const PERSONAL_RATE_FORM_FIELDS = ['currency', 'date', 'rate'] as const;
