/** The category form: exactly the contract's rules for a new category's name and colour. */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { CreateCategoryInput } from '@spendwise/contracts';
import { z } from 'zod';
import type { Translate } from '@/i18n/translate';

/** `t`: every message (the form's own check is `categories.nameRequired`). */
export function categoryFormSchema(t: Translate) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, { message: t('categories.nameRequired') })
      .pipe(CreateCategoryInput.shape.name),
    color: CreateCategoryInput.shape.color,
  });
}

export type CategoryFormValues = z.input<ReturnType<typeof categoryFormSchema>>;
export type CategoryFormOutput = z.output<ReturnType<typeof categoryFormSchema>>;
export const CATEGORY_FORM_FIELDS = ['name', 'color'] as const;
