/**
 * Fields several forms share, so each is read one way everywhere: an amount typed in the person's locale (the one
 * amount parser, lib/money), a category from a <select> whose empty option means none, and tags typed as
 * comma-separated text.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { Uuid } from '@spendwise/contracts';
import { z } from 'zod';
import { type DescribeRefusal, parseAmountInput } from '@/lib/money';

/**
 * Text such as "12,50" or "1.234,56" → minor units of `currency`, or the parser's refusal, worded by `describe` in
 * the page's language, as the field's error.
 */
export function amountField(currency: string, locale: string, describe: DescribeRefusal) {
  return z.string().transform((text, ctx) => {
    const parsed = parseAmountInput(text, currency, locale);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: describe(parsed.refusal) });
      return z.NEVER;
    }
    return parsed.minor;
  });
}

/** A <select>'s value: '' is "no category" (null), anything else must be a category id. */
export const categoryIdField = () =>
  z
    .string()
    .transform((id) => (id === '' ? null : id))
    .pipe(Uuid.nullable());

/** "rent, home" → ['rent', 'home'], then the contract's own rules for tags. */
export const tagsField = (contract: z.ZodType<string[], string[]>) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    )
    .pipe(contract);
