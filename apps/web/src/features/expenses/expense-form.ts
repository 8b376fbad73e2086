/**
 * The expense form's schema, built from the shared contract: the same rules the API enforces, plus the two
 * things only a form has — an amount typed as a decimal in the person's currency, and tags typed as text.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { CreateExpenseInput, type CreateExpense } from '@spendwise/contracts';
import { z } from 'zod';
import type { Translate } from '@/i18n/translate';
import type { DescribeRefusal } from '@/lib/money';
import { amountField, categoryIdField, tagsField } from '@/lib/forms/fields';

const shape = CreateExpenseInput.shape;

/** Spending, or a refund (money back): the amount is typed positive either way, the refund sent negative. */
export const EXPENSE_KINDS = ['expense', 'refund'] as const;

/**
 * `t`: the `expenseForm` messages, for what only the form checks (the contract's own limits speak English);
 * `describe` words the amount parser's refusals.
 */
export function expenseFormSchema(currency: string, locale: string, t: Translate, describe: DescribeRefusal) {
  return z.object({
    // Optional in the input: a draft saved before refunds existed has no kind, and is spending.
    kind: z.enum(EXPENSE_KINDS).default('expense'),
    amount: amountField(currency, locale, describe),
    occurredOn: z
      .string()
      .min(1, { message: t('pickDate') })
      .pipe(shape.occurredOn),
    description: z
      .string()
      .trim()
      .min(1, { message: t('describe') })
      .pipe(shape.description),
    merchant: shape.merchant,
    note: shape.note,
    tags: tagsField(shape.tags.unwrap()),
    categoryId: categoryIdField(),
  });
}

export type ExpenseFormValues = z.input<ReturnType<typeof expenseFormSchema>>;
export type ExpenseFormOutput = z.output<ReturnType<typeof expenseFormSchema>>;

/** The form's fields, for mapping the API's field errors back onto them. */
export const EXPENSE_FORM_FIELDS = [
  'kind',
  'amount',
  'occurredOn',
  'description',
  'merchant',
  'note',
  'tags',
  'categoryId',
] as const;
export const API_FIELD_TO_FORM_FIELD = { amountMinor: 'amount' } as const;

/** The request body for POST /expenses (and PATCH, which accepts the same fields); a refund's amount is negative. */
export function toExpenseInput(values: ExpenseFormOutput): CreateExpense {
  return {
    amountMinor: values.kind === 'refund' ? -values.amount : values.amount,
    occurredOn: values.occurredOn,
    description: values.description,
    merchant: values.merchant ?? null,
    note: values.note ?? null,
    tags: values.tags,
    categoryId: values.categoryId,
  };
}
