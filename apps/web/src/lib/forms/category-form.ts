/** The category form: exactly the contract's rules for a new category's name and colour. */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { CreateCategoryInput } from '@spendwise/contracts';
import { z } from 'zod';

export const categoryFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Give the category a name' })
    .pipe(CreateCategoryInput.shape.name),
  color: CreateCategoryInput.shape.color,
});

export type CategoryFormValues = z.input<typeof categoryFormSchema>;
export type CategoryFormOutput = z.output<typeof categoryFormSchema>;
export const CATEGORY_FORM_FIELDS = ['name', 'color'] as const;
